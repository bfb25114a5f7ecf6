/** A worker for the runWorker tests: takes memory until its cap stops it. */
const held: number[][] = [];
for (;;) held.push(Array.from({ length: 100_000 }, (_, i) => i));
