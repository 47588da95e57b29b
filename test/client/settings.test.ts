import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Api, AuthenticationError, InvalidArgumentError, SDK_VERSION } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { parseNetrc } from '../../src/client/netrc';
import { rejectionOf } from '../support/promises';
import pkg from '../../package.json';

function netrcFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wandb-api-netrc-'));
  const file = join(dir, '.netrc');
  writeFileSync(file, text);
  return file;
}

type Options = NonNullable<ConstructorParameters<typeof Api>[0]>;

/** An Api on the fake's in-process fetch that records the headers of every request. */
function recordingApi(options: (fake: ReturnType<typeof createFakeWandb>) => Options) {
  const fake = createFakeWandb();
  const seen: Array<{ url: string; headers: Headers }> = [];
  const api = new Api({
    baseUrl: fake.baseUrl,
    ...options(fake),
    fetch: (input, init) => {
      seen.push({ url: String(input), headers: new Headers(init?.headers) });
      return fake.fetch(input, init);
    },
  });
  return { fake, api, seen };
}

describe('settings', () => {
  it('takes the apiKey option over WANDB_API_KEY and netrc', () => {
    const file = netrcFile('machine api.wandb.ai login user password netrc-key');
    const api = new Api({ apiKey: 'option-key', env: { WANDB_API_KEY: 'env-key' }, netrcPath: file });
    return expect(api.settings.apiKey()).resolves.toBe('option-key');
  });

  it('takes WANDB_API_KEY over netrc', () => {
    const file = netrcFile('machine api.wandb.ai login user password netrc-key');
    return expect(new Api({ env: { WANDB_API_KEY: 'env-key' }, netrcPath: file }).settings.apiKey()).resolves.toBe('env-key');
  });

  it('reads the netrc entry of the base URL host, with its port when it has one', async () => {
    const file = netrcFile(
      'machine other.example login user password wrong\nmachine localhost:8080 login user password with-port\nmachine localhost login user password without-port\n',
    );
    await expect(new Api({ baseUrl: 'http://localhost:8080', env: {}, netrcPath: file }).settings.apiKey()).resolves.toBe('with-port');
    await expect(new Api({ baseUrl: 'http://localhost:9090', env: {}, netrcPath: file }).settings.apiKey()).resolves.toBe('without-port');
  });

  it('says which netrc has no entry for the host when no key is found', async () => {
    const file = netrcFile('machine elsewhere.example login user password k');
    const error = await rejectionOf(new Api({ env: {}, netrcPath: file }).settings.apiKey());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain(file);
    expect(error.message).toContain('api.wandb.ai');
  });

  it('takes the later of two entries for the same machine, as Python does', async () => {
    const file = netrcFile('machine api.wandb.ai login user password old-key\nmachine api.wandb.ai login user password new-key\n');
    await expect(new Api({ env: {}, netrcPath: file }).settings.apiKey()).resolves.toBe('new-key');
  });

  it('falls back to the default entry, and never to a machine that only looks like the host', async () => {
    const file = netrcFile(
      'machine api.wandb.ai.evil.example password evil-1\nmachine wandb.ai password evil-2\nmachine API.WANDB.AI\npassword evil-3\ndefault login user password fallback-key\n',
    );
    await expect(new Api({ env: {}, netrcPath: file }).settings.apiKey()).resolves.toBe('fallback-key');
  });

  it('skips commented-out entries and reads quoted values', async () => {
    const file = netrcFile(
      '# machine api.wandb.ai login user password commented-key\r\nmachine\tapi.wandb.ai\r\n  login "user"\r\n  password \'quoted-key\'  # the current one\r\n',
    );
    await expect(new Api({ env: {}, netrcPath: file }).settings.apiKey()).resolves.toBe('quoted-key');
  });

  it('skips a machine entry without a password, saying which file has no key for the host', async () => {
    const file = netrcFile('machine api.wandb.ai login user\n');
    const error = await rejectionOf(new Api({ env: {}, netrcPath: file }).settings.apiKey());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain(`${file} has no entry for machine api.wandb.ai`);
  });

  it('reads the file NETRC names, with ~ as the home folder', async () => {
    const file = netrcFile('machine api.wandb.ai password from-netrc-env');
    await expect(new Api({ env: { NETRC: file } }).settings.apiKey()).resolves.toBe('from-netrc-env');
    await expect(new Api({ env: { NETRC: `~/${basename(file)}`, HOME: dirname(file) } }).settings.apiKey()).resolves.toBe('from-netrc-env');
  });

  it('reads ~/_netrc when there is no ~/.netrc, as on Windows', async () => {
    const home = mkdtempSync(join(tmpdir(), 'wandb-api-home-'));
    writeFileSync(join(home, '_netrc'), 'machine api.wandb.ai password underscore-key');
    await expect(new Api({ env: { HOME: home } }).settings.apiKey()).resolves.toBe('underscore-key');
    writeFileSync(join(home, '.netrc'), 'machine api.wandb.ai password dot-key');
    await expect(new Api({ env: { HOME: home } }).settings.apiKey()).resolves.toBe('dot-key');
  });

  it('says clearly when the netrc file cannot be read, without showing any password in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wandb-api-netrc-'));
    const error = await rejectionOf(new Api({ env: {}, netrcPath: dir }).settings.apiKey());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/netrc file could not be read/);
    expect(error.message).toContain(dir);
  });

  it('fails a call without any key before sending anything', async () => {
    const { api, seen } = recordingApi(() => ({ env: {}, netrcPath: join(tmpdir(), 'no-such-netrc-file') }));
    const error = await rejectionOf(api.viewer());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/No API key/);
    expect(seen).toHaveLength(0);
  });

  it('uses WANDB_BASE_URL, WANDB_ENTITY and WANDB_PROJECT', () => {
    const api = new Api({ env: { WANDB_API_KEY: 'k', WANDB_BASE_URL: 'http://localhost:8080/', WANDB_ENTITY: 'team', WANDB_PROJECT: 'proj' } });
    expect(api.settings).toMatchObject({ baseUrl: 'http://localhost:8080', entity: 'team', project: 'proj' });
  });

  it('prefers options over the environment for base URL, entity and project', () => {
    const api = new Api({
      apiKey: 'k',
      baseUrl: 'https://wandb.example.com/graphql',
      entity: 'mine',
      project: 'p1',
      env: { WANDB_BASE_URL: 'http://localhost:8080', WANDB_ENTITY: 'team', WANDB_PROJECT: 'proj' },
    });
    expect(api.settings).toMatchObject({ baseUrl: 'https://wandb.example.com', entity: 'mine', project: 'p1' });
  });

  it('defaults to api.wandb.ai and a 60 s timeout, or WANDB_HTTP_TIMEOUT seconds', () => {
    expect(new Api({ apiKey: 'k', env: {} }).settings).toMatchObject({ baseUrl: 'https://api.wandb.ai', timeout: 60_000 });
    expect(new Api({ apiKey: 'k', env: { WANDB_HTTP_TIMEOUT: '5' } }).settings.timeout).toBe(5000);
  });

  it.each([
    [{ baseUrl: 'not a url' }, 'baseUrl'],
    [{ baseUrl: 'ftp://host' }, 'baseUrl'],
    [{ baseUrl: 'https://user:pw@host' }, 'baseUrl'],
    [{ timeout: -1 }, 'timeout'],
    [{ timeout: Number.NaN }, 'timeout'],
    [{ retries: 1.5 }, 'retries'],
    [{ maxConcurrency: 0 }, 'maxConcurrency'],
  ])('rejects the option %p with an InvalidArgumentError', (options, argument) => {
    let thrown: unknown;
    try {
      new Api({ apiKey: 'k', env: {}, ...(options as object) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidArgumentError);
    expect((thrown as InvalidArgumentError).argument).toBe(argument);
  });

  it('refuses a key that cannot go into a header, without echoing it', () => {
    let thrown: unknown;
    try {
      new Api({ apiKey: 'abc def\nsecret-part', env: {} });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AuthenticationError);
    expect(String((thrown as Error).message)).not.toContain('secret-part');
  });

  it('sends HTTP Basic api:<key> and a User-Agent to the W&B origin', async () => {
    const { fake, api, seen } = recordingApi((f) => ({ apiKey: f.apiKey, env: {} }));
    await api.viewer();
    const headers = seen[0]?.headers;
    expect(headers?.get('authorization')).toBe(`Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}`);
    expect(headers?.get('user-agent')).toBe(`wandb-api/${SDK_VERSION}`);
    expect(headers?.get('user-agent')).toBe(api.userAgent);
    expect(seen[0]?.url).toBe(`${fake.baseUrl}/graphql`);
  });

  it("api.userAgent is the User-Agent sent, the headers option's when it gives one", async () => {
    const { api, seen } = recordingApi((f) => ({ apiKey: f.apiKey, env: {}, headers: { 'User-Agent': 'my-tool/2' } }));
    expect(api.userAgent).toBe('my-tool/2');
    await api.viewer();
    expect(seen[0]?.headers.get('user-agent')).toBe('my-tool/2');
  });

  it('sends extra headers from the options', async () => {
    const { api, seen } = recordingApi((f) => ({ apiKey: f.apiKey, env: {}, headers: { 'x-team': 'ml' } }));
    await api.viewer();
    expect(seen[0]?.headers.get('x-team')).toBe('ml');
  });

  it('keeps SDK_VERSION equal to the package version', () => {
    expect(SDK_VERSION).toBe(pkg.version);
  });
});

describe('parseNetrc', () => {
  it('reads entries split over lines, the default entry, and skips macdef bodies', () => {
    const entries = parseNetrc('machine a\n  login x\n  password p1\nmacdef init\ncd /tmp\n\ndefault login y password p2\n');
    expect(entries).toEqual([
      { machine: 'a', login: 'x', password: 'p1' },
      { machine: '', login: 'y', password: 'p2' },
    ]);
  });

  it('keeps a # inside a value, and reads a value on the line after its keyword', () => {
    expect(parseNetrc('machine h\npassword\n#not-a-comment\n')).toEqual([{ machine: 'h', password: '#not-a-comment' }]);
    expect(parseNetrc('machine h login u password "a \\"b\\" c"')).toEqual([{ machine: 'h', login: 'u', password: 'a "b" c' }]);
  });
});
