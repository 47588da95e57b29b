import { AuthenticationError, InvalidArgumentError, describeValue } from './errors';
import { checkName } from './paths';
import { netrcPasswordFor, readNetrcFile } from './netrc';
import { optionsOf } from './options';
import { defaultFetch, WireHeaders } from './nodeHttp';

/** The default W&B server. */
export const DEFAULT_BASE_URL = 'https://api.wandb.ai';

/** Largest GraphQL answer the SDK reads unless told otherwise: 128 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 128 * 1024 * 1024;

/** Options of `new Api(...)`. Every option falls back as the Python client does. */
export interface ApiOptions {
  /** API key. @defaultValue `WANDB_API_KEY`, else the `~/.netrc` entry for the base URL's host. */
  apiKey?: string;
  /** W&B server. @defaultValue `WANDB_BASE_URL`, else `https://api.wandb.ai` */
  baseUrl?: string;
  /** Default entity for paths that leave it out. @defaultValue `WANDB_ENTITY`, else the viewer's entity */
  entity?: string;
  /** Default project for paths that leave it out. @defaultValue `WANDB_PROJECT` */
  project?: string;
  /**
   * Time limit of one call in milliseconds, retries included.
   * @defaultValue `WANDB_HTTP_TIMEOUT` seconds, else 60 000
   */
  timeout?: number;
  /** Retries after a retryable failure (429, 500, 502, 503, 504, dropped connection). @defaultValue 6 */
  retries?: number;
  /**
   * Back-off between retries when the server gives no `Retry-After`: the first wait is between
   * half of `base` and `base` milliseconds, doubling each time up to `max`.
   * @defaultValue `{ base: 500, max: 30000 }`
   */
  retryDelay?: { base?: number; max?: number };
  /** Most requests one `Api` has in flight at once; the rest wait their turn. @defaultValue 32 */
  maxConcurrency?: number;
  /**
   * Largest answer read whole into memory, in bytes: a GraphQL answer, an artifact's manifest, a
   * run file's `text()`, an object read with `artifact.get()`. A bigger one is refused with a
   * `ResponseTooLargeError` as soon as the limit is passed (or at once, when its `Content-Length`
   * says so), without being read further or asked for again. Ask for fewer items per page, or
   * raise the limit, to get it. Downloads to disk are not bounded by it. @defaultValue 134 217 728 (128 MiB)
   */
  maxResponseBytes?: number;
  /**
   * The `fetch` to use (a proxy agent, a test double, the fake's `fake.fetch`). @defaultValue on Node, requests over
   * `node:http` while `fetch` is Node's own and unconfigured (pass `globalThis.fetch` to keep to `fetch`); elsewhere `globalThis.fetch`
   */
  fetch?: typeof fetch;
  /** Extra headers sent with every W&B request (never to storage URLs). */
  headers?: Record<string, string>;
  /** Environment to read settings from. @defaultValue `process.env` */
  env?: Record<string, string | undefined>;
  /** The netrc file to read the key from. @defaultValue `NETRC`, else `~/.netrc`, else `~/_netrc` (`~` is `HOME` of `env`) */
  netrcPath?: string;
}

/** Settings after every fallback was applied (except the key, which may come from a file). */
export interface ResolvedSettings {
  readonly baseUrl: string;
  readonly entity: string | undefined;
  readonly project: string | undefined;
  readonly timeout: number;
  readonly retries: number;
  readonly retryDelay: { readonly base: number; readonly max: number };
  readonly maxConcurrency: number;
  /** Largest GraphQL answer read, in bytes. */
  readonly maxResponseBytes: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch: typeof fetch;
  /** Resolves the API key once: option, env, then netrc. */
  readonly apiKey: () => Promise<string>;
  /** Whether a key was given directly (option or environment). */
  readonly hasExplicitKey: boolean;
}

