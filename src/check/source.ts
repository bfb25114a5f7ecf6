/**
 * One file's text as the later stages see it: UTF-8 decoded, byte order mark
 * removed, LF line endings. Decoding is strict: bytes that are not UTF-8 are
 * recorded (with the place of the first bad byte) for the `file-encoding`
 * rule, never garbled. Pure: bytes or text in, data out.
 */
import type { Position } from '../core/diagnostics.ts';

/** Why a file's bytes could not be read as UTF-8. */
export interface EncodingProblem {
  /** `utf-16`: the file starts with a UTF-16 byte order mark; `invalid`: a byte that is not UTF-8. */
  kind: 'utf-16' | 'invalid';
  /** Where the first bad byte is. */
  place: Position;
  /** The first bad byte (for `invalid`). */
  byte?: number;
  /** That byte read as Windows-1252, the likely encoding (for `invalid`). */
  asWindows1252?: string;
}

/** A text file: its path, its text and its size. */
export interface SourceFile {
  /** Path as shown in messages, for example `minutes/2021-01-19-socialchefsnatverket.md`. */
  path: string;
  /** The text, or `undefined` when the file could not be decoded (`encoding` says why). */
  text: string | undefined;
  /** Size on disk in bytes. */
  bytes: number;
  /** Set when the bytes are not UTF-8. */
  encoding?: EncodingProblem;
}

/** A source made from text that is already decoded (the editor in the browser, tests): line endings made LF. */
export function textSource(path: string, text: string): SourceFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { path, text: normalized, bytes: new TextEncoder().encode(text).length };
}

/**
 * Decodes a file's bytes as UTF-8: removes a byte order mark, turns CRLF and CR
 * into LF, and records (instead of garbling) bytes that are not UTF-8.
 */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
  const file: SourceFile = { path, text: undefined, bytes: bytes.length };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ...file, encoding: { kind: 'utf-16', place: { line: 1, column: 1 } } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ...file, text: text.replace(/\r\n?/g, '\n') };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const byte = bytes[offset] ?? 0;
    const asWindows1252 = new TextDecoder('windows-1252').decode(bytes.subarray(offset, offset + 1));
    return { ...file, encoding: { kind: 'invalid', place: bytePosition(bytes, offset), byte, asWindows1252 } };
  }
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
