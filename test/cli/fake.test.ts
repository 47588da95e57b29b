import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBin, runCli, startCli, waitForOutput } from './helpers';

beforeAll(() => void cliBin(), 60_000);

describe('wandb-api fake', () => {
  it('serves the fake with the options of wandb-api-fake, and stops on SIGTERM with exit 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wandb-api-fake-'));
    try {
      const seed = join(dir, 'seed.json');
      await writeFile(seed, JSON.stringify({ projects: [{ name: 'extra' }] }));
      const key = '0123456789012345678901234567890123456789';
      const started = startCli(['fake', '--port', '0', '--seed', 'empty', '--seed', seed, '--api-key', key, '--username', 'lin'], { input: false });
      const output = await waitForOutput(started, (out) => /WANDB_API_KEY=\S+\n/.test(out));
      const url = /WANDB_BASE_URL=(\S+)/.exec(output)![1]!;
      expect(output).toBe(`fake W&B listening on ${url}\nWANDB_BASE_URL=${url}\nWANDB_API_KEY=${key}\n`);

      const env = { WANDB_BASE_URL: url, WANDB_API_KEY: key };
      expect(JSON.parse((await runCli(['whoami', '--json'], { env })).stdout)).toMatchObject({ username: 'lin' });
      expect((await runCli(['projects', 'lin', '--format', 'csv'], { env })).stdout).toMatch(/^entity,name,created,description\nlin,extra,/);

      started.child.kill('SIGTERM');
      const result = await started.result;
      expect(result.code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses bad options with exit 2', async () => {
    const badRate = await runCli(['fake', '--rate-limit', 'fast']);
    expect(badRate.code).toBe(2);
    expect(badRate.stderr).toBe('wandb-api: --rate-limit must look like 100 or 100/1000 (requests per milliseconds), got fast\n');
    const badSeed = await runCli(['fake', '--seed', join(tmpdir(), 'no-such-seed.json')]);
    expect(badSeed.code).toBe(2);
    expect(badSeed.stderr).toMatch(/^wandb-api: --seed .*no-such-seed\.json: cannot read it \(ENOENT\); give demo, empty or a JSON file\n$/);
    const badPort = await runCli(['fake', '--port', '70000']);
    expect(badPort.code).toBe(2);
    const badCompilation = await runCli(['fake', '--compile-queries', 'sometimes']);
    expect(badCompilation.code).toBe(2);
    expect(badCompilation.stderr).toBe('wandb-api: --compile-queries must be auto, always or never, got sometimes\n');
  });
});
