/**
 * Dates as the archive writes them: which `YYYY-MM-DD` strings are real days,
 * and the Swedish form "19 januari 2021" both ways.
 */
import { describe, expect, it } from 'vitest';
import { isRealDate, MONTHS, parseSwedishDate, rfc3339, swedishDate } from '../../src/core/dates.ts';

describe('a real date', () => {
  it('is a day that exists in the calendar', () => {
    expect(isRealDate('2021-01-19')).toBe(true);
    expect(isRealDate('2021-12-31')).toBe(true);
    expect(isRealDate('2021-04-30')).toBe(true);
  });

  it('has 29 February only in leap years, counting the century rule', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('2100-02-29')).toBe(false);
  });

  it('is not a day past the end of its month', () => {
    expect(isRealDate('2021-02-30')).toBe(false);
    expect(isRealDate('2021-04-31')).toBe(false);
    expect(isRealDate('2021-01-32')).toBe(false);
  });

  it('has a month from 01 to 12 and a day from 01', () => {
    expect(isRealDate('2021-13-01')).toBe(false);
    expect(isRealDate('2021-00-10')).toBe(false);
    expect(isRealDate('2021-01-00')).toBe(false);
  });

  it('is written exactly YYYY-MM-DD, nothing around it', () => {
    for (const written of [
      '2021-1-19',
      '21-01-19',
      '2021/01/19',
      '19-01-2021',
      ' 2021-01-19',
      '2021-01-19 ',
      '2021-01-19T00:00',
      '',
      'idag',
    ]) {
      expect(isRealDate(written), written).toBe(false);
    }
  });
});

describe('the Swedish form of a date', () => {
  it('is the day without a leading zero, the month in lower case and the year', () => {
    expect(swedishDate('2021-01-19')).toBe('19 januari 2021');
    expect(swedishDate('2021-03-02')).toBe('2 mars 2021');
    expect(swedishDate('2020-12-05')).toBe('5 december 2020');
  });

  it('reads only the date at the start of a longer timestamp', () => {
    expect(swedishDate('2021-05-12T10:30:00Z')).toBe('12 maj 2021');
  });

  it('refuses what is not a date, saying what it got', () => {
    expect(() => swedishDate('19/1 2021')).toThrow('Not a date: 19/1 2021');
    expect(() => swedishDate('')).toThrow('Not a date: ');
  });

  // Bug: a month outside 01–12 is not refused; MONTHS[12] is undefined and the text says so.
  it('refuses a month that does not exist instead of writing "undefined"', () => {
    expect(() => swedishDate('2021-13-01')).toThrow();
  });

  it('names the twelve months in order', () => {
    expect(MONTHS).toEqual([
      'januari',
      'februari',
      'mars',
      'april',
      'maj',
      'juni',
      'juli',
      'augusti',
      'september',
      'oktober',
      'november',
      'december',
    ]);
  });
});

describe('reading a Swedish date', () => {
  it('gives the date as YYYY-MM-DD', () => {
    expect(parseSwedishDate('19 januari 2021')).toBe('2021-01-19');
    expect(parseSwedishDate('2 mars 2021')).toBe('2021-03-02');
    expect(parseSwedishDate('31 december 2020')).toBe('2020-12-31');
  });

  it('ignores the case of the month and spaces around and between the parts', () => {
    expect(parseSwedishDate('2 Mars 2021')).toBe('2021-03-02');
    expect(parseSwedishDate('12 MAJ 2021')).toBe('2021-05-12');
    expect(parseSwedishDate('  7 oktober   2021 ')).toBe('2021-10-07');
    expect(parseSwedishDate('19\u00a0januari\u00a02021')).toBe('2021-01-19');
  });

  it('gives nothing for a day that is not in the calendar', () => {
    expect(parseSwedishDate('30 februari 2021')).toBeUndefined();
    expect(parseSwedishDate('29 februari 2021')).toBeUndefined();
    expect(parseSwedishDate('31 april 2021')).toBeUndefined();
    expect(parseSwedishDate('0 maj 2021')).toBeUndefined();
    expect(parseSwedishDate('29 februari 2020')).toBe('2020-02-29');
  });

  it('gives nothing for text that is not "day month year"', () => {
    for (const text of [
      '19 jan 2021',
      'januari 2021',
      '19 januari',
      '2021-01-19',
      '119 januari 2021',
      '19 januari 21',
      'den 19 januari 2021',
    ]) {
      expect(parseSwedishDate(text), text).toBeUndefined();
    }
  });
});

describe('dates for feeds and sitemaps', () => {
  it('are midnight UTC of the day', () => {
    expect(rfc3339('2021-01-19')).toBe('2021-01-19T00:00:00Z');
    expect(rfc3339('2021-03-02T15:45:00+01:00')).toBe('2021-03-02T00:00:00Z');
  });
});
