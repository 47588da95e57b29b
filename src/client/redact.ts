import { WandbError } from './errors';

/**
 * Keeps the API key out of everything the SDK hands back: error messages, stacks, `cause`
 * chains, GraphQL errors and partial data (values and property names, at any depth), whatever a
 * server or a `fetch` put in them, and however it escaped the key on the way (JSON `\u` escapes,
 * HTML entities, `%xx`, several times over).
 */

/** What replaces a secret. */
const REDACTED = '[redacted]';

/**
 * The forms a key travels in: itself (also in upper or lower case, as a server may print it), and
 * base64 (alone, and as the `api:<key>` of a Basic authorization header, which a server or proxy
 * may echo), with or without its `=` padding, and in the URL-safe alphabet. Escaped spellings of
 * each form are matched by {@link redactText} itself, so they need no entry here.
 */
export function secretForms(key: string | undefined): string[] {
  if (!key) return [];
  const encoded = [btoa(`api:${key}`), btoa(key)].map((b64) => b64.replace(/=+$/, ''));
  const forms = [key, key.toUpperCase(), key.toLowerCase(), ...encoded, ...encoded.map((b64) => b64.replace(/\+/g, '-').replace(/\//g, '_'))];
  // Very short keys would match ordinary text; real W&B keys are 40 characters or more.
  return [...new Set(forms)].filter((f) => f.length >= 8);
}

/** A hex byte in either case: `2f` also matches `2F`. */
function hexPattern(byte: number): string {
  return [...byte.toString(16).padStart(2, '0')].map((d) => (/[a-f]/.test(d) ? `[${d}${d.toUpperCase()}]` : d)).join('');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  '"': 'quot',
  '&': 'amp',
  "'": 'apos',
  '<': 'lt',
  '>': 'gt',
  '/': 'sol',
  '=': 'equals',
  '+': 'plus',
  ':': 'colon',
};

/**
 * Every spelling of one character a server may echo: as it is, percent-encoded (also twice, as
 * `%252F`), as a JSON `\u` or short escape (also escaped again), and as an HTML entity (named,
 * decimal or hex, also with `&amp;` in front). Each alternative has a fixed shape, so matching
 * stays linear in the text.
 */
function characterPattern(char: string): string {
  const code = char.charCodeAt(0);
  const hex = hexPattern(code);
  const alternatives = [
    char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'),
    `%(?:25)*${hex}`,
    `\\\\+u00${hex}`,
    `&(?:amp;)*#0*${code};`,
    `&(?:amp;)*#[xX]0*${hex};`,
  ];
  if (char === '"' || char === '\\' || char === '/') alternatives.push(`\\\\+\\${char}`);
  const named = NAMED_ENTITIES[char];
  if (named) alternatives.push(`&(?:amp;)*${named};`);
  return `(?:${alternatives.join('|')})`;
}

const patterns = new WeakMap<readonly string[], RegExp | null>();

/** One global pattern matching every form of the secret, spelled in any of the escapes above. */
function patternFor(forms: readonly string[]): RegExp | null {
  let pattern = patterns.get(forms);
  if (pattern === undefined) {
    pattern = forms.length ? new RegExp(forms.map((form) => [...form].map(characterPattern).join('')).join('|'), 'g') : null;
    patterns.set(forms, pattern);
  }
  return pattern;
}

/** Replaces every form of the secret in `text`, escaped or not. */
export function redactText(text: string, forms: readonly string[]): string {
  const pattern = patternFor(forms);
  if (!pattern) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, REDACTED);
}

function textHasSecret(text: string, forms: readonly string[]): boolean {
  const pattern = patternFor(forms);
  if (!pattern) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Own property names worth looking at: the enumerable ones, and for errors the hidden ones too (`errors` of an `AggregateError`). */
function ownKeys(value: object): string[] {
  return value instanceof Error ? Object.getOwnPropertyNames(value) : Object.keys(value);
}

function read(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    // A getter that throws hides nothing we could show.
    return undefined;
  }
}

/**
 * Whether a secret appears anywhere in a value: strings, property names, arrays, objects, errors
 * and their causes, at any depth (walked with a stack of its own, so a value nested a million
 * levels deep is no problem).
 */
function hasSecret(value: unknown, forms: readonly string[]): boolean {
  if (forms.length === 0) return false;
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (textHasSecret(item, forms)) return true;
      continue;
    }
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    for (const key of ownKeys(item)) {
      if (textHasSecret(key, forms)) return true;
      stack.push(read(item, key));
    }
    if (item instanceof Error) stack.push(item.message, item.stack, read(item, 'cause'));
  }
  return false;
}

