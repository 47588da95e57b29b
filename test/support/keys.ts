import { inspect } from 'node:util';

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
