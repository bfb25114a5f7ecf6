/**
 * Serves a folder with the preview server in a process of its own, for tests
 * that must see whether the server survives: `node --import tsx
 * test/dev/serve-site.ts <site> [--live]`. Prints `URL <url>` when listening.
 */
import { startServer } from '../../src/dev/serve.ts';

const [siteDir, flag] = process.argv.slice(2);
const server = await startServer({ siteDir: siteDir!, port: 0, liveReload: flag === '--live' });
console.log(`URL ${server.url}`);