function define(target: object, key: string, value: unknown, enumerable = true): void {
  // defineProperty, not assignment: a `__proto__` key from JSON stays a plain property.
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable });
}

/**
 * A copy of a JSON-like value with the secret replaced in every string and property name, at any
 * depth; the value itself when it holds none. Shared and circular references stay shared.
 */
function redactValue<T>(value: T, forms: readonly string[]): T {
  if (!hasSecret(value, forms)) return value;
  const copies = new Map<object, unknown>();
  const holder: { value?: unknown } = {};
  const stack: Array<[unknown, object, string]> = [[value, holder, 'value']];
  while (stack.length) {
    const [item, target, key] = stack.pop() as [unknown, object, string];
    if (typeof item === 'string') define(target, key, redactText(item, forms));
    else if (item === null || typeof item !== 'object') define(target, key, item);
    else if (copies.has(item)) define(target, key, copies.get(item));
    else if (item instanceof Error) {
      const copy = redactForeignError(item, forms, copies);
      copies.set(item, copy);
      define(target, key, copy);
    } else {
      const copy: object = Array.isArray(item) ? new Array<unknown>(item.length) : {};
      copies.set(item, copy);
      define(target, key, copy);
      for (const k of Object.keys(item)) stack.push([read(item, k), copy, Array.isArray(item) ? k : redactText(k, forms)]);
    }
  }
  return holder.value as T;
}

/**
 * A stand-in for an error that is not the SDK's (a `fetch` failure, a parser's error) whose
 * text holds the secret: same name, `code` and shape, with the secret replaced throughout.
 */
function redactForeignError(error: Error, forms: readonly string[], copies = new Map<object, unknown>()): Error {
  if (!hasSecret(error, forms)) return error;
  const copy = new Error(redactText(error.message, forms));
  copies.set(error, copy);
  copy.name = error.name;
  if (error.stack !== undefined) copy.stack = redactText(error.stack, forms);
  else delete copy.stack;
  for (const key of ownKeys(error)) {
    if (key === 'message' || key === 'stack') continue;
    const descriptor = Object.getOwnPropertyDescriptor(error, key);
    const value = read(error, key);
    const safe = copies.has(value as object) ? copies.get(value as object) : redactValue(value, forms);
    define(copy, redactText(key, forms), safe, descriptor?.enumerable ?? true);
  }
  return copy;
}

/**
 * Removes the secret from an error and everything it carries, in place for the SDK's own
 * errors (fresh objects nobody else holds) and by replacing foreign `cause`s with copies.
 * @returns the same error
 */
export function redactError<E extends Error>(error: E, forms: readonly string[]): E {
  if (!hasSecret(error, forms)) return error;
  const target = error as unknown as Record<string, unknown>;
  const replace = (key: string, value: unknown) =>
    Object.defineProperty(error, key, {
      value,
      writable: true,
      configurable: true,
      enumerable: Object.prototype.propertyIsEnumerable.call(error, key),
    });
  replace('message', redactText(error.message, forms));
  if (error.stack !== undefined) replace('stack', redactText(error.stack, forms));
  const cause = target.cause;
  if (cause !== undefined)
    replace(
      'cause',
      cause instanceof Error
        ? cause instanceof WandbError
          ? redactError(cause, forms)
          : redactForeignError(cause, forms)
        : redactValue(cause, forms),
    );
  for (const key of Object.keys(error)) {
    if (key === 'cause' || key === 'message' || key === 'stack') continue;
    replace(key, redactValue(target[key], forms));
  }
  return error;
}
