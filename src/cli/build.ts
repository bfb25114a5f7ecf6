/**
 * `npm run build [-- --path-prefix /arkiv/] [minutes] [site]`: checks the
 * minutes and, when there are no errors, builds the whole site into `site/`.
 * With errors it prints them, exits 1 and leaves `site/` as it was.
 * `SITE_URL` gives the address used in feeds and the sitemap. Started without
 * the build's heap, it runs itself again with it (`build/command.ts`).
 */
import { parseArgs } from 'node:util';
import { hasBuildHeap, runBuildProcess } from '../build/command.ts';
import { formatDiagnostic, summarize } from '../core/diagnostics.ts';
import { deploymentFromEnv } from '../core/urls.ts';

if (hasBuildHeap()) await build();
else process.exitCode = await runBuildProcess(process.argv.slice(2));

async function build(): Promise<void> {
  // Loaded here, not above: a process that only starts the build again need not load Eleventy and Pagefind.
  const [{ buildSite }, { FileCache }, { closeSearch }] = await Promise.all([
    import('../build/build.ts'),
    import('../build/cache.ts'),
    import('../search/search.ts'),
  ]);
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'path-prefix': { type: 'string' } } });
  const [minutesDir = 'minutes', siteDir = 'site'] = positionals;
  const deploy = deploymentFromEnv({ ...process.env, ...(values['path-prefix'] ? { PATH_PREFIX: values['path-prefix'] } : {}) });

  const started = performance.now();
  const result = await buildSite({ minutesDir, siteDir, deploy, cache: new FileCache() }).finally(closeSearch);
  for (const diagnostic of result.check.diagnostics) console.log(formatDiagnostic(diagnostic));
  console.log(summarize(result.check.diagnostics, result.check.filesChecked));
  if (!result.built) {
    console.log(`Inget byggdes: rätta felen ovan. ${siteDir}/ är oförändrad.`);
    process.exitCode = 1;
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  const index = result.check.index!;
  console.log(
    `Byggde ${siteDir}/ på ${seconds} s: ${index.meetings.length} möten, ${index.items.length} punkter, ${result.pages.length} filer.`,
  );
  if (process.env.BUILD_TIMINGS) console.log(`Tider (ms): ${JSON.stringify(result.timings)}`);
}
