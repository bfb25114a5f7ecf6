/** A worker for the runWorker tests: never answers, and keeps its thread busy. */
for (;;) {
  // Busy, as a parser stuck in a broken document would be.
}
