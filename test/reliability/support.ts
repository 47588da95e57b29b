import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inspect } from 'node:util';

/** A fresh temporary folder, removed by {@link removeDirs}. */
const made: string[] = [];
export function freshDir(prefix = 'wandb-reliability-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder {@link freshDir} made. */
export function removeDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file below `dir` (folders left out), as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** Collects unhandled rejections while a test file runs; `take()` returns and clears them. */
export function watchUnhandledRejections() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  beforeAll(() => process.on('unhandledRejection', listener));
  afterAll(() => process.off('unhandledRejection', listener));
  return {
    take(): unknown[] {
      return seen.splice(0);
    },
  };
}

/** Waits for a promise, failing with a clear message if it has not settled within `ms`. */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Settles a promise into `{ value }` or `{ error }`. */
export async function settle<T>(promise: Promise<T>): Promise<{ value: T; error?: undefined } | { value?: undefined; error: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

/** The forms an API key may be echoed in: itself, and the Basic `api:<key>` header value. */
export function keyForms(key: string): string[] {
  return [key, Buffer.from(`api:${key}`).toString('base64'), Buffer.from(key).toString('base64')];
}

/**
 * Everything a person or a log could see of a value: `util.inspect` with hidden fields at any
 * depth, `JSON.stringify` (errors spelled out with message, stack and cause), `String()`, and
 * for errors the message and stack of every `cause` down the chain.
 */
export function everythingShown(value: unknown): string {
  const parts: string[] = [inspect(value, { depth: Infinity, showHidden: true, getters: false })];
  const seen = new WeakSet<object>();
  try {
    parts.push(
      JSON.stringify(value, (_key, v: unknown) => {
        if (v && typeof v === 'object') {
          if (seen.has(v)) return '[circular]';
          seen.add(v);
        }
        if (v instanceof Error) return { ...v, name: v.name, message: v.message, stack: v.stack, cause: (v as { cause?: unknown }).cause };
        return typeof v === 'bigint' ? String(v) : v;
      }) ?? '',
    );
  } catch (error) {
    parts.push(`JSON.stringify threw ${String(error)}`);
  }
  parts.push(String(value));
  for (let e: unknown = value, depth = 0; e instanceof Error && depth < 20; depth++) {
    parts.push(
      e.message,
      e.stack ?? '',
      JSON.stringify((e as { graphQLErrors?: unknown }).graphQLErrors ?? null),
      inspect((e as { data?: unknown }).data, { depth: Infinity }),
    );
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join('\n');
}

/** The forms of `key` found in everything shown of `value` (empty when none). */
export function keyLeaks(value: unknown, key: string): string[] {
  const shown = everythingShown(value);
  return keyForms(key).filter((form) => shown.includes(form));
}
