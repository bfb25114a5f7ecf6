/**
 * `npm start`: listens on http://127.0.0.1:8080/ (a taken port is said in
 * Swedish at once, exit 1), builds the site meanwhile ("Arkivet byggs …"),
 * then serves it with live reload and rebuilds when a file in minutes/ or
 * templates/ changes (see `src/dev/preview.ts`). `PORT`, `HOST`,
 * `PATH_PREFIX` and `SITE_URL` change the defaults. Ctrl+C, SIGTERM, or the
 * end of the process that started it (npm) stops the server and any build.
 */
import { onStop, stopExitCode } from '../build/stopping.ts';
import { deploymentFromEnv } from '../core/urls.ts';
import { listenFailureMessage, parsePort } from '../dev/listen-failure.ts';
import { type Preview, startPreview } from '../dev/preview.ts';
import { readArgs } from './args.ts';

readArgs(
  {
    usage: 'npm start',
    summary:
      'Bygger arkivet och visar det på http://127.0.0.1:8080/. Sidorna byggs om och laddas om när du sparar i minutes/ eller templates/; fel visas i terminalen och i en ruta på sidan. Avsluta med Ctrl+C. PORT, HOST, PATH_PREFIX och SITE_URL ändrar standardvärdena.',
  },
  {},
);

const host = process.env.HOST?.trim() || '127.0.0.1';
const port = parsePort(process.env.PORT, 8080);
if (typeof port === 'string') {
  console.log(port);
  process.exit(1);
}

let preview: Preview;
try {
  preview = await startPreview({ deploy: deploymentFromEnv(process.env), host, port });
} catch (failure) {
  const message = listenFailureMessage(failure, host, port);
  if (!message) throw failure;
  console.log(message);
  process.exit(1);
}
onStop((reason) => {
  console.log('Stänger förhandsvisningen …');
  void preview
    .close()
    .catch(() => undefined)
    .then(() => process.exit(stopExitCode(reason)));
});
await preview.ready;
console.log(`Förhandsvisning: ${preview.url} (avsluta med Ctrl+C). Sidorna byggs om när du sparar i minutes/ eller templates/.`);
