import { WandbError } from './errors';

/**
 * Keeps the API key out of everything the SDK hands back: error messages, stacks, `cause`
 * chains, GraphQL errors and partial data, whatever a server or a `fetch` put in them.
 */

/** What replaces a secret. */
const REDACTED = '[redacted]';

/**
 * The forms a key travels in: itself, percent-encoded, and base64 (alone, and as the
 * `api:<key>` of a Basic authorization header, which a server or proxy may echo).
 */
export function secretForms(key: string | undefined): string[] {
  if (!key) return [];
  const forms = [key, encodeURIComponent(key), btoa(`api:${key}`), btoa(key)];
  // Very short keys would match ordinary text; real W&B keys are 40 characters or more.
  return [...new Set(forms)].filter((f) => f.length >= 8);
}

/** Replaces every form of the secret in `text`. */
export function redactText(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

function containsSecret(value: unknown, forms: readonly string[], seen: Set<unknown>, depth: number): boolean {
  if (typeof value === 'string') return forms.some((f) => value.includes(f));
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return false;
  seen.add(value);
  if (value instanceof Error) {
    if (containsSecret(value.message, forms, seen, depth + 1) || containsSecret(value.stack, forms, seen, depth + 1)) return true;
    if (containsSecret((value as { cause?: unknown }).cause, forms, seen, depth + 1)) return true;
  }
  for (const key of Object.keys(value)) {
    if (containsSecret((value as Record<string, unknown>)[key], forms, seen, depth + 1)) return true;
  }
  return false;
}

/** Whether a secret appears anywhere in a value (strings, arrays, objects, errors and their causes). */
function hasSecret(value: unknown, forms: readonly string[]): boolean {
  return forms.length > 0 && containsSecret(value, forms, new Set(), 0);
}

/** A copy of a JSON-like value with the secret replaced in every string; the value itself when it holds none. */
function redactValue<T>(value: T, forms: readonly string[]): T {
  if (!hasSecret(value, forms)) return value;
  const copy = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return redactText(v, forms);
    if (v === null || typeof v !== 'object' || depth > 8) return v;
    if (v instanceof Error) return redactForeignError(v, forms, depth + 1);
    if (Array.isArray(v)) return v.map((item) => copy(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) out[k] = copy(item, depth + 1);
    return out;
  };
  return copy(value, 0) as T;
}

/**
 * A stand-in for an error that is not the SDK's (a `fetch` failure, a parser's error) whose
 * text holds the secret: same name, `code` and shape, with the secret replaced throughout.
 */
function redactForeignError(error: Error, forms: readonly string[], depth = 0): Error {
  if (!hasSecret(error, forms)) return error;
  const cause = (error as { cause?: unknown }).cause;
  const safeCause = depth > 8 ? undefined : cause instanceof Error ? redactForeignError(cause, forms, depth + 1) : redactValue(cause, forms);
  const copy = new Error(redactText(error.message, forms), safeCause === undefined ? undefined : { cause: safeCause });
  copy.name = error.name;
  if (error.stack !== undefined) copy.stack = redactText(error.stack, forms);
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'cause') (copy as unknown as Record<string, unknown>)[key] = redactValue(value, forms);
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
