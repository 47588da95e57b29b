import { once } from 'node:events';
import type { Writable } from 'node:stream';
import Table from 'cli-table3';
import { stringify as csvLine } from 'csv-stringify/sync';
import { InvalidArgumentError } from '../index';

/** How a command prints what it found. */
export type Format = 'table' | 'csv' | 'json' | 'jsonl' | 'parquet';

/** Every `--format` value. */
export const FORMATS: readonly Format[] = ['table', 'csv', 'json', 'jsonl', 'parquet'];

/** One column of a table, CSV or parquet output. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => unknown;
}

/** What a listing prints: its columns, and the object each row is in JSON. */
export interface Shape<T> {
  readonly columns: readonly Column<T>[];
  readonly json: (row: T) => unknown;
}

/** A destination for rows, in one format; `end()` must be awaited once all rows are written. */
export interface RowSink<T> {
  write(row: T): Promise<void>;
  end(): Promise<void>;
}

/** Checks a `--format` value. */
export function checkFormat(value: string, allowed: readonly Format[] = FORMATS): Format {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InvalidArgumentError('--format', `--format must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as Format;
}

/** JSON that keeps what `JSON.stringify` would lose or refuse: `NaN` and infinities as W&B writes them, bigints as numbers. */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'bigint') return Number(v);
      if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
      return v;
    },
    indent,
  );
}

/** A cell's text: dates as ISO strings, objects as JSON, nothing for missing values. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(',');
  if (typeof value === 'object') return toJson(value);
  return String(value);
}

/** Writes to a stream, waiting when its buffer is full so a large listing never piles up in memory. */
export async function writeText(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

function tableSink<T>(out: Writable, shape: Shape<T>): RowSink<T> {
  const rows: string[][] = [];
  return {
    write: async (row) => void rows.push(shape.columns.map((c) => cellText(c.value(row)))),
    end: async () => {
      const table = new Table({
        head: shape.columns.map((c) => c.header),
        // A borderless table, like `docker ps`: easy to read, and to cut with `awk`.
        chars: {
          top: '',
          'top-mid': '',
          'top-left': '',
          'top-right': '',
          bottom: '',
          'bottom-mid': '',
          'bottom-left': '',
          'bottom-right': '',
          left: '',
          'left-mid': '',
          mid: '',
          'mid-mid': '',
          right: '',
          'right-mid': '',
          middle: '  ',
        },
        style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
      });
      table.push(...rows);
      const text = rows.length ? table.toString() : shape.columns.map((c) => c.header).join('  ');
      await writeText(out, `${text.replace(/[ \t]+$/gm, '')}\n`);
    },
  };
}

function csvSink<T>(out: Writable, shape: Shape<T>): RowSink<T> {
  let started = false;
  const header = async () => {
    if (started) return;
    started = true;
    await writeText(out, csvLine([shape.columns.map((c) => c.header)]));
  };
  return {
    write: async (row) => {
      await header();
      await writeText(out, csvLine([shape.columns.map((c) => cellText(c.value(row)))]));
    },
    end: header,
  };
}

function jsonSink<T>(out: Writable, shape: Shape<T>, lines: boolean): RowSink<T> {
  let count = 0;
  return {
    write: async (row) => {
      const text = toJson(shape.json(row));
      await writeText(out, lines ? `${text}\n` : `${count === 0 ? '[\n  ' : ',\n  '}${text}`);
      count++;
    },
    end: async () => {
      if (!lines) await writeText(out, count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** The parquet type of a column: numbers, booleans and strings as themselves, anything else as JSON text. */
function parquetColumn(
  name: string,
  values: unknown[],
): { name: string; data: unknown[]; type: 'DOUBLE' | 'BOOLEAN' | 'STRING' | 'TIMESTAMP' | 'JSON' } {
  const present = values.filter((v) => v !== undefined && v !== null);
  const all = (test: (v: unknown) => boolean) => present.length > 0 && present.every(test);
  const data = values.map((v) => (v === undefined ? null : v));
  if (all((v) => typeof v === 'number')) return { name, data, type: 'DOUBLE' };
  if (all((v) => typeof v === 'boolean')) return { name, data, type: 'BOOLEAN' };
  if (all((v) => v instanceof Date)) return { name, data, type: 'TIMESTAMP' };
  if (all((v) => typeof v === 'string')) return { name, data, type: 'STRING' };
  return { name, data: data.map((v) => (v === null ? null : typeof v === 'string' ? v : toJson(v))), type: present.length ? 'JSON' : 'STRING' };
}

/** A parquet file's bytes: one column per `Shape` column, with the given key-value metadata in its footer. */
export async function parquetBytes<T>(rows: readonly T[], columns: readonly Column<T>[], metadata: Record<string, string> = {}): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const columnData = columns.map((c) =>
    parquetColumn(
      c.header,
      rows.map((r) => c.value(r)),
    ),
  );
  const kvMetadata = Object.entries(metadata).map(([key, value]) => ({ key, value }));
  return new Uint8Array(parquetWriteBuffer({ columnData, ...(kvMetadata.length ? { kvMetadata } : {}) }));
}

function parquetSink<T>(out: Writable, shape: Shape<T>): RowSink<T> {
  const rows: T[] = [];
  return {
    write: async (row) => void rows.push(row),
    end: async () => {
      const bytes = await parquetBytes(rows, shape.columns);
      if (!out.write(bytes)) await once(out, 'drain');
    },
  };
}

/** A sink printing rows to `out` in `format`. Table and parquet output wait for the last row; the others stream. */
export function rowSink<T>(out: Writable, format: Format, shape: Shape<T>): RowSink<T> {
  switch (format) {
    case 'table':
      return tableSink(out, shape);
    case 'csv':
      return csvSink(out, shape);
    case 'json':
      return jsonSink(out, shape, false);
    case 'jsonl':
      return jsonSink(out, shape, true);
    case 'parquet':
      return parquetSink(out, shape);
  }
}

/** Prints one object: as `key  value` lines in a table, else as one JSON document (or CSV with one row). */
export async function printRecord(out: Writable, format: Format, record: Record<string, unknown>): Promise<void> {
  if (format === 'json' || format === 'jsonl') {
    await writeText(out, `${toJson(record, format === 'json' ? 2 : undefined)}\n`);
    return;
  }
  const keys = Object.keys(record);
  const columns = keys.map((key) => ({ header: key, value: (r: Record<string, unknown>) => r[key] }));
  if (format === 'table') {
    const width = Math.max(...keys.map((k) => k.length));
    await writeText(out, keys.map((k) => `${k.padEnd(width)}  ${cellText(record[k])}`.trimEnd()).join('\n') + '\n');
    return;
  }
  const sink = rowSink(out, format, { columns, json: (r) => r });
  await sink.write(record);
  await sink.end();
}
