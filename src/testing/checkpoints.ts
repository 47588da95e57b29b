import type { FakeStore } from './store';

/** A copy of the fake's store, to go back to with `fake.restore()`. */
export class FakeCheckpoint {
  /** @internal */
  constructor(
    /** @internal */ readonly data: Readonly<Record<string, unknown>>,
    /** When it was taken (`Date.now()`). */
    readonly takenAt: number,
  ) {}
}

/**
 * A deep copy of store data: maps, sets, arrays, plain objects, dates and bytes. Written out
 * rather than `structuredClone` so the copies are of this realm's `Map` (test runners that
 * sandbox modules tell the two apart) and functions are kept by reference instead of failing.
 */
export function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, deepCopy(v)])) as T;
  if (value instanceof Set) return new Set([...value].map(deepCopy)) as T;
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (ArrayBuffer.isView(value)) return (value as unknown as Uint8Array).slice() as T;
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k] = deepCopy(v);
  return out as T;
}

/** A copy of the whole store; store records are plain data, so the copy is deep. */
export function checkpointOf(store: FakeStore): FakeCheckpoint {
  return new FakeCheckpoint(deepCopy({ ...store }), Date.now());
}

/** Puts `store` back as it was at `checkpoint`, in place (the same checkpoint can be restored again). */
export function restoreStore(store: FakeStore, checkpoint: FakeCheckpoint): void {
  const target = store as unknown as Record<string, unknown>;
  const data = deepCopy(checkpoint.data) as Record<string, unknown>;
  for (const key of Object.keys(target)) if (!(key in data)) delete target[key];
  Object.assign(target, data);
}

/** A deep copy of the store's tables as lists of records, for assertions. */
export function snapshotOf(store: FakeStore): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(store as unknown as Record<string, unknown>)) {
    if (!(table instanceof Map)) continue;
    const rows: unknown[] = [];
    for (const value of table.values()) rows.push(...(value instanceof Map ? [...value.values()] : [value]));
    out[name] = deepCopy(rows);
  }
  return out;
}
