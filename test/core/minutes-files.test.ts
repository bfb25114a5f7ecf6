/**
 * The names of the minutes files: `YYYY-MM-DD-name.md`, the date first, and
 * which files hold the meeting on a date.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK, dateOfMinutesFile, MINUTES_FILE_NAME, minutesFileName, minutesFilesOn } from '../../src/core/minutes-files.ts';

describe('the pattern of a minutes file name', () => {
  it('takes the date, then words of letters a–z and digits joined by single hyphens, then .md', () => {
    for (const name of [
      '2021-01-19-socialchefsnatverket.md',
      '2021-01-19.md',
      '2021-03-02-extra-mote-2.md',
      '2021-03-02-Socialchefsnatverket.md',
      '2021-03-02-socialchefsnatverket.MD',
    ]) {
      expect(MINUTES_FILE_NAME.test(name), name).toBe(true);
    }
  });

  it('refuses other names', () => {
    for (const name of [
      'möte 2 mars.md',
      '2021-01-19-socialchefsnätverket.md',
      '2021-01-19 socialchefsnatverket.md',
      '2021-01-19--socialchefsnatverket.md',
      '2021-01-19-socialchefsnatverket-.md',
      '2021-1-19-socialchefsnatverket.md',
      '2021-01-19-socialchefsnatverket.markdown',
      '2021-01-19-socialchefsnatverket.md.txt',
      'anteckningar-2021-01-19.md',
    ]) {
      expect(MINUTES_FILE_NAME.test(name), name).toBe(false);
    }
  });
});

describe('the file name of a meeting', () => {
  it('is the date and the network’s name with Swedish letters folded', () => {
    expect(DEFAULT_NETWORK).toBe('Socialchefsnätverket');
    expect(minutesFileName('2021-03-02')).toBe('2021-03-02-socialchefsnatverket.md');
    expect(minutesFileName('2021-03-02', 'Äldreomsorgens nätverk')).toBe('2021-03-02-aldreomsorgens-natverk.md');
    expect(minutesFileName('2021-03-02', 'Öppna jämförelser: IFO')).toBe('2021-03-02-oppna-jamforelser-ifo.md');
  });
});

describe('the date a file name gives', () => {
  it('is read from a bare name or from the last part of a path', () => {
    expect(dateOfMinutesFile('2021-01-19-socialchefsnatverket.md')).toBe('2021-01-19');
    expect(dateOfMinutesFile('minutes/2021-01-19-socialchefsnatverket.md')).toBe('2021-01-19');
    expect(dateOfMinutesFile('/home/sekreterare/arkiv/minutes/2021-03-02.md')).toBe('2021-03-02');
  });

  it('is nothing when the name does not follow the pattern', () => {
    expect(dateOfMinutesFile('minutes/möte 2 mars.md')).toBeUndefined();
    expect(dateOfMinutesFile('minutes/2021-01-19-socialchefsnätverket.md')).toBeUndefined();
    expect(dateOfMinutesFile('minutes/2021-01-19/anteckningar.md')).toBeUndefined();
    expect(dateOfMinutesFile('minutes/agencies.yml')).toBeUndefined();
  });
});

describe('the files of the meeting on a date', () => {
  it('are those whose name gives that date, in the order given, paths and names alike', () => {
    const files = [
      'minutes/2021-03-02-socialchefsnatverket.md',
      'minutes/2021-01-19-socialchefsnatverket.md',
      '2021-03-02-extra.md',
      'minutes/2021-03-02 kopia.md',
      'minutes/2021-03-020-x.md',
      'minutes/2021-03-02-Socialchefsnatverket.md',
    ];
    expect(minutesFilesOn('2021-03-02', files)).toEqual([
      'minutes/2021-03-02-socialchefsnatverket.md',
      '2021-03-02-extra.md',
      'minutes/2021-03-02-Socialchefsnatverket.md',
    ]);
    expect(minutesFilesOn('2021-05-12', files)).toEqual([]);
  });
});