function processEnv(): Record<string, string | undefined> {
  return typeof process !== 'undefined' && process.env ? process.env : {};
}

/** A setting's trimmed text, `undefined` when missing or blank; anything but a string is refused. */
function nonEmpty(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InvalidArgumentError(name, `${name} must be a string, got ${describeValue(value)}`);
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** A default entity or project: a W&B name, when given. */
function defaultName(value: unknown, name: string): string | undefined {
  const text = nonEmpty(value, name);
  return text === undefined ? undefined : checkName(text, name);
}

function checkHeaders(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidArgumentError('headers', `headers must be an object of header names and values, got ${describeValue(value)}`);
  }
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(value)) {
    if (typeof text !== 'string')
      throw new InvalidArgumentError('headers', `header ${JSON.stringify(name)} must be a string, got ${describeValue(text)}`);
    try {
      new WireHeaders([[name, text]]);
    } catch {
      throw new InvalidArgumentError('headers', `header ${JSON.stringify(name)} has a name or value that cannot be sent`);
    }
    out[name] = text;
  }
  return out;
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

/** Checks an API key's form; the message never repeats the key. */
function checkApiKey(key: string, source: string): string {
  if (key.length === 0) throw new AuthenticationError(`The API key from ${source} is empty`);
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new AuthenticationError(`The API key from ${source} has spaces or characters that cannot be sent in a header`);
  }
  return key;
}

function positiveNumber(name: string, value: unknown, fallback: number, { integer = false, min = 1 } = {}): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new InvalidArgumentError(name, `${name} must be ${integer ? 'an integer' : 'a number'} >= ${min}, got ${describeValue(value)}`);
  }
  return value;
}

