/**
 * Stage 1, load: reads the minutes folder from disk.
 *
 * This is one of the three stages that touch the disk; it takes the folder as
 * an argument and returns plain data. Decoding is strict: a file that is not
 * UTF-8 is reported (with the place of the first bad byte), never garbled.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, fileReporter, type Position, START } from '../core/diagnostics.ts';
import { checkControlCharacters, fileEncoding, fileIgnored, fileLarge } from './rules/file.ts';
import { registryMissing } from './rules/registry.ts';

/** A text file as the later stages see it: UTF-8 decoded, BOM removed, LF line endings. */
export interface SourceFile {
  /** Path as shown in messages, for example `minutes/2021-01-19-socialchefsnatverket.md`. */
  path: string;
  /** The text, or `undefined` when the file could not be decoded (a diagnostic says why). */
  text: string | undefined;
  /** Size on disk in bytes. */
  bytes: number;
}

/** Everything the load stage found in a minutes folder. */
export interface LoadedArchive {
  /** The minutes files (`*.md`), sorted by path. */
  minutes: SourceFile[];
  /** The agency registry, `agencies.yml`. */
  agencies: SourceFile | undefined;
  /** The topic registry, `topics.yml`. */
  topics: SourceFile | undefined;
  /** Problems found while loading (encoding, missing registries, stray files). */
  diagnostics: Diagnostic[];
}

/** File name of the agency registry inside the minutes folder. */
export const AGENCY_REGISTRY = 'agencies.yml';
/** File name of the topic registry inside the minutes folder. */
export const TOPIC_REGISTRY = 'topics.yml';
/** Minutes larger than this get a warning: they are usually pasted images or duplicated text. */
export const LARGE_FILE_BYTES = 1024 * 1024;

/** Files read before, by path, with the size and time they had: a long-running process reads only what changed. */
export type SourceMemo = Map<string, { size: number; mtimeMs: number; decoded: { file: SourceFile; diagnostics: Diagnostic[] } }>;

/**
 * Reads every minutes file and both registries from `dir`.
 *
 * @param dir Folder to read, as it should appear in messages (for example `minutes`).
 * @param memo Files read before; those with the same size and modification time are not read again.
 */
export async function loadArchive(dir: string, memo?: SourceMemo): Promise<LoadedArchive> {
  const diagnostics: Diagnostic[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  const minutes: SourceFile[] = [];
  let agencies: SourceFile | undefined;
  let topics: SourceFile | undefined;

  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const filePath = path.join(dir, entry.name);
    if (!entry.isFile()) {
      fileReporter(filePath, diagnostics).report(
        fileIgnored,
        START,
        'Mappen läses inte: minnesanteckningar ska ligga direkt i minutes/. Flytta filerna dit eller ta bort mappen.',
      );
      continue;
    }
    const isMinutes = entry.name.toLowerCase().endsWith('.md');
    const isRegistry = entry.name === AGENCY_REGISTRY || entry.name === TOPIC_REGISTRY;
    if (!isMinutes && !isRegistry) {
      fileReporter(filePath, diagnostics).report(
        fileIgnored,
        START,
        `Filen tas inte med i arkivet: förväntade minnesanteckningar (.md) eller ${AGENCY_REGISTRY}/${TOPIC_REGISTRY}. Importera Word- och textfiler med npm run import, eller flytta filen härifrån.`,
      );
      continue;
    }
    const decoded = await readSource(filePath, memo);
    diagnostics.push(...decoded.diagnostics);
    if (entry.name === AGENCY_REGISTRY) agencies = decoded.file;
    else if (entry.name === TOPIC_REGISTRY) topics = decoded.file;
    else minutes.push(decoded.file);
  }

  for (const [name, file] of [
    [AGENCY_REGISTRY, agencies],
    [TOPIC_REGISTRY, topics],
  ] as const) {
    if (!file) {
      fileReporter(path.join(dir, name), diagnostics).report(
        registryMissing,
        START,
        `Registret ${name} saknas. Det ska ligga bredvid minnesanteckningarna i ${dir}/; se README för formatet.`,
      );
    }
  }
  return { minutes, agencies, topics, diagnostics };
}

async function readSource(filePath: string, memo: SourceMemo | undefined): Promise<{ file: SourceFile; diagnostics: Diagnostic[] }> {
  if (!memo) return decodeSource(filePath, await readFile(filePath));
  const info = await stat(filePath);
  const known = memo.get(filePath);
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known.decoded;
  const decoded = decodeSource(filePath, await readFile(filePath));
  memo.set(filePath, { size: info.size, mtimeMs: info.mtimeMs, decoded });
  return decoded;
}

/**
 * Decodes a file's bytes as UTF-8: removes a byte order mark, turns CRLF and CR
 * into LF, and reports (instead of garbling) bytes that are not UTF-8.
 */
export function decodeSource(filePath: string, bytes: Uint8Array): { file: SourceFile; diagnostics: Diagnostic[] } {
  const reporter = fileReporter(filePath);
  const { diagnostics, report } = reporter;
  const file: SourceFile = { path: filePath, text: undefined, bytes: bytes.length };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    report(
      fileEncoding,
      START,
      'Filen är sparad som UTF-16; förväntade UTF-8. Spara om filen som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8).',
    );
    return { file, diagnostics };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    file.text = text.replace(/\r\n?/g, '\n');
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const place = bytePosition(bytes, offset);
    const byte = bytes[offset] ?? 0;
    const asWindows = new TextDecoder('windows-1252').decode(bytes.subarray(offset, offset + 1));
    report(
      fileEncoding,
      place,
      `Filen är inte sparad som UTF-8: byten 0x${byte.toString(16).toUpperCase().padStart(2, '0')} är inte giltig UTF-8 (i Windows-1252 vore det "${asWindows}", så filen är troligen sparad som Windows-1252/ANSI). Spara om filen som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8; i VS Code: Spara med kodning → UTF-8), så blir å, ä och ö rätt.`,
    );
    return { file, diagnostics };
  }
  checkControlCharacters(file.text, reporter);
  if (bytes.length > LARGE_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1).replace('.', ',');
    report(
      fileLarge,
      START,
      `Filen är ovanligt stor (${mb} MB; minnesanteckningar brukar vara under 50 kB). Kontrollera att den inte innehåller inklistrade bilder eller dubblerad text.`,
    );
  }
  return { file, diagnostics };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Line and column (in characters) of a byte offset, decoding the line leniently. */
function bytePosition(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '');
  return { line, column: [...before].length + 1 };
}
