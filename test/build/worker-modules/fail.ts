/** A worker for the runWorker tests: throws before it answers. */
throw new Error('trasigt dokument');
