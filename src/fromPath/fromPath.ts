import type { SdkContext } from '../client/context';
import { InvalidArgumentError } from '../client/errors';
import { checkName, segments } from '../client/paths';
import type { CallOptions } from '../client/transport';
import type { Project } from '../projects/Project';
import { getProject } from '../projects/projects';
import type { Report } from '../reports/Report';
import { getReport } from '../reports/reports';
import type { Run } from '../runs/Run';
import { getRun } from '../runs/runCalls';
import type { Sweep } from '../sweeps/Sweep';
import { getSweep } from '../sweeps/sweeps';

/** The forms `api.fromPath()` accepts, for error messages. */
const FROM_PATH_FORMS =
  '"project", "entity/project", "entity/project/run_id", "entity/project/runs/run_id", "entity/project/sweeps/sweep_id" or "entity/project/reports/Title--report_id" (or the W&B URL of one)';

/** What a path given to `api.fromPath()` names. */
type PathTarget =
  | { kind: 'project'; entity: string | undefined; project: string }
  | { kind: 'run'; path: string }
  | { kind: 'sweep'; path: string }
  | { kind: 'report'; entity: string; project: string; id: string };

/** The report id in the last part of a report path: `Title--id`, or the bare id. W&B drops the id's base64 padding from URLs. */
function reportIdFrom(part: string): string {
  const at = part.lastIndexOf('--');
  if (at < 0 && part.includes('-')) {
    throw new InvalidArgumentError('path', `${JSON.stringify(part)} is not a report path part; expected "Title--report_id" as in the report's URL`);
  }
  const id = (at >= 0 ? part.slice(at + 2) : part).replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/_]+$/.test(id)) throw new InvalidArgumentError('path', `${JSON.stringify(part)} has no report id; expected "Title--report_id"`);
  return id + '='.repeat((4 - (id.length % 4)) % 4);
}

/**
 * Parses a path for `api.fromPath()` as the Python client does: one or two parts name a
 * project, three a run, four a run, sweep or report by the third part.
 */
function parsePathTarget(path: string): PathTarget {
  const parts = segments(path, 'path');
  if (parts.length === 1) return { kind: 'project', entity: undefined, project: checkName(parts[0], 'project', 'path') };
  if (parts.length === 2) return { kind: 'project', entity: checkName(parts[0], 'entity', 'path'), project: checkName(parts[1], 'project', 'path') };
  if (parts.length === 3) return { kind: 'run', path: parts.join('/') };
  if (parts.length === 4) {
    const [entity, project, kind, last] = parts as [string, string, string, string];
    checkName(entity, 'entity', 'path');
    checkName(project, 'project', 'path');
    if (kind.startsWith('run')) return { kind: 'run', path: `${entity}/${project}/${last}` };
    if (kind.startsWith('sweep')) return { kind: 'sweep', path: `${entity}/${project}/${last}` };
    if (kind.startsWith('report')) return { kind: 'report', entity, project, id: reportIdFrom(last) };
  }
  throw new InvalidArgumentError('path', `${JSON.stringify(path)} is not a W&B path; expected ${FROM_PATH_FORMS}`);
}

/** `api.fromPath()`: the run, project, sweep or report a path (or W&B URL) names. */
export async function getFromPath(ctx: SdkContext, path: string, options: CallOptions): Promise<Run | Project | Sweep | Report> {
  const target = parsePathTarget(path);
  switch (target.kind) {
    case 'project':
      return getProject(ctx, target.project, target.entity, options);
    case 'run':
      return getRun(ctx, target.path, options);
    case 'sweep':
      return getSweep(ctx, target.path, options);
    case 'report':
      return getReport(ctx, target.entity, target.project, target.id, options);
  }
}
