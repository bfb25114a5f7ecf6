/**
 * Symbolic links among the templates' assets. Eleventy's passthrough copy
 * copies a link in `templates/assets/` into the site as it is, so a link to
 * a file anywhere on the disk (a key, another project) would be published,
 * and served by the preview. The build refuses such a link and names it
 * (rather than skipping it, which would publish a site with a missing file
 * and no one the wiser).
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BuildFailure } from './failure.ts';

/** Every symbolic link in `dir` and its subfolders (or `dir` itself when it is one), as paths. A missing folder has none. */
export async function findLinks(dir: string): Promise<string[]> {
  const info = await lstat(dir).catch(() => undefined);
  if (!info) return [];
  if (info.isSymbolicLink()) return [dir];
  if (!info.isDirectory()) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The failure for links in the assets folder `assetsDir`, or undefined when it has none. */
export async function assetLinkFailure(assetsDir: string, cwd = process.cwd()): Promise<BuildFailure | undefined> {
  const links = await findLinks(assetsDir);
  if (links.length === 0) return undefined;
  const names = links.map((file) => {
    const relative = path.relative(cwd, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  });
  const [first] = names;
  const what = names.length === 1 ? `${first} är en symbolisk länk` : `Dessa är symboliska länkar: ${names.join(', ')}`;
  return {
    kind: 'asset-link',
    path: links[0]!,
    message:
      `${what}. Bygget kopierar inte länkar till webbplatsen, eftersom en länk kan peka på filer utanför projektet som då skulle publiceras. ` +
      `Lägg en kopia av filen där i stället (till exempel cp --remove-destination "$(readlink -f ${first})" ${first}), och bygg igen.`,
  };
}
