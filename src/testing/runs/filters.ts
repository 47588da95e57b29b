import { GraphQLError } from 'graphql';
import { Query } from 'mingo';
import { unwrapConfig } from '../../client/json';
import type { RunRecord } from './records';

/**
 * W&B's run filters: Mongo-style documents over the run's fields, evaluated here with mingo.
 * The keys W&B takes are mapped onto one plain document per run; config values are matched
 * unwrapped (`config.lr`), and W&B's stored form (`config.lr.value`) is rewritten to the same.
 */

const LOGICAL = new Set(['$and', '$or', '$nor']);
const FIELD_OPERATORS = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists', '$regex', '$all']);
const DATE_FIELDS = new Set(['createdAt', 'created_at', 'heartbeatAt', 'heartbeat_at', 'updatedAt', 'updated_at']);
const CONFIG_VALUE = /^config\.([^.]+)\.value(\..+)?$/;

function invalid(message: string): GraphQLError {
  return new GraphQLError(`invalid filters: ${message}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A W&B timestamp operand as a Date (W&B's own timestamps carry no zone and are UTC). */
function toDate(value: unknown, field: string): unknown {
  if (value instanceof Date || value === null) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value !== 'string') throw invalid(`${field} must be compared with a timestamp, got ${JSON.stringify(value)}`);
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(value) || !value.includes('T') ? value : `${value}Z`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw invalid(`${field}: ${JSON.stringify(value)} is not a timestamp`);
  return date;
}

function fieldPath(field: string): string {
  const match = CONFIG_VALUE.exec(field);
  return match ? `config.${match[1]}${match[2] ?? ''}` : field;
}

function rewriteCondition(field: string, condition: unknown): unknown {
  const isDate = DATE_FIELDS.has(field);
  const operand = (v: unknown) => (isDate ? toDate(v, field) : v);
  if (!isPlainObject(condition) || !Object.keys(condition).some((k) => k.startsWith('$'))) {
    return Array.isArray(condition) || !isDate ? condition : operand(condition);
  }
  const out: Record<string, unknown> = {};
  for (const [operator, value] of Object.entries(condition)) {
    if (!FIELD_OPERATORS.has(operator)) throw invalid(`unknown operator ${operator} on ${field}`);
    if (operator === '$in' || operator === '$nin' || operator === '$all') {
      if (!Array.isArray(value)) throw invalid(`${operator} on ${field} needs a list`);
      out[operator] = value.map(operand);
    } else if (operator === '$exists') {
      if (typeof value !== 'boolean') throw invalid(`$exists on ${field} needs true or false`);
      out[operator] = value;
    } else if (operator === '$regex') {
      if (typeof value !== 'string') throw invalid(`$regex on ${field} needs a string`);
      try {
        out[operator] = new RegExp(value);
      } catch {
        throw invalid(`$regex on ${field} is not a valid pattern: ${value}`);
      }
    } else {
      out[operator] = operand(value);
    }
  }
  return out;
}

/** Checks a filter document against W&B's operators and rewrites it for the run documents below. */
export function rewriteFilters(filters: unknown): Record<string, unknown> {
  if (!isPlainObject(filters)) throw invalid('expected a JSON object');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (LOGICAL.has(key)) {
      if (!Array.isArray(value) || value.length === 0) throw invalid(`${key} needs a non-empty list of filters`);
      out[key] = value.map(rewriteFilters);
    } else if (key.startsWith('$')) {
      throw invalid(`unknown operator ${key}`);
    } else {
      out[fieldPath(key)] = rewriteCondition(key, value);
    }
  }
  return out;
}

function date(value: string | null): Date | null {
  return value ? new Date(`${value}Z`) : null;
}

/** The document a run is matched as: W&B's filter keys, in both the camelCase and snake_case forms W&B accepts. */
export function filterDocument(run: RunRecord): Record<string, unknown> {
  const createdAt = date(run.createdAt);
  const heartbeatAt = date(run.heartbeatAt);
  const updatedAt = date(run.updatedAt);
  return {
    name: run.name,
    displayName: run.displayName,
    display_name: run.displayName,
    state: run.state,
    tags: run.tags,
    group: run.group,
    jobType: run.jobType,
    job_type: run.jobType,
    host: run.host,
    notes: run.notes,
    description: run.description,
    commit: run.commit,
    username: run.user,
    sweep: run.sweepName,
    sweepName: run.sweepName,
    createdAt,
    created_at: createdAt,
    heartbeatAt,
    heartbeat_at: heartbeatAt,
    updatedAt,
    updated_at: updatedAt,
    config: unwrapConfig(run.config),
    summary_metrics: run.summary,
    summaryMetrics: run.summary,
    system_metrics: run.systemMetrics,
    systemMetrics: run.systemMetrics,
  };
}

/** The runs matching a W&B filter document (a JSON string, as the API takes it). */
export function filterRuns(runs: RunRecord[], filters: string | null | undefined): RunRecord[] {
  if (!filters) return runs;
  let parsed: unknown;
  try {
    parsed = JSON.parse(filters);
  } catch {
    throw invalid('not valid JSON');
  }
  if (parsed === null) return runs;
  const rewritten = rewriteFilters(parsed);
  if (Object.keys(rewritten).length === 0) return runs;
  let query: Query;
  try {
    query = new Query(rewritten, {});
  } catch (error) {
    throw invalid((error as Error).message);
  }
  return runs.filter((run) => query.test(filterDocument(run)));
}
