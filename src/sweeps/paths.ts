import { parseIdPath, type IdPathKind, type PathDefaults } from '../client/paths';

/** The accepted forms of a sweep path, for error messages. */
const SWEEP_PATH_FORMS = '"entity/project/sweep_id", "entity/project/sweeps/sweep_id", "project/sweep_id" or "sweep_id"';

const SWEEP_PATH: IdPathKind = { noun: 'sweep', segment: 'sweeps', forms: SWEEP_PATH_FORMS };

/**
 * Parses a sweep path: `entity/project/sweep_id`, `entity/project/sweeps/sweep_id`,
 * `project/sweep_id`, `sweep_id`, or a W&B sweep URL. Missing parts come from the defaults.
 */
export function parseSweepPath(
  path: string,
  defaults: PathDefaults,
  argument = 'path',
): { entity: string | undefined; project: string; sweepId: string } {
  const { id, ...place } = parseIdPath(path, defaults, SWEEP_PATH, argument);
  return { ...place, sweepId: id };
}
