import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs scripts/file-limit.ts in a plain Node process under a 512 KiB file size limit; its last
 * line of output, parsed. The shell's `ulimit -f` counts 1,024-byte blocks.
 */
async function run(mode: string): Promise<Record<string, unknown>> {
  const script = join(__dirname, 'scripts', 'file-limit.ts');
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      '/bin/sh',
      ['-c', 'ulimit -f 512 && exec "$0" "$@"', process.execPath, require.resolve('tsx/cli'), script],
      { env: { ...process.env, MODE: mode }, timeout: 50_000 },
      (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
    ),
  );
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

/** Each download fails once with the system's code, is not fetched again, and leaves nothing. */
const failsOnce = {
  batched: { error: { name: 'FileWriteError', code: 'EFBIG', path: 'big.bin' }, gets: 1, left: [] },
  whole: { error: { name: 'FileWriteError', code: 'EFBIG', path: 'whole.bin' }, gets: 1, left: [] },
  runFile: { error: { name: 'FileWriteError', code: 'EFBIG', path: 'model.bin' }, gets: 1, left: [] },
};

describe('downloads where the disk refuses a write (a file size limit)', () => {
  it('throw FileWriteError once, without fetching again, from the writer thread', async () => {
    expect(await run('normal')).toEqual(failsOnce);
  }, 60_000);

  it('throw the same FileWriteError where the writer runs on the main thread', async () => {
    expect(await run('no-workers')).toEqual(failsOnce);
  }, 60_000);
});
