/**
 * The files of an archive as the check takes them: the minutes, the two
 * registries and whatever else the folder holds. Made by `load.ts` from disk,
 * or by the editor in the browser from the texts it has.
 */
import { type SourceFile, textSource } from './source.ts';

/** File name of the agency registry inside the minutes folder. */
export const AGENCY_REGISTRY = 'agencies.yml';
/** File name of the topic registry inside the minutes folder. */
export const TOPIC_REGISTRY = 'topics.yml';
/** File name of the site setting inside the minutes folder (see `site-setting.ts`). */
export const SITE_SETTING_FILE = 'webbplats.yml';

/** An entry of the minutes folder that is neither minutes nor a registry. */
export interface OtherEntry {
  /** Its path, as in messages. */
  path: string;
  /** True for a folder. */
  folder: boolean;
  /** True when its name starts with a dot. */
  hidden: boolean;
}

/** The files of an archive. */
export interface ArchiveFiles {
  /** The folder, as in messages (`minutes`). */
  dir: string;
  /** The minutes files (`*.md`), sorted by path. */
  minutes: SourceFile[];
  /** The agency registry, `agencies.yml`. */
  agencies: SourceFile | undefined;
  /** The topic registry, `topics.yml`. */
  topics: SourceFile | undefined;
  /** The site setting, `webbplats.yml`, when there is one. */
  setting?: SourceFile | undefined;
  /** Everything else in the folder, which is not published. */
  others: OtherEntry[];
}

/**
 * The archive of `texts` (file name → text) in the folder `dir`: `.md` files are minutes, the
 * registries by their names, anything else an other entry. For the editor and for tests.
 */
export function archiveOfTexts(texts: Readonly<Record<string, string>>, dir = 'minutes'): ArchiveFiles {
  const archive: ArchiveFiles = { dir, minutes: [], agencies: undefined, topics: undefined, others: [] };
  for (const name of Object.keys(texts).sort()) {
    const path = `${dir}/${name}`;
    const file = textSource(path, texts[name]!);
    if (name === AGENCY_REGISTRY) archive.agencies = file;
    else if (name === TOPIC_REGISTRY) archive.topics = file;
    else if (name === SITE_SETTING_FILE) archive.setting = file;
    else if (name.startsWith('.') || !name.toLowerCase().endsWith('.md'))
      archive.others.push({ path, folder: false, hidden: name.startsWith('.') });
    else archive.minutes.push(file);
  }
  return archive;
}