/** Normalises a base URL: absolute http(s), no trailing slash, no path suffix `/graphql`. */
function normaliseBaseUrl(raw: string, source = 'baseUrl'): string {
  let url: URL;
  try {
    if (typeof raw !== 'string') throw new TypeError('not a string');
    url = new URL(raw);
  } catch {
    throw new InvalidArgumentError('baseUrl', `${source} is not an absolute URL: ${describeValue(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError('baseUrl', `${source} must be an http or https URL, got ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new InvalidArgumentError('baseUrl', `${source} must not carry credentials; pass apiKey instead`);
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/graphql$/, '');
  return `${url.origin}${path}`;
}

/** Applies the Python client's precedence: explicit option, then environment, then netrc. */
export function resolveSettings(given: ApiOptions = {}): ResolvedSettings {
  const options = optionsOf(given);
  if (options.env !== undefined && !isObject(options.env))
    throw new InvalidArgumentError('env', `env must be an object of variables, got ${describeValue(options.env)}`);
  if (options.retryDelay !== undefined && !isObject(options.retryDelay))
    throw new InvalidArgumentError('retryDelay', `retryDelay must be { base, max }, got ${describeValue(options.retryDelay)}`);
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    throw new InvalidArgumentError('fetch', `fetch must be a function, got ${describeValue(options.fetch)}`);
  if (options.netrcPath !== undefined && (typeof options.netrcPath !== 'string' || options.netrcPath === '')) {
    throw new InvalidArgumentError('netrcPath', `netrcPath must be the path of a file, got ${describeValue(options.netrcPath)}`);
  }
  const env = options.env ?? processEnv();
  const baseUrlSource = options.baseUrl !== undefined ? 'baseUrl' : 'WANDB_BASE_URL';
  const baseUrl = normaliseBaseUrl(options.baseUrl ?? nonEmpty(env.WANDB_BASE_URL, 'WANDB_BASE_URL') ?? DEFAULT_BASE_URL, baseUrlSource);
  const envTimeout = nonEmpty(env.WANDB_HTTP_TIMEOUT, 'WANDB_HTTP_TIMEOUT');
  const timeoutFromEnv = envTimeout !== undefined && Number(envTimeout) > 0 ? Number(envTimeout) * 1000 : undefined;
  const timeout = positiveNumber('timeout', options.timeout, timeoutFromEnv ?? 60_000);
  const retries = positiveNumber('retries', options.retries, 6, { integer: true, min: 0 });
  const retryDelay = {
    base: positiveNumber('retryDelay.base', options.retryDelay?.base, 500, { min: 0 }),
    max: positiveNumber('retryDelay.max', options.retryDelay?.max, 30_000, { min: 0 }),
  };
  const maxConcurrency = positiveNumber('maxConcurrency', options.maxConcurrency, 32, { integer: true });
  const maxResponseBytes = positiveNumber('maxResponseBytes', options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, { integer: true });
  const fetchImpl = options.fetch ?? defaultFetch();
  if (!fetchImpl) throw new InvalidArgumentError('fetch', 'No fetch implementation: pass one as the `fetch` option');
  if (options.apiKey !== undefined && typeof options.apiKey !== 'string') {
    throw new InvalidArgumentError('apiKey', 'apiKey must be a string');
  }

  const explicit =
    options.apiKey !== undefined
      ? { key: options.apiKey, source: 'the apiKey option' }
      : nonEmpty(env.WANDB_API_KEY, 'WANDB_API_KEY') !== undefined
        ? { key: nonEmpty(env.WANDB_API_KEY, 'WANDB_API_KEY') as string, source: 'WANDB_API_KEY' }
        : undefined;
  if (explicit) checkApiKey(explicit.key, explicit.source);
  const netrcFromEnv = nonEmpty(env.NETRC, 'NETRC');
  const homeFromEnv = nonEmpty(env.HOME, 'HOME') ?? nonEmpty(env.USERPROFILE, 'USERPROFILE');
  let keyPromise: Promise<string> | undefined;
  const apiKey = () =>
    (keyPromise ??= (async () => {
      if (explicit) return explicit.key;
      const netrcPath = options.netrcPath ?? netrcFromEnv;
      // The environment's home folder, as Python's expanduser() takes it.
      const home = homeFromEnv;
      const netrc = await readNetrcFile(netrcPath, home).catch((error: unknown) => {
        throw new AuthenticationError(
          `No API key given, and the netrc file could not be read: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      });
      const fromNetrc = netrc && netrcPasswordFor(netrc.entries, baseUrl);
      if (fromNetrc) return checkApiKey(fromNetrc, netrc.path);
      const host = new URL(baseUrl).host;
      throw new AuthenticationError(
        netrc
          ? `No API key: ${netrc.path} has no entry for machine ${host}; pass apiKey, set WANDB_API_KEY or run \`wandb login\``
          : `No API key: pass apiKey, set WANDB_API_KEY, or add machine ${host} to ~/.netrc (\`wandb login\` does)`,
      );
    })());

  return {
    baseUrl,
    entity: defaultName(options.entity, 'entity') ?? defaultName(env.WANDB_ENTITY, 'WANDB_ENTITY'),
    project: defaultName(options.project, 'project') ?? defaultName(env.WANDB_PROJECT, 'WANDB_PROJECT'),
    timeout,
    retries,
    retryDelay,
    maxConcurrency,
    maxResponseBytes,
    headers: checkHeaders(options.headers),
    fetch: fetchImpl,
    apiKey,
    hasExplicitKey: explicit !== undefined,
  };
}

/** The W&B web app URL for a base URL (`https://api.wandb.ai` → `https://wandb.ai`). */
export function appUrlFor(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.hostname.startsWith('api.')) url.hostname = url.hostname.slice(4);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The User-Agent sent with W&B requests: the `headers` setting's, else the SDK's own. */
export function userAgentOf(settings: Pick<ResolvedSettings, 'headers'>, fallback: string): string {
  const given = Object.entries(settings.headers).find(([name]) => name.toLowerCase() === 'user-agent');
  return given ? given[1] : fallback;
}
