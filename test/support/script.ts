import { createRequire, syncBuiltinESMExports } from 'node:module';
import type { Worker } from 'node:worker_threads';

/**
 * The end of a test script run in a plain process: its result printed as one JSON line for the
 * test to parse, or the error on stderr and exit code 1.
 */
export function printResultOf(main: () => Promise<Record<string, unknown>>): void {
  main().then(
    (out) => console.log(JSON.stringify(out)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * Makes `worker_threads` unable to start a thread, as in a runtime without them: the file writer
 * then works on the main thread. Call it before the first download.
 */
export function withoutWorkerThreads(): void {
  const threads = createRequire(__filename)('node:worker_threads') as { Worker: typeof Worker };
  threads.Worker = function NoWorker() {
    throw new Error('worker threads are not available here');
  } as unknown as typeof Worker;
  syncBuiltinESMExports();
}
