import { InvalidArgumentError } from '../client/errors';
import { checkName, segments, type PathDefaults } from '../client/paths';

/** The accepted forms of a sweep path, for error messages. */
export const SWEEP_PATH_FORMS = '"entity/project/sweep_id", "entity/project/sweeps/sweep_id", "project/sweep_id" or "sweep_id"';

/**
 * Parses a sweep path: `entity/project/sweep_id`, `entity/project/sweeps/sweep_id`,
 * `project/sweep_id`, `sweep_id`, or a W&B sweep URL. Missing parts come from the defaults.
 */
export function parseSweepPath(path: string, defaults: PathDefaults, argument = 'path'): { entity: string | undefined; project: string; sweepId: string } {
  const parts = segments(path, argument);
  if (parts.length === 4 && parts[2] === 'sweeps') parts.splice(2, 1);
  if (parts.length === 3) {
    return { entity: checkName(parts[0], 'entity', argument), project: checkName(parts[1], 'project', argument), sweepId: checkName(parts[2], 'sweep id', argument) };
  }
  if (parts.length === 2) return { entity: defaults.entity, project: checkName(parts[0], 'project', argument), sweepId: checkName(parts[1], 'sweep id', argument) };
  if (parts.length === 1) {
    if (!defaults.project) throw new InvalidArgumentError(argument, `No project for sweep ${JSON.stringify(path)}: use the form ${SWEEP_PATH_FORMS} or set WANDB_PROJECT`);
    return { entity: defaults.entity, project: defaults.project, sweepId: checkName(parts[0], 'sweep id', argument) };
  }
  throw new InvalidArgumentError(argument, `${JSON.stringify(path)} is not a sweep path; expected ${SWEEP_PATH_FORMS}`);
}
