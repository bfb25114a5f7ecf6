/** The process of `npm run new`: runs {@link newCommand} (`../new.ts`) as this process. */
import { newCommand } from '../new.ts';
import { runMain } from '../run.ts';

await runMain(newCommand);
