/** The process of `npm run import`: runs {@link importCommand} (`../import.ts`) as this process. */
import { importCommand } from '../import.ts';
import { runMain } from '../run.ts';

await runMain(importCommand);
