/** A worker that throws before it answers (it cannot load): for the runWorker and WorkerPool tests. */
throw new Error('trasigt dokument');
