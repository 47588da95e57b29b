import { ServerError } from '../client/errors';

/**
 * Parses the YAML text W&B stores as a sweep's config. The YAML parser is loaded on first use,
 * so code that never reads a sweep does not pay for it.
 */
export async function parseSweepConfig(text: string | null | undefined): Promise<Record<string, unknown>> {
  if (!text || !text.trim()) return {};
  const { parse } = await import('yaml');
  let value: unknown;
  try {
    value = parse(text);
  } catch (e) {
    throw new ServerError('The server sent a sweep config that is not valid YAML', { cause: e });
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ServerError('The server sent a sweep config that is not a YAML mapping');
  return value as Record<string, unknown>;
}

const RUN_COLUMNS = ['createdAt', 'updatedAt', 'name', 'sweep'];

/**
 * W&B's order key for a sort given as `[+-]key`, as the Python client forms it: a key without a
 * sign sorts descending; a bare key that is not a run column means a summary metric.
 */
export function formatOrderKey(key: string): string {
  let direction = '-';
  let rest = key.trim();
  if (rest.startsWith('+') || rest.startsWith('-')) {
    direction = rest[0] as string;
    rest = rest.slice(1);
  }
  const parts = rest.split('.');
  if (parts.length === 1) return RUN_COLUMNS.includes(rest) ? direction + rest : `${direction}summary_metrics.${rest}`;
  if (!['config', 'summary_metrics', 'tags'].includes(parts[0] as string)) return `${direction}summary_metrics.${rest}`;
  return direction + rest;
}

/** The order that puts a sweep's best run first, from its config's `metric` (`name`, `goal`). */
export function orderFromConfig(config: Record<string, unknown>): string | undefined {
  const metric = config.metric;
  if (!metric || typeof metric !== 'object') return undefined;
  const { name, goal } = metric as { name?: unknown; goal?: unknown };
  if (typeof name !== 'string' || !name) return undefined;
  return formatOrderKey(`${goal === 'maximize' ? '-' : '+'}${name}`);
}
