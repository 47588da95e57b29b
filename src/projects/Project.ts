import type { ProjectFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import { Runs, type RunsOptions } from '../runs/Runs';
import { listSweeps, type SweepsOptions } from '../sweeps/sweeps';
import type { Sweep } from '../sweeps/Sweep';
import type { Paginator } from '../client/paginator';
import { User } from '../users/User';
// ── artifacts area imports ──
import { ArtifactTypes, type ArtifactTypesOptions } from '../artifacts/ArtifactTypes';
import { ProjectCollections, type ProjectCollectionsOptions } from '../artifacts/ProjectCollections';

/** A W&B project. */
export class Project {
  /** GraphQL node id. */
  readonly id: string;
  /** W&B's numeric id of the project. */
  readonly internalId: string;
  readonly name: string;
  readonly entity: string;
  readonly description: string | undefined;
  /** Visibility: `PRIVATE`, `USER_WRITE` (team), `USER_READ` (public) or `PUBLIC`, as W&B stores it. */
  readonly access: string | undefined;
  readonly readOnly: boolean;
  readonly isBenchmark: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date | undefined;
  /** Username of the project's creator, when known. */
  readonly user: string | undefined;
  /** The project's creator, when W&B knows them (Python's `project.owner`). */
  readonly owner: User | undefined;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, data: ProjectFieldsFragment) {
    attachContext(this, ctx);
    this.id = data.id;
    this.internalId = data.internalId;
    this.name = data.name;
    this.entity = data.entityName;
    this.description = data.description ?? undefined;
    this.access = data.access ?? undefined;
    this.readOnly = data.readOnly ?? false;
    this.isBenchmark = data.isBenchmark;
    this.createdAt = parseDate(data.createdAt);
    this.updatedAt = parseDate(data.updatedAt);
    this.user = data.user?.username ?? undefined;
    this.owner = data.user ? new User(ctx, data.user) : undefined;
  }

  /** `[entity, project]`, as in the Python client (like `Run.path`). */
  get path(): [string, string] {
    return [this.entity, this.name];
  }

  /** The project's workspace in the W&B app. */
  get url(): string {
    return `${this.ctx.appUrl}/${encodeURIComponent(this.entity)}/${encodeURIComponent(this.name)}/workspace`;
  }

  /** The project's runs, as a lazy collection. */
  runs(options: RunsOptions = {}): Runs {
    return new Runs(this.ctx, { entity: this.entity, project: this.name }, optionsOf(options));
  }

  // ── artifacts area: artifactTypes(), collections() ──

  /** The project's artifact types, as a lazy collection. */
  artifactTypes(options: ArtifactTypesOptions = {}): ArtifactTypes {
    return new ArtifactTypes(this.ctx, { entity: this.entity, project: this.name }, optionsOf(options));
  }

  /** The project's artifact collections of every type (or of the `kinds` given), as a lazy collection. */
  collections(options: ProjectCollectionsOptions = {}): ProjectCollections {
    return new ProjectCollections(this.ctx, { entity: this.entity, project: this.name }, optionsOf(options));
  }

  // ── sweeps area: sweeps() ──

  /**
   * The project's sweeps, as a lazy collection; `length()` is the server's count.
   * @example
   * ```ts
   * for await (const sweep of project.sweeps()) console.log(sweep.name, sweep.state, sweep.bestLoss);
   * ```
   */
  sweeps(options: SweepsOptions = {}): Paginator<Sweep> {
    return listSweeps(this.ctx, this.entity, this.name, optionsOf(options));
  }
}
