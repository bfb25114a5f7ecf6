/**
 * The baseline the benchmark compares with: the same Markdown files rendered
 * by a bare Eleventy 3 project (its default Markdown, a trivial layout),
 * followed by Pagefind's CLI over its output.
 */
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Creates the bare Eleventy project in `dir`, with `minutesDir`'s Markdown files as its input. */
export async function createBaseline(dir: string, minutesDir: string): Promise<{ input: string; output: string; config: string }> {
  const input = path.join(dir, 'input');
  await mkdir(path.join(input, '_includes'), { recursive: true });
  for (const file of await readdir(minutesDir)) {
    if (file.endsWith('.md')) await symlink(path.resolve(minutesDir, file), path.join(input, file));
  }
  await writeFile(
    path.join(input, '_includes', 'layout.njk'),
    '<!doctype html>\n<html lang="sv">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main>\n<h1>{{ title }}</h1>\n{{ content | safe }}\n</main></body>\n</html>\n',
  );
  const config = path.join(dir, 'eleventy.config.cjs');
  await writeFile(config, 'module.exports = (eleventyConfig) => { eleventyConfig.addGlobalData("layout", "layout.njk"); };\n');
  return { input, output: path.join(dir, '_site'), config };
}
