/**
 * Artifact download: 1,000 × 64 KB + 4 × 64 MB files from the fake over HTTP with 20 ms added to
 * every request. The SDK's `artifact.download()` (manifest, URL listing, parallel streaming with
 * MD5 and size checks, temporary file and rename) against a floor of plain parallel `fetch`es of
 * the same files at the same concurrency (bodies read and dropped: no checks, no disk), and the
 * re-download of the complete artifact into the same folder. Downloads go to the system's
 * temporary folder (disk) and, where there is one, to a memory-backed folder (`/dev/shm`), which
 * shows the SDK's own cost without the disk's. The runs of the variants are interleaved and each
 * figure is the fastest of five, so that load from other processes on the machine affects them
 * alike and as little as possible.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peakRss, printTable, startFake, timed } from './lib';

const SMALL_FILES = 1000;
const SMALL_SIZE = 64 * 1024;
const LARGE_FILES = 4;
const LARGE_SIZE = 64 * 1024 * 1024;
const LATENCY_MS = 20;
const RUNS = 5;

/** Fetches every URL with at most `concurrency` at once, reading each body to the end. */
async function rawFloor(urls: readonly string[], concurrency: number): Promise<number> {
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++] as string;
      const response = await fetch(url);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.length;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return bytes;
}

export default async function artifactsBench(): Promise<void> {
  const bench = await startFake({ latencyMs: 0 });
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < SMALL_FILES; i++) files[`small/${String(i).padStart(4, '0')}.bin`] = randomBytes(SMALL_SIZE);
  for (let i = 0; i < LARGE_FILES; i++) files[`large/${i}.bin`] = new Uint8Array(LARGE_SIZE).fill(i + 1);
  const totalBytes = SMALL_FILES * SMALL_SIZE + LARGE_FILES * LARGE_SIZE;
  bench.fake.seed.artifact({ entity: 'bench', project: 'p', name: 'data', files });
  bench.fake.latencyMs = LATENCY_MS;

  const places: Array<[string, string]> = [['disk', mkdtempSync(join(tmpdir(), 'wandb-api-bench-'))]];
  if (existsSync('/dev/shm')) places.push(['memory', mkdtempSync('/dev/shm/wandb-api-bench-')]);
  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const concurrency of [16, 64]) {
      const api = bench.api({ maxConcurrency: concurrency, timeout: 600_000 });
      const listed = await api.artifact('bench/p/data:v0');
      const urls = (await listed.files({ perPage: 5000 }).toArray()).map((f) => f.directUrl);
      const best: Record<string, number> = {};
      const keep = (name: string, ms: number) => (best[name] = Math.min(best[name] ?? Infinity, ms));
      let rss = '';
      let fileGets = 0;
      for (let run = 0; run < RUNS; run++) {
        const floor = await peakRss(() =>
          timed(async () => {
            const bytes = await rawFloor(urls, concurrency);
            if (bytes !== totalBytes) throw new Error(`the floor read ${bytes} bytes, expected ${totalBytes}`);
          }),
        );
        keep('floor', floor.result.ms);
        for (const [place, dir] of places) {
          const root = join(dir, `c${concurrency}`);
          const download = await peakRss(async () => {
            const artifact = await api.artifact('bench/p/data:v0');
            return timed(() => artifact.download({ root, concurrency }));
          });
          keep(place, download.result.ms);
          if (place === 'disk') {
            if (run === 0) rss = `${floor.peakMiB.toFixed(0)} / ${download.peakMiB.toFixed(0)}`;
            const before = bench.fake.requests.length;
            const artifact = await api.artifact('bench/p/data:v0');
            keep('again', (await timed(() => artifact.download({ root, concurrency }))).ms);
            fileGets += bench.fake.requests
              .slice(before)
              .filter((r) => r.path.startsWith('/storage/') && !r.path.endsWith('/wandb_manifest.json')).length;
          }
          rmSync(root, { recursive: true, force: true });
        }
      }
      const row: Record<string, string | number> = { concurrency, 'fetch floor (s)': best.floor! / 1000 };
      for (const [place] of places) {
        row[`download, ${place} (s)`] = best[place]! / 1000;
        row[`${place} / floor`] = best[place]! / best.floor!;
      }
      row['re-download (s)'] = best.again! / 1000;
      row['re-download file GETs'] = fileGets;
      row['RSS growth floor / download (MiB)'] = rss;
      rows.push(row);
    }
  } finally {
    for (const [, dir] of places) rmSync(dir, { recursive: true, force: true });
    await bench.close();
  }
  printTable(
    `Artifact download: ${SMALL_FILES} × 64 KB + ${LARGE_FILES} × 64 MB (${(totalBytes / 2 ** 20).toFixed(0)} MiB) over HTTP, ${LATENCY_MS} ms per request, fastest of ${RUNS}`,
    rows,
  );
}
