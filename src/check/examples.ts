/**
 * The rules' examples as archives the check can run: the example archive
 * with an example's files laid over it. Used by the test that runs every
 * example and by the guide, which shows each example with its message.
 */
import { type ArchiveFiles, archiveOfTexts } from './archive-files.ts';
import { EXAMPLE_ARCHIVE, EXAMPLE_DIR } from './rules/example-archive.ts';
import type { RuleExample } from './rules/rule.ts';
import { decodeSource } from './source.ts';

/** The example archive with `example`'s files laid over it. */
export function archiveOfExample(example: RuleExample): ArchiveFiles {
  const texts: Record<string, string> = {};
  const bytes: Record<string, Uint8Array> = {};
  for (const [file, text] of Object.entries({ ...EXAMPLE_ARCHIVE, ...example.files })) {
    const name = file.slice(EXAMPLE_DIR.length + 1);
    if (text === null) continue;
    if (typeof text === 'string') texts[name] = text;
    else bytes[name] = text;
  }
  const archive = archiveOfTexts({ ...texts, ...Object.fromEntries(Object.keys(bytes).map((name) => [name, ''])) }, EXAMPLE_DIR);
  const decode = (file: ArchiveFiles['minutes'][number]) => {
    const raw = bytes[file.path.slice(EXAMPLE_DIR.length + 1)];
    return raw ? decodeSource(file.path, raw) : file;
  };
  return {
    ...archive,
    minutes: archive.minutes.map(decode),
    agencies: archive.agencies && decode(archive.agencies),
    topics: archive.topics && decode(archive.topics),
  };
}

/** The file an example's message is in: its `file`, or the first of its files. */
export function fileOfExample(example: RuleExample): string {
  return example.file ?? Object.keys(example.files)[0] ?? '';
}
