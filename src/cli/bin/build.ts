/** The process of `npm run build`: runs {@link buildCommand} (`../build.ts`) as this process. */
import { buildCommand } from '../build.ts';
import { runMain } from '../run.ts';

await runMain(buildCommand);
