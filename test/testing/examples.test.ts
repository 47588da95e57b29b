/**
 * Runs examples/testing/fake-server.sh (curl against the fake's HTTP server, seeded from the
 * example seed file) with curl, and with a stand-in for curl so the same
 * requests are exercised on a machine without curl.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeWandb, type FakeSeedData, type FakeServer } from 'wandb-api/testing';

const root = join(__dirname, '..', '..');
let server: FakeServer;
let baseUrl: string;
let dir: string;
let shim: string;

function hasCurl(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v curl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fake-example-'));
  shim = join(dir, 'curl');
  await copyFile(join(root, 'test/support/curl.cjs'), shim);
  await chmod(shim, 0o755);
  // The same as `npx wandb-api-fake --port 0 --seed examples/testing/seed.json`, in process to
  // save a start-up (the bin with a seed file has its own test).
  const seed = JSON.parse(await readFile(join(root, 'examples/testing/seed.json'), 'utf8')) as FakeSeedData;
  server = await createFakeWandb({ seed }).listen({ port: 0 });
  baseUrl = server.url;
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

function runScript(curl: string | undefined, url = baseUrl): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, WANDB_BASE_URL: url, ...(curl ? { CURL: curl } : {}) };
  delete env.WANDB_API_KEY;
  return new Promise((resolve) => {
    execFile('bash', [join(root, 'examples/testing/fake-server.sh')], { env, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

function expectAllPassed(result: { code: number; output: string }): void {
  expect(result.output).not.toContain('not ok');
  expect(result.output.match(/^ok - /gm)).toHaveLength(12);
  expect(result.output).toContain('all checks passed');
  expect(result.code).toBe(0);
}

describe('examples/testing/fake-server.sh', () => {
  it(`passes with ${hasCurl() ? 'curl' : 'the curl stand-in (curl is not installed)'}`, async () => {
    expectAllPassed(await runScript(hasCurl() ? undefined : shim));
  });

  it('passes with the curl stand-in, the same requests without curl', async () => {
    expectAllPassed(await runScript(shim));
  });

  it('fails, naming the check, when the server answers differently', async () => {
    const other = createFakeWandb({ seed: 'demo' });
    const server = await other.listen({ port: 0 });
    try {
      const result = await runScript(hasCurl() ? undefined : shim, server.url);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('not ok - the highest accuracy in seed.json is cnn-2');
    } finally {
      await server.close();
    }
  });
});
