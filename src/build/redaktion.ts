/**
 * Redaktionen in the built site, `/redaktion/`: its page, its configuration
 * (generated from the schema, the registries and the site setting), the
 * archive's snapshot the page checks against, and Decap CMS's own files,
 * copied from the `decap-cms` package. The page's code is compiled with the
 * rest of the code that runs in the page (`browser-bundles.ts`).
 */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ArchiveFiles } from '../check/archive-files.ts';
import type { SiteSetting } from '../check/site-setting.ts';
import type { MeetingRecord } from '../core/model.ts';
import { redaktionConfig } from '../redaktion/config.ts';
import { redaktionPage } from '../redaktion/page.ts';
import { archiveSnapshot } from '../redaktion/snapshot.ts';

/** Redaktionen's folder in the site. */
export const REDAKTION_FOLDER = 'redaktion';

/** Decap CMS's files in its package: the bundle, the chunks it loads beside itself and its WebAssembly. */
async function decapFiles(): Promise<{ dir: string; files: string[] }> {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
  const files = (await readdir(dir)).filter((name) => /^(?:decap-cms\.js|\d+\.decap-cms\.js|[\w.-]+\.wasm)$/.test(name));
  return { dir, files };
}

/** JSON with `<`, `>` and `&` escaped: the minutes' own text, whatever it holds, can never read as markup. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What Redaktionen is built from. */
export interface RedaktionInput {
  files: ArchiveFiles;
  meetings: readonly MeetingRecord[];
  setting: SiteSetting;
}

/** Writes `/redaktion/` into the build folder `siteDir`. Returns the files written. */
export async function writeRedaktion(siteDir: string, input: RedaktionInput): Promise<string[]> {
  const folder = path.join(siteDir, REDAKTION_FOLDER);
  const vendor = path.join(folder, 'vendor');
  await mkdir(vendor, { recursive: true });
  const written: string[] = [];
  const write = async (name: string, text: string) => {
    await writeFile(path.join(folder, name), text);
    written.push(path.join(folder, name));
  };
  await write('index.html', redaktionPage(input.setting.name));
  await write('config.json', `${safeJson(redaktionConfig(input.setting), 2)}\n`);
  await write('arkiv.json', `${safeJson(archiveSnapshot(input.files, input.meetings))}\n`);
  const decap = await decapFiles();
  for (const file of decap.files) {
    await copyFile(path.join(decap.dir, file), path.join(vendor, file));
    written.push(path.join(vendor, file));
  }
  return written;
}
