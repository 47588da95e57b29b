/**
 * Artifact downloads in a plain Node process when the file writer's thread is not there as
 * usual. `MODE=no-workers`: `worker_threads` cannot start a thread at all. `MODE=worker-fails`:
 * threads start, but fail before running the writer's source, as in a runtime that cannot run it.
 * `MODE=worker-stops`: the writer thread is terminated while the large file is being written. Downloads every
 * file of an artifact from a fake served over HTTP, then one whose stored bytes were changed, and
 * prints one JSON object: what matched, what was thrown, what was left behind.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { Api } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { filesUnder, freshDir, removeDirs } from '../../support/folders';
import { printResultOf, withoutWorkerThreads } from '../../support/script';

const mode = process.env.MODE;
// The module object itself, whose exports can be replaced (an import's namespace is read-only).
const threads = createRequire(__filename)('node:worker_threads') as { Worker: typeof Worker };
const started: Worker[] = [];
const RealWorker = threads.Worker;
if (mode === 'no-workers') {
  withoutWorkerThreads();
} else {
  threads.Worker = class CountedWorker extends RealWorker {
    constructor(...args: ConstructorParameters<typeof RealWorker>) {
      if (mode === 'worker-fails') super('throw new Error("this runtime cannot run it")', { eval: true });
      else super(...args);
      started.push(this);
    }
  };
  syncBuiltinESMExports();
}

const FILES: Record<string, Uint8Array> = {
  'small.bin': randomBytes(64 * 1024),
  'medium.bin': randomBytes(3 * 1024 * 1024 + 17),
  'large/a.bin': randomBytes(12 * 1024 * 1024 + 5),
  'empty.txt': new Uint8Array(0),
};

async function main(): Promise<Record<string, unknown>> {
  const fake = createFakeWandb({ seed: 'empty' });
  const record = fake.seed.artifact({ project: 'p', name: 'data', files: FILES });
  const server = await fake.listen({ port: 0 });
  const api = new Api({ baseUrl: server.url, apiKey: fake.apiKey, env: {}, retries: 2 });
  const out: Record<string, unknown> = {};
  try {
    const root = freshDir('wandb-api-writer-');
    let stoppedAt: number | undefined;
    await (
      await api.artifact('demo-user/p/data:v0')
    ).download({
      root,
      cacheDir: null,
      concurrency: 1,
      onProgress: (p) => {
        // Halfway through the large file, the writer thread goes away.
        if (mode === 'worker-stops' && stoppedAt === undefined && p.bytesDone > 8 * 1024 * 1024) {
          stoppedAt = started.length;
          for (const worker of started) void worker.terminate();
        }
      },
    });
    out.files = filesUnder(root);
    out.same = Object.entries(FILES).every(([path, bytes]) => Buffer.compare(readFileSync(join(root, path)), Buffer.from(bytes)) === 0);
    // One thread per spare core, at most four; after a stop, new ones.
    out.threads =
      mode === 'no-workers' || mode === 'worker-fails'
        ? started.length
        : started.length >= 1 && started.length <= 4 + (stoppedAt ?? 0)
          ? 'some'
          : started.length;
    if (stoppedAt !== undefined) out.startedAfterTheStop = started.length > stoppedAt;
    const largeHex = Buffer.from(record.contents['large/a.bin']!.digest, 'base64').toString('hex');
    out.largeFileGets = fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith(`/storage/${largeHex}`)).length;

    // Stored bytes changed at the same size: nothing of the file may be left.
    for (const path of ['small.bin', 'large/a.bin']) {
      const wrong = Buffer.from(FILES[path] as Uint8Array);
      wrong.writeUInt8(wrong.readUInt8(wrong.length >> 1) ^ 0xff, wrong.length >> 1);
      const hex = Buffer.from(record.contents[path]!.digest, 'base64').toString('hex');
      const blob = fake.store.blobs.get(hex)!;
      const right = blob.bytes;
      blob.bytes = wrong;
      const bad = freshDir('wandb-api-writer-');
      const error = await (await api.artifact('demo-user/p/data:v0')).download({ root: bad, cacheDir: null, concurrency: 1 }).then(
        () => undefined,
        (e: Error) => e,
      );
      blob.bytes = right;
      out[`mismatch ${path}`] = { error: error?.name, left: filesUnder(bad).filter((f) => f === path || f.endsWith('.part')) };
    }
  } finally {
    removeDirs();
    await server.close();
  }
  return out;
}

printResultOf(main);
