/**
 * `npm start`: builds the site, serves it on http://127.0.0.1:8080/ with live
 * reload, and rebuilds when a file in minutes/ or templates/ changes. A build
 * with errors prints the check's messages and keeps serving the last good site.
 * `PORT`, `HOST`, `PATH_PREFIX` and `SITE_URL` change the defaults.
 */
import { watch } from 'node:fs';
import { buildSite, type BuildOptions } from '../build.ts';
import { formatDiagnostic, summarize } from '../diagnostics.ts';
import { FileCache } from '../file-cache.ts';
import { startServer } from '../serve.ts';
import { deploymentFromEnv } from '../site/eleventy-plugin.ts';

const options: BuildOptions = { minutesDir: 'minutes', siteDir: 'site', templatesDir: 'templates', deploy: deploymentFromEnv(), cache: new FileCache() };

async function build(): Promise<boolean> {
  const started = performance.now();
  try {
    const result = await buildSite(options);
    for (const diagnostic of result.check.diagnostics) console.log(formatDiagnostic(diagnostic));
    if (!result.built) {
      console.log(`${summarize(result.check.diagnostics, result.check.filesChecked)} Sidorna byggdes inte om; förhandsvisningen visar den senaste fungerande versionen.`);
      return false;
    }
    console.log(`Byggde om på ${Math.round(performance.now() - started)} ms.`);
    return true;
  } catch (failure) {
    console.error(`Bygget misslyckades: ${failure instanceof Error ? failure.message : String(failure)}`);
    return false;
  }
}

await build();
const server = await startServer({
  siteDir: options.siteDir,
  pathPrefix: options.deploy.pathPrefix,
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 8080),
  liveReload: true,
});
console.log(`Förhandsvisning: ${server.url} (avsluta med Ctrl+C). Sidorna byggs om när du sparar i minutes/ eller templates/.`);

let timer: NodeJS.Timeout | undefined;
let running: Promise<void> = Promise.resolve();
const rebuild = (file: string | null) => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    running = running.then(async () => {
      console.log(`Ändrad: ${file ?? 'okänd fil'}`);
      if (await build()) server.reload();
    });
  }, 120);
};
for (const dir of [options.minutesDir, options.templatesDir ?? 'templates']) {
  watch(dir, { recursive: true }, (_event, file) => rebuild(file && `${dir}/${file}`));
}
