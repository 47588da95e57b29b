/** The data every comparison uses, shared by the fake's process and the bench. */

/** The artifact: many small files and a few large ones. */
export const ARTIFACT = {
  name: 'bench/p/data:v0',
  smallFiles: 1000,
  smallSize: 64 * 1024,
  largeFiles: 4,
  largeSize: 64 * 1024 * 1024,
  get totalBytes(): number {
    return this.smallFiles * this.smallSize + this.largeFiles * this.largeSize;
  },
  get fileCount(): number {
    return this.smallFiles + this.largeFiles;
  },
} as const;

/** The run listing: this many runs, of which 2 config and 2 summary keys are read. */
export const RUNS = { count: 10_000, path: 'demo-user/p', config: ['c1', 'c2'], summary: ['s1', 's2'] } as const;

/** Latency the fake adds to every request, in milliseconds. */
export const LATENCY_MS = 20;
