/** A worker for the runWorker tests: ends without answering. */
export {};
