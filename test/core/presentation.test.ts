import { describe, expect, it } from 'vitest';
import { isPresentationHeading, presentationLabel } from '../../src/core/presentation.ts';

describe('slide-text headings', () => {
  it('are told apart by "Ur presentationen" with a colon, a dash or nothing after it, in any case', () => {
    for (const title of [
      'Ur presentationen: Lägesrapport',
      'ur presentationen – Nyckeltal',
      'UR PRESENTATIONEN - Läget',
      'Ur presentationen',
      '  Ur presentationen : Läget ',
    ]) {
      expect(isPresentationHeading(title), title).toBe(true);
    }
    for (const title of ['Lägesrapport', 'Ur presentationerna: Läget', 'Ur presentationens bilder', 'Frågor ur presentationen: Läget']) {
      expect(isPresentationHeading(title), title).toBe(false);
    }
  });

  it('are listed in the table of contents without the prefix', () => {
    expect(presentationLabel('Ur presentationen: Lägesrapport')).toBe('Lägesrapport');
    expect(presentationLabel('Ur presentationen: Läget i landets kommuner')).toBe('Läget i landets kommuner');
    expect(presentationLabel('ur presentationen – Nyckeltal äldreomsorg')).toBe('Nyckeltal äldreomsorg');
    expect(presentationLabel('Ur presentationen:Statistik: vecka 2')).toBe('Statistik: vecka 2');
  });

  it('keep a title that is the prefix alone, or no slide text, as it is', () => {
    expect(presentationLabel('Ur presentationen')).toBe('Ur presentationen');
    expect(presentationLabel('Lägesrapport')).toBe('Lägesrapport');
  });
});
