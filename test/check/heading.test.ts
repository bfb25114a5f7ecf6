import { describe, expect, it } from 'vitest';
import { isPresentationHeading, readPresenters, splitHeading, type TokenKind } from '../../src/check/heading.ts';

const AGENCIES = new Set(['socialstyrelsen', 'skr', 'fohm', 'ivo', 'inspektionen för vård och omsorg']);
const classify = (token: string): TokenKind =>
  AGENCIES.has(token.toLowerCase()) ? 'agency' : token.toLowerCase() === 'nätverket' ? 'network' : 'person';

describe('splitting a heading into title and parenthesis', () => {
  it('takes the trailing parenthesis', () => {
    expect(splitHeading('Lägesrapport, statistiksidorna (Michaela Prochazka, Socialstyrelsen)')).toEqual({
      title: 'Lägesrapport, statistiksidorna',
      parenthesis: 'Michaela Prochazka, Socialstyrelsen',
    });
  });

  it('leaves a parenthesis inside the title alone', () => {
    expect(splitHeading('Vad betyder det att vaccinet är genmanipulerat (personal som är orolig)?')).toEqual({
      title: 'Vad betyder det att vaccinet är genmanipulerat (personal som är orolig)?',
    });
  });

  it('keeps an escaped closing parenthesis as part of the title', () => {
    expect(splitHeading('Statistik (preliminär)', true)).toEqual({ title: 'Statistik (preliminär)' });
  });

  it('says when the parenthesis is never closed, empty, or has no opening', () => {
    expect(splitHeading('Diskussion (Anders Tegnell, FoHM och nätverket').problem).toMatch(/stängs aldrig/);
    expect(splitHeading('Lägesrapport ()').problem).toMatch(/tom/);
    expect(splitHeading('Lägesrapport Anna)').problem).toMatch(/ingen "\("/);
  });
});

describe('reading who presented', () => {
  it('gives one agency to every name before it', () => {
    expect(readPresenters('Lotta Edman, Malin Grape, FoHM', classify)).toEqual({
      people: [
        { name: 'Lotta Edman', agency: 'FoHM' },
        { name: 'Malin Grape', agency: 'FoHM' },
      ],
      agencies: ['FoHM'],
      network: false,
      problems: [],
    });
  });

  it('reads groups joined by &', () => {
    const read = readPresenters('Greger Bengtsson, Åsa Furén-Thulin, SKR & Magnus Wallinder, Socialstyrelsen', classify);
    expect(read.people).toEqual([
      { name: 'Greger Bengtsson', agency: 'SKR' },
      { name: 'Åsa Furén-Thulin', agency: 'SKR' },
      { name: 'Magnus Wallinder', agency: 'Socialstyrelsen' },
    ]);
    expect(read.agencies).toEqual(['SKR', 'Socialstyrelsen']);
  });

  it('reads names joined by & that share one agency', () => {
    expect(readPresenters('Ulrica Dohnhammar & Sara Byfors, FoHM', classify).people).toEqual([
      { name: 'Ulrica Dohnhammar', agency: 'FoHM' },
      { name: 'Sara Byfors', agency: 'FoHM' },
    ]);
  });

  it('reads "och nätverket" as the network taking part', () => {
    const read = readPresenters('Anders Tegnell, FoHM, Emma Spak, SKR och nätverket', classify);
    expect(read.people).toEqual([
      { name: 'Anders Tegnell', agency: 'FoHM' },
      { name: 'Emma Spak', agency: 'SKR' },
    ]);
    expect(read.network).toBe(true);
  });

  it('does not split an agency name that contains "och"', () => {
    expect(readPresenters('Daniel Lilja, Inspektionen för vård och omsorg', classify).agencies).toEqual([
      'Inspektionen för vård och omsorg',
    ]);
  });

  it('keeps a name without an agency for the front matter to resolve', () => {
    expect(readPresenters('Anders Tegnell', classify).people).toEqual([{ name: 'Anders Tegnell' }]);
  });

  it('reports empty parts', () => {
    expect(readPresenters('Anders Tegnell,, FoHM', classify).problems).toHaveLength(1);
  });
});

describe('presentation sections', () => {
  it('are headings that start with "Ur presentationen"', () => {
    expect(isPresentationHeading('Ur presentationen: Nyckeltal äldreomsorg')).toBe(true);
    expect(isPresentationHeading('Ur presentationen')).toBe(true);
    expect(isPresentationHeading('Ur presentationerna om vaccin')).toBe(false);
    expect(isPresentationHeading('Lägesrapport')).toBe(false);
  });
});
