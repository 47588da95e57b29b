import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Api, AuthenticationError } from 'wandb-api';
import { createFakeWandb, type FakeServer, type FakeWandb } from 'wandb-api/testing';
import { cliBin, emptyHome, runCli, startCliInPty, waitForOutput } from './helpers';

const KEY = 'a1b2c3d4e5a1b2c3d4e5a1b2c3d4e5a1b2c3d4e5';
let fake: FakeWandb;
let server: FakeServer;
let machine: string;

beforeAll(async () => {
  cliBin();
  fake = createFakeWandb({ apiKey: KEY, username: 'grace' });
  server = await fake.listen({ port: 0 });
  machine = new URL(server.url).host;
}, 60_000);

afterAll(() => server?.close());

let home: string;
let removeHome: () => Promise<void>;
beforeEach(async () => {
  ({ home, remove: removeHome } = await emptyHome());
});
afterEach(() => removeHome());

const cli = (args: string[], input?: string, extra: Record<string, string> = {}) =>
  runCli(args, { env: { HOME: home, WANDB_BASE_URL: server.url, ...extra }, ...(input !== undefined ? { input } : {}) });

describe('login', () => {
  it('checks the key with the server, writes the netrc as `wandb login` does, and the SDK then reads it', async () => {
    const result = await cli(['login', '--key', '-'], `${KEY}\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Logged in to ${server.url} as grace; key saved in ~/.netrc\n`);
    // Byte for byte what wandb 0.30.0's write_netrc_auth writes into a new file, readable by its owner only.
    expect(await readFile(join(home, '.netrc'), 'utf8')).toBe(`machine ${machine}\n  login user\n  password ${KEY}\n`);
    expect((await stat(join(home, '.netrc'))).mode & 0o777).toBe(0o600);

    const viewer = await new Api({ baseUrl: server.url, env: { HOME: home } }).viewer();
    expect(viewer.username).toBe('grace');
    const whoami = await cli(['whoami', '--json']);
    expect(JSON.parse(whoami.stdout)).toMatchObject({ username: 'grace', host: server.url });
  });

  it("replaces only the server's entry of an existing netrc, as `wandb login` does", async () => {
    const before =
      '# my machines\nmachine github.com\n  login me\n  password gh\n\n' +
      `machine ${machine}\n  login user\n  password oldkeyoldkeyoldkeyoldkeyoldkeyoldkeyoldk\n` +
      'machine api.wandb.ai login user password cloudkey\ndefault login anon password x\n';
    await writeFile(join(home, '.netrc'), before, { mode: 0o640 });
    expect((await cli(['login', '--key', '-'], KEY)).code).toBe(0);
    // What wandb 0.30.0 writes for the same file: the old entry dropped, every other line kept, the new entry last.
    expect(await readFile(join(home, '.netrc'), 'utf8')).toBe(
      '# my machines\nmachine github.com\n  login me\n  password gh\n\n' +
        'machine api.wandb.ai login user password cloudkey\ndefault login anon password x\n' +
        `machine ${machine}\n  login user\n  password ${KEY}\n`,
    );
    expect((await stat(join(home, '.netrc'))).mode & 0o777).toBe(0o640);
  });

  it('writes the file NETRC names, and keeps a file without a final newline whole', async () => {
    const netrc = join(home, 'conf', 'netrc');
    await mkdir(join(home, 'conf'));
    await writeFile(netrc, 'machine example.com login a password b');
    expect((await cli(['login', '--key', '-'], KEY, { NETRC: netrc })).code).toBe(0);
    expect(await readFile(netrc, 'utf8')).toBe(`machine example.com login a password b\nmachine ${machine}\n  login user\n  password ${KEY}\n`);
  });

  it('saves nothing when the server refuses the key, and never prints it', async () => {
    const wrong = 'ffffeeeeddddccccbbbbaaaa0000111122223333';
    const result = await cli(['login', '--key', '-', '--debug'], wrong);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`wandb-api: AuthenticationError: ${machine} refused the API key; nothing was saved`);
    expect(result.stdout + result.stderr).not.toContain(wrong);
    await expect(stat(join(home, '.netrc'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses what is not a key, a key given as an argument, and a missing terminal (exit 2)', async () => {
    const short = await cli(['login', '--key', '-'], 'abc123');
    expect(short.code).toBe(2);
    expect(short.stderr).toBe('wandb-api: Not a W&B API key: an API key has 40 or more characters, this one has 6\n');
    const literal = await cli(['login', '--key', KEY]);
    expect(literal.code).toBe(2);
    expect(literal.stderr).toMatch(/^wandb-api: a key on the command line is visible/);
    expect(literal.stderr).not.toContain(KEY);
    const noTerminal = await cli(['login']);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toMatch(/no terminal to ask for the API key on: pipe it in with --key -/);
    await expect(stat(join(home, '.netrc'))).rejects.toThrow(/ENOENT/);
  });

  it('asks for the key at a prompt that does not echo it', async () => {
    const started = startCliInPty(['login'], { env: { HOME: home, WANDB_BASE_URL: server.url }, input: false });
    await waitForOutput(started, (out) => out.includes('API key (hidden): '));
    started.child.stdin.write(`${KEY}\r`);
    const result = await started.result;
    started.child.stdin.end();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Find your API key at ${new URL(server.url).origin}/authorize`);
    expect(result.stdout).toContain(`Logged in to ${server.url} as grace`);
    expect(result.stdout).not.toContain(KEY);
    expect(await readFile(join(home, '.netrc'), 'utf8')).toContain(`password ${KEY}\n`);
  });

  it('with --host, saves the server as base_url for later commands, as `wandb login --host` does', async () => {
    const result = await runCli(['login', '--host', server.url, '--key', '-', '--json'], { env: { HOME: home }, input: KEY });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ host: server.url, username: 'grace', netrc: join(home, '.netrc') });
    expect(await readFile(join(home, '.config', 'wandb', 'settings'), 'utf8')).toBe(`[default]\nbase_url = ${server.url}\n\n`);
    const whoami = await runCli(['whoami', '--json'], { env: { HOME: home } });
    expect(JSON.parse(whoami.stdout)).toMatchObject({ username: 'grace', host: server.url });
  });
});

describe('logout', () => {
  it("removes the server's entry and keeps the others", async () => {
    await writeFile(join(home, '.netrc'), `machine other.example\n  password keep\nmachine ${machine}\n  login user\n  password ${KEY}\n`);
    const result = await cli(['logout']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Removed the key for ${machine} from ~/.netrc\n`);
    expect(await readFile(join(home, '.netrc'), 'utf8')).toBe('machine other.example\n  password keep\n');
    await expect(new Api({ baseUrl: server.url, env: { HOME: home } }).viewer()).rejects.toBeInstanceOf(AuthenticationError);
    const again = await cli(['logout', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ host: server.url, removed: false, netrc: null });
  });
});
