import { InvalidArgumentError, ServerError } from './errors';

/** Parses a W&B JSON-string field (`config`, `summaryMetrics`, ...); `null` becomes `{}`. */
export function parseJsonObject(value: string | null | undefined, what: string): Record<string, unknown> {
  if (value === null || value === undefined || value === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (e) {
    throw new ServerError(`The server sent ${what} that is not valid JSON`, { cause: e });
  }
  if (parsed === null) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new ServerError(`The server sent ${what} that is not a JSON object`);
  return parsed as Record<string, unknown>;
}

/** A JSON-typed field that may arrive as an object or as a JSON string. */
export function asJsonObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value === 'string') return parseJsonObject(value, what);
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ServerError(`The server sent ${what} that is not a JSON object`);
  return value as Record<string, unknown>;
}

/** W&B timestamps have no zone designator and are UTC. */
export function parseDate(value: string): Date;
export function parseDate(value: string | null | undefined): Date | undefined;
export function parseDate(value: string | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new ServerError(`The server sent a timestamp that is not a date: ${JSON.stringify(value)}`);
  return date;
}

/** Unwraps W&B's stored config `{ key: { value, desc } }` to `{ key: value }`. */
export function unwrapConfig(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(raw)) {
    out[key] = entry !== null && typeof entry === 'object' && !Array.isArray(entry) && 'value' in entry ? (entry as { value: unknown }).value : entry;
  }
  return out;
}

/** Wraps plain config values into W&B's stored form `{ key: { value, desc } }`. */
export function wrapConfig(values: Record<string, unknown>): Record<string, { value: unknown; desc: null }> {
  const out: Record<string, { value: unknown; desc: null }> = {};
  for (const [key, value] of Object.entries(values)) out[key] = { value, desc: null };
  return out;
}

/** JSON-encodes a caller's value for a `JSONString` argument, or says why it cannot be. */
export function encodeJsonArgument(value: unknown, argument: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    throw new InvalidArgumentError(argument, `${argument} cannot be encoded as JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (text === undefined) throw new InvalidArgumentError(argument, `${argument} cannot be encoded as JSON (got ${typeof value})`);
  return text;
}
