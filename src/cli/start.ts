/**
 * `npm start`: builds the site, serves it on http://127.0.0.1:8080/ with live
 * reload, and rebuilds when a file in minutes/ or templates/ changes (see
 * `src/dev/preview.ts`). `PORT`, `HOST`, `PATH_PREFIX` and `SITE_URL` change
 * the defaults.
 */
import { deploymentFromEnv } from '../core/urls.ts';
import { startPreview } from '../dev/preview.ts';

const preview = await startPreview({
  deploy: deploymentFromEnv(process.env),
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 8080),
});
console.log(`Förhandsvisning: ${preview.url} (avsluta med Ctrl+C). Sidorna byggs om när du sparar i minutes/ eller templates/.`);
