/**
 * `npm run build [-- --path-prefix /arkiv/] [--helt] [minutes] [site]`: checks
 * the minutes and, when there are no errors, builds the whole site into a new
 * folder in `site.builds/` and points the link `site` at it, taking the pages
 * and search parts that did not change from the previous build (`--helt`:
 * none). With errors, a
 * full disk or a missing permission it prints the check's messages and why,
 * exits 1 and leaves `site/` as it was; a second build of the same site while
 * one runs is refused. `SITE_URL` gives the address used in feeds and the
 * sitemap. Started without the build's heap, it runs itself again with it
 * (`runtime/command.ts`), passing Ctrl+C and SIGTERM on. Stopped, it gives up
 * its lock; the next build removes what it left.
 */
import { resolveDeployment } from '../core/urls.ts';
import { buildCommandArgs, hasBuildHeap } from '../runtime/command.ts';
import { runPassingSignals, stopExitCode } from '../runtime/stopping.ts';
import { type CommandContext, defineCommand } from './command.ts';

const options = { 'path-prefix': { type: 'string' }, helt: { type: 'boolean' } } as const;

/** `npm run build`. */
export const buildCommand = defineCommand({
  help: {
    usage: 'npm run build [-- --path-prefix /arkiv/] [--helt] [minutes] [site]',
    summary:
      'Kontrollerar minnesanteckningarna och bygger utan fel hela webbplatsen i en ny mapp i site.builds/, och pekar sedan om länken site till den i ett steg. Med fel, full disk eller saknad behörighet skrivs kontrollens meddelanden och orsaken, och site/ lämnas orörd. Sidor och sökdelar som inte ändrats sedan förra bygget tas därifrån. SITE_URL anger adressen i flöden och webbplatskartan.',
    options: [
      ['--path-prefix /arkiv/', 'bygg för en webbplats under en underkatalog'],
      ['--helt', 'bygg om varje sida och hela sökindexet, utan att ta något från förra bygget'],
      ['minutes', 'mappen med minnesanteckningar (minutes om ingen anges)'],
      ['site', 'webbplatsens mapp (site om ingen anges)'],
    ],
  },
  options,
  positionals: 2,
  async run(context) {
    if (!hasBuildHeap()) return runPassingSignals(process.execPath, buildCommandArgs(...context.args));
    const stopped = new Promise<number>((resolve) =>
      context.onStop((reason) => {
        context.output.log('Bygget avbröts. Det som hann byggas tas bort vid nästa bygge.');
        // The lock is given up by runtime/lock.ts on exit.
        resolve(stopExitCode(reason));
      }),
    );
    return Promise.race([stopped, build(context)]);
  },
});

/** The build in this process, which has the build's heap. Resolves with the exit code. */
async function build({ values, positionals, env, output }: CommandContext<typeof options>): Promise<number> {
  // Loaded here, not above: a process that only starts the build again need not load Eleventy and Pagefind.
  const [{ buildSite }, { FileCache }, { describeFailure }, { SiteFolderError, SiteLockedError }, { buildReport }] = await Promise.all([
    import('../build/build.ts'),
    import('../build/cache.ts'),
    import('../build/failure.ts'),
    import('../build/publish.ts'),
    import('../build/report.ts'),
  ]);
  const [minutesDir = 'minutes', siteDir = 'site'] = positionals;
  const buildEnv = { ...env, ...(values['path-prefix'] ? { PATH_PREFIX: values['path-prefix'] } : {}) };
  // For publication: the address from SITE_URL, the site setting or the forge's PAGES_URL, never localhost.
  const deploy = (setting: { url?: string | undefined }) =>
    resolveDeployment({ env: buildEnv, preview: false, ...(setting.url ? { settingUrl: setting.url } : {}) });

  const started = performance.now();
  let result;
  try {
    result = await buildSite({ minutesDir, siteDir, deploy, cache: new FileCache(), full: values.helt === true });
  } catch (error) {
    // Before the check: another build holds the lock, or the lock could not be written.
    const failure =
      error instanceof SiteLockedError || error instanceof SiteFolderError
        ? { kind: 'locked', message: error.message }
        : describeFailure(error, siteDir);
    if (failure.kind === 'other') throw error;
    output.log(failure.message);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  for (const line of buildReport(result, siteDir, seconds)) output.log(line);
  if (result.failure?.kind === 'other') output.error(result.failure.error);
  if (!result.built) return 1;
  if (env.BUILD_TIMINGS) output.log(`Tider (ms): ${JSON.stringify(result.timings)}`);
  return 0;
}
