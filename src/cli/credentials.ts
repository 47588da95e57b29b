import { chmod, mkdir, readFile, rename, stat, unlink, writeFile, realpath } from 'node:fs/promises';
import { homedir, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_BASE_URL, InvalidArgumentError } from '../index';

/** The environment the credential files are found from. */
export type Env = Readonly<Record<string, string | undefined>>;

function home(env: Env): string {
  return env.HOME || homedir();
}

function expandUser(path: string, env: Env): string {
  return path === '~' || path.startsWith('~/') ? join(home(env), path.slice(1)) : path;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The netrc file `wandb login` writes: `NETRC`, else `~/.netrc` or `~/_netrc` when one exists,
 * else the platform's usual name.
 */
export async function netrcPath(env: Env): Promise<string> {
  if (env.NETRC) return expandUser(env.NETRC, env);
  const unix = join(home(env), '.netrc');
  const windows = join(home(env), '_netrc');
  if (await exists(unix)) return unix;
  if (await exists(windows)) return windows;
  return platform() === 'win32' ? windows : unix;
}

/** Quotes a word for a POSIX shell only when it needs it, as Python's `shlex.quote` does. */
export function shellQuote(word: string): string {
  if (word === '') return "''";
  if (!/[^\w@%+=:,./-]/.test(word)) return word;
  return `'${word.replace(/'/g, `'"'"'`)}'`;
}

/** The words of a line as a POSIX shell splits them, or `undefined` when a quote is left open. */
function shellWords(line: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return undefined;
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let text = '';
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '\\"$`'.includes(line[j + 1] as string)) j++;
        text += line[j];
      }
      if (j >= line.length) return undefined;
      word = (word ?? '') + text;
      i = j;
    } else if (c === '\\') {
      if (i + 1 >= line.length) return undefined;
      word = (word ?? '') + line[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Python's `str.splitlines()`: every line break it knows, and no empty last line for a final break. */
function splitLines(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- Python counts the file, group and record separators as line breaks too.
  const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The netrc text without `machine`'s entry: its lines run from `machine <name>` to the next `machine` or `default`. */
function withoutMachine(lines: readonly string[], machine: string): string[] {
  const kept: string[] = [];
  let inOld = false;
  for (const line of lines) {
    // A line with an open quote is split on white space, so a malformed file never blocks a login.
    const words = shellWords(line) ?? line.split(/\s+/).filter(Boolean);
    if (words[0] === 'machine' && words[1] === machine) inOld = true;
    else if (words[0] === 'machine' || words[0] === 'default') inOld = false;
    if (!inOld) kept.push(line);
  }
  return kept;
}

/** Replaces a file's content through a temporary file and a rename, so a crash never leaves it half written. */
async function replaceFile(path: string, text: string, mode: number): Promise<void> {
  // Write through a symbolic link (a netrc kept in a dotfiles folder), not over it.
  const target = await realpath(path).catch(() => path);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text, { mode });
    await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function fileMode(path: string, fallback: number): Promise<number> {
  return stat(path).then(
    (s) => s.mode & 0o777,
    () => fallback,
  );
}

/** The netrc machine name of a W&B URL: its host and port, as `wandb login` writes it. */
export function machineOf(baseUrl: string): string {
  return new URL(baseUrl).host;
}

/**
 * Stores `apiKey` for `baseUrl`'s host in the netrc file exactly as `wandb login` (0.30) does:
 * the host's old entry is dropped, every other line is kept as it was, and the entry
 * `machine <host>` / `  login user` / `  password <key>` is appended, values quoted as in sh. A new
 * file is readable by its owner only. Returns the file's path.
 */
export async function saveNetrcKey(baseUrl: string, apiKey: string, env: Env): Promise<string> {
  const path = await netrcPath(env);
  const machine = machineOf(baseUrl);
  const old = await readText(path);
  const lines = withoutMachine(old === undefined ? [] : splitLines(old), machine);
  lines.push(`machine ${shellQuote(machine)}`, '  login user', `  password ${shellQuote(apiKey)}`, '');
  await mkdir(dirname(path), { recursive: true });
  await replaceFile(path, lines.join('\n'), await fileMode(path, 0o600));
  return path;
}

/** Drops `baseUrl`'s host from the netrc file; `undefined` when it had no entry (nothing is written then). */
export async function removeNetrcKey(baseUrl: string, env: Env): Promise<string | undefined> {
  const path = await netrcPath(env);
  const old = await readText(path);
  if (old === undefined) return undefined;
  const lines = splitLines(old);
  const kept = withoutMachine(lines, machineOf(baseUrl));
  if (kept.length === lines.length) return undefined;
  await replaceFile(path, kept.length ? `${kept.join('\n')}\n` : '', await fileMode(path, 0o600));
  return path;
}

/**
 * Why `wandb login` would refuse a key, or `undefined` when it has the right form: 40 or more
 * word characters after an optional `<prefix>-`, or a JWT.
 */
export function apiKeyProblem(key: string): string | undefined {
  if (!key) return 'the API key is empty';
  if (/^[\p{L}\p{N}_-]+\.[\p{L}\p{N}_-]+\.[\p{L}\p{N}_-]+$/u.test(key)) return undefined;
  const dash = key.indexOf('-');
  const secret = dash < 0 ? key : key.slice(dash + 1);
  if (!/^[\p{L}\p{N}_-]+$/u.test(secret)) return 'an API key may only contain letters, digits and underscores';
  if (secret.length < 40) return `an API key has 40 or more characters, this one has ${secret.length}`;
  return undefined;
}

/** The global settings file the Python client keeps its `base_url` in. */
export function settingsPath(env: Env): string {
  return join(env.WANDB_CONFIG_DIR ? expandUser(env.WANDB_CONFIG_DIR, env) : join(home(env), '.config', 'wandb'), 'settings');
}

/** The `[default]` section of an INI file as configparser reads it (keys lower-cased, `=` or `:`). */
function defaultSection(text: string): Map<string, string> {
  const items = new Map<string, string>();
  let inDefault = false;
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(line) || line.trim() === '') continue;
    const section = /^\[([^\]]+)\]/.exec(line);
    if (section) {
      inDefault = section[1] === 'default';
      last = undefined;
      continue;
    }
    if (!inDefault) continue;
    if (/^\s/.test(line) && last !== undefined) {
      items.set(last, `${items.get(last)}\n${line.trim()}`);
      continue;
    }
    const item = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (item) items.set((last = (item[1] as string).toLowerCase()), (item[2] as string).trimEnd());
  }
  return items;
}

