/** The process of `npm start`: runs {@link startCommand} (`../start.ts`) as this process. */
import { startCommand } from '../start.ts';
import { runMain } from '../run.ts';

await runMain(startCommand);
