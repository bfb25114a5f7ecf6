/**
 * The check of the meeting being edited, in the page: the file the form
 * writes, checked with the registries by the same code as `npm run check`
 * (`src/check/`), grouped for the form. The two rules about the file's name
 * are left out here: Redaktionen names the file from the date itself.
 */
import { archiveOfTexts } from '../../check/archive-files.ts';
import { checkFiles, type ArchiveCheck } from '../../check/check-archive.ts';
import { ALL_RULES } from '../../check/rules/catalogue.ts';
import { minutesFileName } from '../../core/minutes-files.ts';
import type { Registries } from '../../core/model.ts';
import { formMessages, type FormMessages } from '../../redaktion/messages.ts';
import { type MinutesEntry, minutesToFile } from '../../redaktion/minutes-format.ts';
import { getState } from './store.ts';

const PAGE_RULES = ALL_RULES.filter((rule) => rule.id !== 'file-name' && rule.id !== 'date-filename-mismatch');

/** What checking the form gave. */
export interface EntryCheck {
  /** The file's name in the repository (`2021-04-13-socialchefsnatverket.md`). */
  fileName: string;
  /** The file the form writes. */
  text: string;
  result: ArchiveCheck;
  form: FormMessages;
  /** Set when another published meeting has the same date. */
  dateTaken?: string;
}

/** The file name Redaktionen gives a meeting on `date` (the network's name from the site setting). */
export function fileNameOf(date: string, network: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? minutesFileName(date.trim(), network) : 'nytt-mote.md';
}

/**
 * Checks the form's values as the file they would be saved as, with the registries as saved in this
 * session (`published: true`: as published, which is what publishing is checked against).
 */
export function checkEntry(entry: Partial<MinutesEntry>, options: { network: string; savedAs?: string; published?: boolean }): EntryCheck {
  const state = getState();
  const text = minutesToFile(entry);
  const fileName = options.savedAs ?? fileNameOf(entry.date ?? '', options.network);
  const registries = options.published ? state.published : state;
  const archive = archiveOfTexts({ 'agencies.yml': registries.agencies, 'topics.yml': registries.topics, [fileName]: text });
  const result = checkFiles(archive, PAGE_RULES);
  const form = formMessages(result.diagnostics, `minutes/${fileName}`, text);
  const taken = state.published.meetings.find((m) => m.date === entry.date?.trim() && m.file !== fileName && m.file !== options.savedAs);
  return { fileName, text, result, form, ...(taken ? { dateTaken: taken.title } : {}) };
}

/** The registries the check uses now (for the pickers). */
export function currentRegistries(): Registries {
  return getState().registries;
}
