/**
 * A link checker over a built site: every internal href and src must name a
 * file that exists, and every #anchor an id on the target page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file in a folder, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  return ((await readdir(dir, { recursive: true, withFileTypes: true })) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The broken internal links of a site served under `prefix`, as `page -> link (why)`. */
export async function findBrokenLinks(siteDir: string, prefix = '/'): Promise<{ broken: string[]; checked: number }> {
  const files = await listFiles(siteDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const html = await readFile(path.join(siteDir, file), 'utf8');
      found = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      ids.set(file, found);
    }
    return found;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = await readFile(path.join(siteDir, page), 'utf8');
    const pageUrl = `${prefix}${page.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(match[1]!);
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
      checked++;
      const url = new URL(raw, `http://site${pageUrl}`);
      if (!url.pathname.startsWith(prefix)) {
        broken.push(`${page} -> ${raw} (outside the path prefix ${prefix})`);
        continue;
      }
      let target = decodeURIComponent(url.pathname.slice(prefix.length));
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!files.includes(target)) {
        broken.push(`${page} -> ${raw} (no file ${target})`);
        continue;
      }
      const anchor = url.hash.slice(1);
      if (anchor && target.endsWith('.html') && !(await idsOf(target)).has(decodeURIComponent(anchor))) {
        broken.push(`${page} -> ${raw} (no id "${anchor}" in ${target})`);
      }
    }
  }
  return { broken, checked };
}
