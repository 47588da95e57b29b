import type { ReportFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError } from '../client/errors';
import { parseDate, parseJsonObject } from '../client/json';
import { optionsOf } from '../client/options';
import { Runs } from '../runs/Runs';
import type { RunFilters } from '../runs/filters';
import { runSetQuery, toSections, type ReportSection } from './runSets';

/** The author of a report, as W&B shows it. */
export interface ReportUser {
  readonly username: string | undefined;
  readonly name: string;
  /** Visible to the author and admins only. */
  readonly email: string | undefined;
  readonly photoUrl: string | undefined;
}

/** Options of `report.runs()`. */
export interface ReportRunsOptions {
  /** The section (index into `report.sections`, or the section itself). @defaultValue 0 */
  section?: number | ReportSection;
  /** Which of the section's run sets. @defaultValue the section's open run set */
  runSet?: number;
  /** Only the runs picked in the run set, when it names any. @defaultValue true */
  onlySelected?: boolean;
  /** Runs per request. @defaultValue 50 */
  perPage?: number;
  signal?: AbortSignal;
}

/** A W&B report (W&B stores it as a view of the project with a JSON spec). */
export class Report {
  /** GraphQL node id; the part after `--` in the report's URL. */
  readonly id: string;
  /** W&B's internal name of the report. */
  readonly name: string | undefined;
  /** The title. */
  readonly displayName: string | undefined;
  readonly description: string | undefined;
  /** The report's content: panels, blocks, run sets. */
  readonly spec: Readonly<Record<string, unknown>>;
  /** The sections of the spec that hold run sets. */
  readonly sections: readonly ReportSection[];
  readonly entity: string;
  readonly project: string;
  readonly user: ReportUser | undefined;
  readonly createdAt: Date;
  readonly updatedAt: Date | undefined;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, data: ReportFieldsFragment) {
    attachContext(this, ctx);
    this.id = data.id;
    this.name = data.name ?? undefined;
    this.displayName = data.displayName ?? undefined;
    this.description = data.description ?? undefined;
    this.entity = data.entityName;
    this.project = data.projectName;
    this.spec = parseJsonObject(data.spec, 'report spec');
    this.sections = toSections(this.spec);
    this.user = data.user
      ? {
          username: data.user.username ?? undefined,
          name: data.user.name,
          email: data.user.email ?? undefined,
          photoUrl: data.user.photoUrl ?? undefined,
        }
      : undefined;
    this.createdAt = parseDate(data.createdAt);
    this.updatedAt = parseDate(data.updatedAt);
  }

  /** The report's page in the W&B app (`.../reports/<Title>--<id>`, as the app forms it). */
  get url(): string {
    const title = (this.displayName ?? '')
      .replace(/[^\p{L}\p{N}_]/gu, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '');
    const part = (s: string) => encodeURIComponent(s);
    return `${this.ctx.appUrl}/${part(this.entity)}/${part(this.project)}/reports/${part(title)}--${this.id.replace(/=/g, '')}`;
  }

  /**
   * The runs a run set of the report shows, through the runs listing with the run set's filters,
   * selection and sort.
   * @throws {@link InvalidArgumentError} when the report has no such section or run set.
   * @example
   * ```ts
   * const [report] = await api.reports('team/project', { name: 'weekly' }).toArray({ limit: 1 });
   * for await (const run of report.runs()) console.log(run.name);
   * ```
   */
  runs(options: ReportRunsOptions = {}): Runs {
    options = optionsOf(options);
    const { section: which = 0, onlySelected = true, perPage, signal } = options;
    let section: ReportSection | undefined;
    if (typeof which === 'number') {
      section = this.sections[which];
      if (!section) {
        throw new InvalidArgumentError(
          'section',
          `Report ${JSON.stringify(this.displayName ?? this.id)} has ${this.sections.length} section(s) with run sets; there is no section ${which}`,
        );
      }
    } else {
      section = which;
    }
    const index = options.runSet ?? section.openRunSet;
    const runSet = section.runSets[index];
    if (!runSet)
      throw new InvalidArgumentError('runSet', `The report section has ${section.runSets.length} run set(s); there is no run set ${index}`);
    const { filters, order } = runSetQuery(runSet, onlySelected);
    return new Runs(
      this.ctx,
      { entity: this.entity, project: this.project },
      {
        order,
        // Run-set filters are built from the report's spec; Runs checks them like any caller's.
        ...(filters ? { filters: filters as RunFilters } : {}),
        ...(perPage !== undefined ? { perPage } : {}),
        ...(signal ? { signal } : {}),
      },
    );
  }
}
