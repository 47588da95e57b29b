import { InvalidArgumentError } from './errors';

/** Defaults a path may fall back on. */
export interface PathDefaults {
  readonly entity: string | undefined;
  readonly project: string | undefined;
}

const SEGMENT = /^[^\s/:?#%\\]+$/;

/** Checks one path segment (entity, project, run id, ...) and returns it. */
export function checkName(value: unknown, what: string, argument = what): string {
  if (typeof value !== 'string') throw new InvalidArgumentError(argument, `${what} must be a string, got ${value === null ? 'null' : typeof value}`);
  if (value.length === 0) throw new InvalidArgumentError(argument, `${what} must not be empty`);
  if (value.length > 256) throw new InvalidArgumentError(argument, `${what} is longer than 256 characters`);
  if (!SEGMENT.test(value)) {
    throw new InvalidArgumentError(argument, `${what} ${JSON.stringify(value)} has a character W&B names cannot contain (space, / : ? # % or \\)`);
  }
  return value;
}

/** Strips a W&B web URL (`https://wandb.ai/e/p/runs/id?workspace=...`) down to its path. */
function stripUrl(path: string): string {
  const match = /^https?:\/\/[^/]+\/(.*)$/.exec(path);
  const rest = match ? (match[1] ?? '') : path;
  return rest.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '');
}

/** The `/`-separated parts of a path or W&B URL (query and fragment dropped), checked to be a non-empty string. */
export function segments(path: unknown, argument: string): string[] {
  if (typeof path !== 'string') throw new InvalidArgumentError(argument, `${argument} must be a string, got ${path === null ? 'null' : typeof path}`);
  const trimmed = stripUrl(path.trim());
  if (!trimmed) throw new InvalidArgumentError(argument, `${argument} must not be empty`);
  return trimmed.split('/');
}

/**
 * Parses `entity/project` or `project` (or `undefined` for the default project).
 * The entity may stay unknown here; the `Api` asks the server for the viewer's.
 */
export function parseProjectPath(
  path: string | undefined,
  defaults: PathDefaults,
  argument = 'path',
): { entity: string | undefined; project: string } {
  const form = '"entity/project" or "project"';
  if (path === undefined) {
    if (!defaults.project) throw new InvalidArgumentError(argument, `No project: pass ${form}, pass \`project\` to new Api(), or set WANDB_PROJECT`);
    return { entity: defaults.entity, project: defaults.project };
  }
  const parts = segments(path, argument);
  if (parts.length === 1) return { entity: defaults.entity, project: checkName(parts[0], 'project', argument) };
  if (parts.length === 2) return { entity: checkName(parts[0], 'entity', argument), project: checkName(parts[1], 'project', argument) };
  throw new InvalidArgumentError(argument, `${JSON.stringify(path)} is not a project path; expected ${form}`);
}

/** How paths to one kind of thing in a project (runs, sweeps) are written, for {@link parseIdPath}. */
export interface IdPathKind {
  /** The noun in messages: `run`, `sweep`. */
  readonly noun: string;
  /** The word before the id in W&B URLs: `runs`, `sweeps`. */
  readonly segment: string;
  /** The accepted forms, for messages. */
  readonly forms: string;
}

/**
 * Parses a path to a thing in a project: `entity/project/id`, `entity/project/<segment>/id`,
 * `project/id`, `id`, or a W&B URL. Missing parts come from the defaults.
 */
export function parseIdPath(
  path: string,
  defaults: PathDefaults,
  kind: IdPathKind,
  argument = 'path',
): { entity: string | undefined; project: string; id: string } {
  const parts = segments(path, argument);
  if (parts.length === 4 && parts[2] === kind.segment) parts.splice(2, 1);
  const what = `${kind.noun} id`;
  if (parts.length === 3) {
    return {
      entity: checkName(parts[0], 'entity', argument),
      project: checkName(parts[1], 'project', argument),
      id: checkName(parts[2], what, argument),
    };
  }
  if (parts.length === 2)
    return { entity: defaults.entity, project: checkName(parts[0], 'project', argument), id: checkName(parts[1], what, argument) };
  if (parts.length === 1) {
    if (!defaults.project)
      throw new InvalidArgumentError(
        argument,
        `No project for ${kind.noun} ${JSON.stringify(path)}: use the form ${kind.forms} or set WANDB_PROJECT`,
      );
    return { entity: defaults.entity, project: defaults.project, id: checkName(parts[0], what, argument) };
  }
  throw new InvalidArgumentError(argument, `${JSON.stringify(path)} is not a ${kind.noun} path; expected ${kind.forms}`);
}

const RUN_PATH: IdPathKind = { noun: 'run', segment: 'runs', forms: '"entity/project/run_id", "project/run_id" or "run_id"' };

/**
 * Parses a run path: `entity/project/run_id`, `entity/project/runs/run_id`, `project/run_id`,
 * `run_id`, or a W&B run URL. Missing parts come from the defaults.
 */
export function parseRunPath(
  path: string,
  defaults: PathDefaults,
  argument = 'path',
): { entity: string | undefined; project: string; runId: string } {
  const { id, ...place } = parseIdPath(path, defaults, RUN_PATH, argument);
  return { ...place, runId: id };
}
