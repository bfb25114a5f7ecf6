/** The process of `npm run check`: runs {@link checkCommand} (`../check.ts`) as this process. */
import { checkCommand } from '../check.ts';
import { runMain } from '../run.ts';

await runMain(checkCommand);
