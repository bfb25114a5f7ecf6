import { describe, expect, it } from 'vitest';
import { chipText, countLabel, itemCountText, moreItemsText, statusText } from '../../../src/browser/search/text.ts';
import { count } from '../../../src/site/filters.ts';

describe('the search page’s texts', () => {
  it('count meetings on a filter value as the template does', () => {
    expect(countLabel('FoHM', 1)).toBe('FoHM (1 möte)');
    expect(countLabel('FoHM', 12)).toBe(`FoHM (${count(12, 'möte', 'möten')})`);
    expect(countLabel('Vaccination', 0)).toBe('Vaccination (0 möten)');
  });

  it('announce what was found for what', () => {
    expect(statusText('vaccin', ['FoHM', '2021'], 12)).toBe('12 möten för ”vaccin”, FoHM, 2021.');
    expect(statusText('vaccin', [], 1)).toBe('1 möte för ”vaccin”.');
    expect(statusText(null, ['FoHM'], 3)).toBe('3 möten för FoHM.');
    expect(statusText('hjulbent', [], 0)).toBe('Inga träffar för ”hjulbent”.');
    expect(statusText('', [], 0)).toBe('');
  });

  it('say how many more items and how many items', () => {
    expect(moreItemsText(2, 'med träff ')).toBe('2 punkter till med träff på mötet');
    expect(moreItemsText(1, '')).toBe('1 punkt till på mötet');
    expect(itemCountText(12)).toBe('12 punkter på mötet.');
  });

  it('label a chip for the eye and for screen readers', () => {
    expect(chipText('Aktör', 'FoHM')).toEqual({ text: 'Aktör: FoHM ', ariaLabel: 'Ta bort avgränsningen aktör: FoHM' });
  });
});
