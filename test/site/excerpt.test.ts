/**
 * Excerpts for listings: the passage that matches a topic's signal words or
 * names an agency, marked, or the opening; never cut inside a word.
 */
import { describe, expect, it } from 'vitest';
import { agencyMatcher } from '../../src/core/agency-names.ts';
import { excerpt, flatten, markMatches, partsText, shorten, signalMatcher, type TextPart } from '../../src/site/excerpt.ts';

/** The parts with marked words in [brackets], for compact expectations. */
const show = (parts: readonly TextPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

/** Every word of the excerpt (without the marks and the ellipses) is a whole word of `text`. */
function wholeWords(parts: readonly TextPart[], text: string): string[] {
  const words = new Set(flatten(text).split(/\s+/));
  return partsText(parts)
    .split(/\s+/)
    .filter((w) => w !== '…' && !words.has(w) && !words.has(`${w}.`));
}

const LONG = Array.from({ length: 60 }, (_, i) => `Mening nummer ${i + 1} handlar om arbetet i kommunerna.`).join(' ');

describe('signal words', () => {
  const besok = signalMatcher(['besöksförbud', 'besöksrekommendation', 'ta emot besök'])!;

  it('match at the start of a word, ignoring case, and mark the whole word', () => {
    expect(show(markMatches('Besöksrekommendationerna gäller. Kan ta emot besök. Obesöksförbud.', besok))).toBe(
      '[Besöksrekommendationerna] gäller. Kan [ta emot besök]. Obesöksförbud.',
    );
    expect(show(markMatches('Vaccinationen och vaccinet', signalMatcher(['vaccin'])!))).toBe('[Vaccinationen] och [vaccinet]');
  });

  it('match a phrase across line breaks and several spaces', () => {
    expect(show(markMatches('kan ta  emot\nbesök', besok))).toBe('kan [ta  emot\nbesök]');
  });

  it('treat regular-expression characters as text', () => {
    expect(show(markMatches('IVO:s tillsyn (och mer)', signalMatcher(['ivo:s tillsyn', '(och'])!))).toBe('[IVO:s tillsyn] [(och] mer)');
  });

  it('are none for no signals', () => {
    expect(signalMatcher([])).toBeUndefined();
    expect(signalMatcher([' '])).toBeUndefined();
  });
});

describe('agency names (matched by core/agency-names.ts)', () => {
  const fohm = agencyMatcher(['Folkhälsomyndigheten', 'FoHM', 'FHM'])!;
  const skr = agencyMatcher(['Sveriges Kommuner och Regioner', 'SKR'])!;

  it('are marked as whole words and in the genitive, a full name in any case and a short name as written', () => {
    expect(show(markMatches('FoHM:s råd, Folkhälsomyndighetens webb, folkhälsomyndigheten och fohm. FoHMx nej.', fohm))).toBe(
      '[FoHM:s] råd, [Folkhälsomyndighetens] webb, [folkhälsomyndigheten] och fohm. FoHMx nej.',
    );
  });

  it('are not marked in words that merely start alike', () => {
    expect(show(markMatches('Skriv till SKR, skriva, SKR:s', skr))).toBe('Skriv till [SKR], skriva, [SKR:s]');
  });
});

describe('an excerpt', () => {
  it('is the opening of a short text, whole', () => {
    expect(excerpt('Avser 7-13 januari. Se PPT.')).toEqual([{ text: 'Avser 7-13 januari. Se PPT.', mark: false }]);
  });

  it('is the opening cut at a sentence or a word, with an ellipsis when cut mid-sentence', () => {
    const parts = excerpt(LONG);
    const text = partsText(parts);
    expect(text.length).toBeLessThanOrEqual(260);
    expect(text.length).toBeGreaterThan(120);
    expect(text.startsWith('Mening nummer 1 handlar')).toBe(true);
    expect(text.endsWith('kommunerna.')).toBe(true);
    const words = Array.from({ length: 80 }, (_, i) => `ord${i}`).join(' ');
    expect(partsText(excerpt(words, undefined, 50))).toMatch(/^ord0 ord1 .* ord\d+ …$/);
    expect(wholeWords(excerpt(words, undefined, 50), words)).toEqual([]);
  });

  it('is the passage of the first match, from its sentence, with every match in it marked', () => {
    const text = `${LONG} Nu gäller besöksförbud igen. Besöksförbudet upphör sedan. ${LONG}`;
    const parts = excerpt(text, signalMatcher(['besöksförbud']));
    expect(show(parts)).toMatch(/^Nu gäller \[besöksförbud\] igen\. \[Besöksförbudet\] upphör sedan\. Mening nummer 1 /);
    expect(wholeWords(parts, text)).toEqual([]);
  });

  it('starts a little before a match far into a long sentence, with an ellipsis, never inside a word', () => {
    const sentence = `${Array.from({ length: 80 }, (_, i) => `ord${i}`).join(' ')} besöksförbud ${Array.from({ length: 80 }, (_, i) => `slut${i}`).join(' ')}`;
    const parts = excerpt(sentence, signalMatcher(['besöksförbud']));
    const text = partsText(parts);
    expect(text.startsWith('… ord')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['besöksförbud']);
    expect(wholeWords(parts, sentence)).toEqual([]);
  });

  it('ends before a word that would pass its length, and keeps a first word longer than it whole rather than cut it', () => {
    const word = 'x'.repeat(600);
    expect(partsText(excerpt(`Början ${word} slut`))).toBe('Början …');
    expect(partsText(excerpt(`${word} slut`))).toBe(`${word} …`);
  });

  it('falls back to the opening when nothing matches', () => {
    expect(show(excerpt('Inget om saken här.', signalMatcher(['besök'])))).toBe('Inget om saken här.');
  });

  it('leaves out the # of a question heading and separates headings and list lines from the next sentence', () => {
    const text = 'Hur hantera besök? #\n\nFoHM: Det är samma råd.\n\nFörsta punkten\nAndra punkten';
    expect(flatten(text)).toBe('Hur hantera besök? FoHM: Det är samma råd. Första punkten. Andra punkten');
    expect(show(excerpt(text, agencyMatcher(['FoHM'])))).toBe('[FoHM]: Det är samma råd. Första punkten. Andra punkten');
  });

  it('does not end a sentence at an abbreviation', () => {
    const text = `Frågan gällde mått på kvalitet som bygger på resultat kopplat till t.ex. antal heltidstjänster och antal medarbetare per chef, och om vi mäter fel saker inom äldreomsorgen när vi mäter upplevelser och inte resultat i verksamheterna. Sedan kom svaret.`;
    expect(partsText(excerpt(text))).not.toMatch(/t\.ex\.$/);
  });
});

describe('a label shortened for the agenda', () => {
  it('is whole when short and cut at a word with an ellipsis when long', () => {
    expect(shorten('Vad händer om man testar positivt?', 100)).toBe('Vad händer om man testar positivt?');
    expect(shorten('Hur hantera besök/skyddsutrustning framöver när vissa brukare och anhöriga inte vaccinerat sig?', 40)).toBe(
      'Hur hantera besök/skyddsutrustning …',
    );
  });
});
