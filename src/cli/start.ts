/**
 * `npm start`: listens on http://127.0.0.1:8080/ (a taken port is said in
 * Swedish at once, exit 1), builds the site meanwhile ("Arkivet byggs …"),
 * then serves it with live reload and rebuilds when a file in minutes/ or
 * templates/ changes (see `src/dev/preview.ts`). `PORT`, `HOST`,
 * `PATH_PREFIX` and `SITE_URL` change the defaults. Ctrl+C, SIGTERM, or the
 * end of the process that started it (npm) stops the server and any build.
 */
import { deploymentFromEnv } from '../core/urls.ts';
import { listenFailureMessage, parsePort } from '../dev/listen-failure.ts';
import { type Preview, startPreview } from '../dev/preview.ts';
import { type StopReason, stopExitCode } from '../runtime/stopping.ts';
import { defineCommand } from './command.ts';

/** `npm start`: resolves when the preview was stopped and has closed. */
export const startCommand = defineCommand({
  help: {
    usage: 'npm start',
    summary:
      'Bygger arkivet och visar det på http://127.0.0.1:8080/. Sidorna byggs om och laddas om när du sparar i minutes/ eller templates/; fel visas i terminalen och i en ruta på sidan. Avsluta med Ctrl+C. PORT, HOST, PATH_PREFIX och SITE_URL ändrar standardvärdena.',
  },
  options: {},
  async run({ env, output, onStop }) {
    const host = env.HOST?.trim() || '127.0.0.1';
    const port = parsePort(env.PORT, 8080);
    if (typeof port === 'string') {
      output.log(port);
      return 1;
    }

    let preview: Preview;
    try {
      const mode = env.REDAKTION?.trim().toLowerCase();
      const redaktion = mode === 'git' ? 'git' : mode === 'av' || mode === 'nej' ? false : 'fs';
      preview = await startPreview({ deploy: deploymentFromEnv(env), host, port, redaktion, log: (line) => output.log(line) });
    } catch (failure) {
      const message = listenFailureMessage(failure, host, port);
      if (!message) throw failure;
      output.log(message);
      return 1;
    }
    const stopped = new Promise<StopReason>((resolve) => onStop(resolve));
    const first = await Promise.race([preview.ready.then(() => undefined), stopped]);
    if (first === undefined) {
      output.log(`Förhandsvisning: ${preview.url} (avsluta med Ctrl+C). Sidorna byggs om när du sparar i minutes/ eller templates/.`);
    }
    const reason = first ?? (await stopped);
    output.log('Stänger förhandsvisningen …');
    await preview.close().catch(() => undefined);
    return stopExitCode(reason);
  },
});
