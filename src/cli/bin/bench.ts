/** The process of `npm run bench`: runs {@link benchCommand} (`../bench.ts`) as this process. */
import { benchCommand } from '../bench.ts';
import { runMain } from '../run.ts';

await runMain(benchCommand);