/** The `base_url` a `wandb login --host` saved, if any. */
export async function savedBaseUrl(env: Env): Promise<string | undefined> {
  const text = await readText(settingsPath(env)).catch(() => undefined);
  return text === undefined ? undefined : defaultSection(text).get('base_url') || undefined;
}

/**
 * Saves (or, for W&B's cloud, clears) `base_url` in the global settings file, as `wandb login
 * --host` does, so later commands of either tool talk to that server. Returns the file's path.
 */
export async function saveBaseUrl(baseUrl: string, env: Env): Promise<string> {
  const path = settingsPath(env);
  const items = defaultSection((await readText(path)) ?? '');
  items.delete('anonymous');
  if (baseUrl === DEFAULT_BASE_URL) items.delete('base_url');
  else items.set('base_url', baseUrl);
  const body = [...items].map(([key, value]) => `${key} = ${value.replace(/\n/g, '\n\t')}\n`).join('');
  await mkdir(dirname(path), { recursive: true });
  await replaceFile(path, `[default]\n${body}\n`, await fileMode(path, 0o644));
  return path;
}

/** The W&B URL a command talks to: `--host`, else `WANDB_BASE_URL`, else the saved `base_url`, else W&B's cloud. */
export async function resolveBaseUrl(host: string | undefined, env: Env): Promise<string> {
  const raw = host ?? (env.WANDB_BASE_URL || undefined) ?? (await savedBaseUrl(env)) ?? DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidArgumentError('--host', `--host must be a URL such as https://wandb.example.com, got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError('--host', `--host must be an http(s) URL, got ${JSON.stringify(raw)}`);
  }
  return raw.replace(/\/+$/, '').replace(/\/graphql$/, '');
}
