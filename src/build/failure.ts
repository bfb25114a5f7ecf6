/**
 * A build that could not write its site, said in Swedish for the secretary:
 * a full disk (ENOSPC, EDQUOT), a missing permission (EACCES, EPERM) or a
 * read-only disk (EROFS) becomes a sentence that says what happened, where,
 * and what to do. Pure: it reads the error, never the disk.
 *
 * The error can come from our own writes (a Node error with `code` and
 * `path`), from Eleventy (which wraps the Node error in `originalError`), or
 * from Pagefind's process (a message such as "No space left on device
 * (os error 28)"), so the code is looked for in each.
 */
import path from 'node:path';

/** What kind of trouble stopped the build. */
export type FailureKind = 'disk-full' | 'permission' | 'read-only' | 'asset-link' | 'setting' | 'other';

/** Why a build stopped after its check passed. The site was left as it was. */
export interface BuildFailure {
  kind: FailureKind;
  /** The system's error code (`ENOSPC` …), when there is one. */
  code?: string;
  /** The file or folder that could not be written, when known. */
  path?: string;
  /** The Swedish explanation for the secretary, one or more sentences. */
  message: string;
  /** The original error, for a developer (printed only for `other`, which is a fault in the tool). */
  error?: unknown;
}

/** The error codes this module explains, by kind. */
const KINDS: Record<string, FailureKind> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'read-only',
};

/** The operating system's error numbers (Linux) as Pagefind's Rust process reports them: "(os error 28)". */
const OS_ERRORS: Record<number, string> = { 1: 'EPERM', 13: 'EACCES', 28: 'ENOSPC', 30: 'EROFS', 122: 'EDQUOT' };

/** Pagefind's and Rust's wording of the same errors, for systems with other numbers. */
const OS_WORDING: [RegExp, string][] = [
  [/no space left on device/i, 'ENOSPC'],
  [/disk quota exceeded/i, 'EDQUOT'],
  [/read-only file system/i, 'EROFS'],
  [/permission denied/i, 'EACCES'],
  [/operation not permitted/i, 'EPERM'],
];

/** The errors an error wraps: itself, its `cause` and Eleventy's `originalError`, outermost first. */
function chain(error: unknown): unknown[] {
  const found: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && found.length < 20 && !found.includes(current)) {
    found.push(current);
    const record = current as { cause?: unknown; originalError?: unknown };
    current = typeof current === 'object' ? (record.originalError ?? record.cause) : undefined;
  }
  return found;
}

/** The error code and path a failure carries somewhere in its chain, or found in its message. */
export function errorCode(error: unknown): { code?: string; path?: string } {
  for (const link of chain(error)) {
    const { code, path: file } = (link ?? {}) as { code?: unknown; path?: unknown };
    if (typeof code === 'string' && code in KINDS) return { code, ...(typeof file === 'string' ? { path: file } : {}) };
  }
  for (const link of chain(error)) {
    const message = link instanceof Error ? link.message : typeof link === 'string' ? link : '';
    const number = /\(os error (\d+)\)/.exec(message);
    const code = (number && OS_ERRORS[Number(number[1])]) ?? OS_WORDING.find(([pattern]) => pattern.test(message))?.[1];
    if (code) return { code };
  }
  return {};
}

/** A path as the secretary sees it: relative to the working folder when it is inside it. */
function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * The failure `error` stands for, explained in Swedish. `siteDir` is the site folder the build
 * was to replace (named in the message: it is unchanged).
 */
export function describeFailure(error: unknown, siteDir: string, cwd = process.cwd()): BuildFailure {
  const { code, path: file } = errorCode(error);
  const site = `${shown(siteDir, cwd)}/`;
  const where = file ? ` när bygget skrev ${shown(file, cwd)}` : '';
  const kept = `${site} är oförändrad.`;
  const base = { ...(code ? { code } : {}), ...(file ? { path: file } : {}) };
  switch (code) {
    case 'ENOSPC':
      return { kind: 'disk-full', ...base, message: `Disken är full (ENOSPC)${where}. Frigör utrymme på disken och bygg igen. ${kept}` };
    case 'EDQUOT':
      return {
        kind: 'disk-full',
        ...base,
        message: `Ditt utrymme på disken är slut (diskkvoten, EDQUOT)${where}. Ta bort filer du inte behöver eller be om större kvot, och bygg igen. ${kept}`,
      };
    case 'EACCES':
    case 'EPERM':
      return {
        kind: 'permission',
        ...base,
        message: `Bygget fick inte skriva (${code}: behörighet saknas)${where}. Kontrollera att ditt konto får skriva i projektmappen och i ${site} (ägare och rättigheter), och bygg igen. ${kept}`,
      };
    case 'EROFS':
      return {
        kind: 'read-only',
        ...base,
        message: `Disken är skrivskyddad (EROFS)${where}. Bygg i en mapp på en disk som går att skriva på. ${kept}`,
      };
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        kind: 'other',
        ...base,
        error,
        message: `Bygget misslyckades: ${detail}. Det är troligen ett fel i verktyget; ${kept}`,
      };
    }
  }
}
