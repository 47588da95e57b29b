import {
  AddArtifactAliasesDocument,
  ArtifactByNameDocument,
  ArtifactCreatedByDocument,
  ArtifactDigestAlgorithmDocument,
  ArtifactManifestUrlDocument,
  ArtifactMembershipsDocument,
  ArtifactUsedByDocument,
  DeleteArtifactAliasesDocument,
  DeleteArtifactDocument,
  LinkArtifactDocument,
  ProjectArtifactCollectionDocument,
  UnlinkArtifactDocument,
  UpdateArtifactDocument,
  type ArtifactDigestAlgorithm,
  type ArtifactFieldsFragment,
  type ArtifactMembershipFieldsFragment,
  type ArtifactUsedByQuery,
  type UpdateArtifactInput,
} from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, NotSupportedError, ServerError, describeValue } from '../client/errors';
import { encodeJsonArgument, parseDate, parseJsonObject } from '../client/json';
import { optionsOf } from '../client/options';
import { checkName } from '../client/paths';
import { ServerFeature, serverSupports } from '../client/serverFeatures';
import type { CallOptions } from '../client/transport';
import { getOrganization } from '../registries/organizations';
import { Run } from '../runs/Run';
import { ArtifactCollection } from './ArtifactCollection';
import { ArtifactFiles, type ArtifactFilesOptions } from './ArtifactFiles';
import { ArtifactManifest } from './ArtifactManifest';
import type { ArtifactManifestEntry, EntryDownloadOptions } from './ArtifactManifestEntry';
import type { ArtifactDownloadOptions, ArtifactVerifyOptions } from './download';
import { checkAlias, checkArtifactName, checkList, checkTag, isVersionAlias, REGISTRY_PREFIX } from './names';
import { readArtifactJson, wandbObjectPath } from './read';

/** Where an artifact was found: the collection it was fetched through and its version there. */
export interface ArtifactPlacement {
  readonly entity: string;
  readonly project: string;
  readonly collection: string;
  readonly collectionId: string;
  readonly versionIndex: number;
  /** The version's aliases in that collection, when the query returned them. */
  readonly aliases?: readonly string[];
  /** When the version was linked to that collection, when the query returned it. */
  readonly linkedAt?: string;
}

/** The placement a collection membership describes, or `undefined` when it is incomplete. */
export function toArtifactPlacement(membership: ArtifactMembershipFieldsFragment): ArtifactPlacement | undefined {
  const collection = membership.artifactCollection;
  if (!collection || membership.versionIndex === null) return undefined;
  return {
    entity: collection.project.entityName,
    project: collection.project.name,
    collection: collection.name,
    collectionId: collection.id,
    versionIndex: membership.versionIndex,
    aliases: membership.aliases.map((a) => a.alias),
    linkedAt: membership.createdAt,
  };
}

/** Options of `artifact.delete()`. */
export interface ArtifactDeleteOptions extends CallOptions {
  /** Also remove the version's aliases; without it, an artifact with aliases is not deleted. @defaultValue false */
  deleteAliases?: boolean;
}

/** Options of `artifact.link()`. */
export interface ArtifactLinkOptions extends CallOptions {
  /** Aliases to give the linked version in the target collection. */
  aliases?: string[];
  /** The organization, for a registry target (`wandb-registry-<name>/<collection>`). @defaultValue the default entity's */
  organization?: string;
}

type SavedState = {
  description: string | undefined;
  metadata: string;
  aliases: string[];
  tags: string[];
  ttl: number | null;
  ttlIsInherited: boolean;
};

/**
 * One version of a W&B artifact: its attributes, its manifest and files, the runs that logged
 * and used it, and the collections it belongs to. Get one with `api.artifact()`.
 *
 * The editable attributes are `description`, `metadata`, `aliases`, `tags`, `ttl` and
 * `ttlIsInherited`; `save()` sends what changed.
 *
 * @example
 * ```ts
 * const artifact = await api.artifact('team/project/mnist:latest');
 * const dir = await artifact.download({ root: './data', concurrency: 32 });
 * artifact.aliases.push('reviewed');
 * await artifact.save();
 * ```
 */
export class Artifact {
  /** GraphQL node id of the version. */
  readonly id: string;
  /** Entity of the collection the artifact was fetched through (the organization's entity for a registry). */
  readonly entity: string;
  /** Project of that collection (`wandb-registry-<name>` for a registry). */
  readonly project: string;
  /** Name of that collection. */
  readonly collectionName: string;
  /** @internal Id of that collection. */
  readonly collectionId: string;
  /** Version number in that collection (`3` for `v3`). */
  readonly versionIndex: number;
  /** Entity of the sequence the version was logged to. */
  readonly sourceEntity: string;
  readonly sourceProject: string;
  readonly sourceCollectionName: string;
  /** Version number in the source sequence. */
  readonly sourceVersionIndex: number;
  /** Whether the artifact was fetched through a collection it was linked to (a portfolio or registry). */
  readonly isLink: boolean;
  /** The artifact type (`dataset`, `model`, ...). */
  readonly type: string;
  /** `COMMITTED`, `PENDING` or `DELETED`. */
  readonly state: string;
  /** Total size of the files in bytes. */
  readonly size: number;
  /** W&B's checksum of the manifest (the artifact's content). */
  readonly digest: string;
  readonly commitHash: string | undefined;
  /** Number of files (references included). */
  readonly fileCount: number;
  /** The history step of the logging run nearest to when the artifact was logged. */
  readonly historyStep: number | undefined;
  readonly createdAt: Date;
  updatedAt: Date;
  /** Free text, rendered as Markdown by W&B. Editable; `save()` sends it. */
  description: string | undefined;
  /** User metadata. Editable; `save()` sends it. */
  metadata: Record<string, unknown>;
  /** Aliases in this collection, without the version (`latest`, `best`, ...). Editable. */
  aliases: string[];
  /** Tags of the version. Editable. */
  tags: string[];
  /**
   * Time to live in seconds, `null` for none. When `ttlIsInherited` is true the value comes from
   * the team's default. Set a number (or `null`) to give the artifact its own; set
   * `ttlIsInherited = true` to go back to the default.
   */
  ttl: number | null;
  ttlIsInherited: boolean;
  /** When the version was linked to the collection it was fetched through; `undefined` for a version fetched through its own sequence, or from a listing that does not say. */
  readonly linkedAt: Date | undefined;
  /**
   * Whether this is an incremental draft (a new version built on this one). Always `false`:
   * drafts belong to a run (`wandb.init`), and an artifact read from the server is committed.
   */
  readonly incremental: boolean = false;
  /**
   * The id that ties together the parts of a distributed artifact while a run writes it.
   * Always `undefined` for an artifact read from the server, as in Python.
   */
  readonly distributedId: string | undefined = undefined;
  /**
   * @deprecated As in Python: always `undefined`; how a run uses an artifact is given to
   * `run.useArtifact(artifact, { useAs })` instead.
   */
  readonly useAs: string | undefined = undefined;

  declare protected readonly ctx: SdkContext;
  #saved: SavedState;
  #manifest: Promise<ArtifactManifest> | undefined;

  /** @internal Built by the `Api` and the collections; not for direct use. */
  constructor(ctx: SdkContext, data: ArtifactFieldsFragment, placement?: ArtifactPlacement) {
    attachContext(this, ctx);
    const sequence = data.artifactSequence;
    this.id = data.id;
    this.sourceEntity = sequence.project.entityName;
    this.sourceProject = sequence.project.name;
    this.sourceCollectionName = sequence.name;
    if (data.versionIndex === null) throw new ServerError(`The server sent artifact ${data.id} without a version number`);
    this.sourceVersionIndex = data.versionIndex;
    const where: ArtifactPlacement = placement ?? {
      entity: this.sourceEntity,
      project: this.sourceProject,
      collection: this.sourceCollectionName,
      collectionId: sequence.id,
      versionIndex: data.versionIndex,
    };
    this.entity = where.entity;
    this.project = where.project;
    this.collectionName = where.collection;
    this.collectionId = where.collectionId;
    this.versionIndex = where.versionIndex;
    this.isLink = where.collectionId !== sequence.id;
    this.linkedAt = this.isLink ? parseDate(where.linkedAt) : undefined;
    this.type = data.artifactType.name;
    this.state = data.state;
    this.size = data.size;
    this.digest = data.digest;
    this.commitHash = data.commitHash ?? undefined;
    this.fileCount = data.fileCount;
    // W&B counts the step after the last logged one; the nearest logged step is one less.
    this.historyStep = data.historyStep === null ? undefined : Math.max(0, data.historyStep - 1);
    this.createdAt = parseDate(data.createdAt);
    this.updatedAt = parseDate(data.updatedAt) ?? this.createdAt;
    const aliases =
      where.aliases ??
      data.aliases
        .filter(
          (a) =>
            a.artifactCollection?.name === where.collection &&
            a.artifactCollection.project.entityName === where.entity &&
            a.artifactCollection.project.name === where.project,
        )
        .map((a) => a.alias);
    this.description = data.description ?? undefined;
    this.metadata = parseJsonObject(data.metadata, 'artifact metadata');
    this.aliases = [...new Set(aliases.filter((a) => !isVersionAlias(a)))];
    this.tags = data.tags.map((t) => t.name);
    this.ttl = data.ttlDurationSeconds > 0 ? data.ttlDurationSeconds : null;
    this.ttlIsInherited = data.ttlIsInherited;
    this.#saved = this.snapshot();
  }

  private snapshot(): SavedState {
    return {
      description: this.description,
      metadata: JSON.stringify(this.metadata),
      aliases: [...this.aliases],
      tags: [...this.tags],
      ttl: this.ttl,
      ttlIsInherited: this.ttlIsInherited,
    };
  }

  /** `collection:vN`, the name in the collection it was fetched through. */
  get name(): string {
    return `${this.collectionName}:${this.version}`;
  }

  /** `vN`. */
  get version(): string {
    return `v${this.versionIndex}`;
  }

  /** `entity/project/collection:vN`. */
  get qualifiedName(): string {
    return `${this.entity}/${this.project}/${this.name}`;
  }

  /** `collection:vN` in the source sequence. */
  get sourceName(): string {
    return `${this.sourceCollectionName}:${this.sourceVersion}`;
  }

  get sourceVersion(): string {
    return `v${this.sourceVersionIndex}`;
  }

  get sourceQualifiedName(): string {
    return `${this.sourceEntity}/${this.sourceProject}/${this.sourceName}`;
  }

  /** The version's page in the W&B app. */
  get url(): string {
    const part = encodeURIComponent;
    return `${this.ctx.appUrl}/${part(this.entity)}/${part(this.project)}/artifacts/${part(this.type)}/${part(this.collectionName)}/${this.version}`;
  }

  /** Where `download()` puts the files when no `root` is given: `artifacts/<source name>`, relative to the working directory. */
  defaultRoot(): string {
    const windows = typeof process !== 'undefined' && process.platform === 'win32';
    return `artifacts/${windows ? this.sourceName.replace(/:/g, '-') : this.sourceName}`;
  }

  /**
   * The manifest: every file with its checksum and size (fetched once, then kept).
   * @throws {@link ServerError} when it is not a valid manifest or has a path that would escape a folder
   */
  async manifest(options: CallOptions = {}): Promise<ArtifactManifest> {
    options = optionsOf(options);
    const pending = (this.#manifest ??= (async () => {
      const data = await this.ctx.transport.execute(ArtifactManifestUrlDocument, { id: this.id }, options);
      const url = data.artifact?.currentManifest?.file.directUrl;
      if (!url) throw new NotFoundError(`Artifact ${this.qualifiedName} has no manifest`, { operation: 'ArtifactManifestUrl' });
      return new ArtifactManifest(this, await this.ctx.transport.text(url, options, 'GET manifest'));
    })());
    pending.catch(() => {
      if (this.#manifest === pending) this.#manifest = undefined;
    });
    return pending;
  }

  /** The files, as W&B lists them (with their URLs), as a lazy collection. */
  files(options: ArtifactFilesOptions = {}): ArtifactFiles {
    return new ArtifactFiles(this.ctx, this, optionsOf(options));
  }

  /**
   * Downloads the files into `root`: the manifest from `currentManifest`, then each file from its
   * storage URL (without the API key), `concurrency` at a time, each streamed to a temporary file,
   * checked against the manifest's MD5 and size, and renamed into place. Files already in `root`
   * with the right checksum are not fetched again; a file verified by an earlier download and
   * unchanged since (same size, modification time and inode, per the records in `cacheDir`) is
   * trusted without being read, any other is hashed. A file that fails is never left half-written;
   * files finished before a failure stay, so a second call fetches only what is missing.
   *
   * Reference entries: `http(s)` references are fetched from their URL without credentials
   * (checked against their size, and their digest when it is an MD5); other schemes (`s3://`,
   * `gs://`, ...) give a {@link NotSupportedError} before anything is written, unless
   * `skipReferences` is set.
   *
   * @returns the folder the files are in
   * @throws {@link IntegrityError} when a file's bytes do not match; {@link ServerError} for a bad
   *   manifest; {@link InvalidArgumentError} when `root` is a file; {@link FileWriteError} when a file
   *   could not be written (a full disk, a size limit, too many open files); {@link AbortError}
   * @example
   * ```ts
   * const dir = await artifact.download({ root: 'data', onProgress: (p) => console.log(p.bytesDone, '/', p.bytesTotal) });
   * ```
   */
  async download(options: ArtifactDownloadOptions = {}): Promise<string> {
    const { downloadArtifact } = await import('./download.js');
    return downloadArtifact(this.ctx, this, optionsOf(options));
  }

  /**
   * Makes `root` hold exactly the artifact: removes files the artifact does not have, then
   * downloads what is missing.
   * @returns the folder
   */
  async checkout(options: ArtifactDownloadOptions = {}): Promise<string> {
    const { root = `artifacts/${this.sourceCollectionName}`, ...rest } = optionsOf(options);
    const [fsp, path] = await Promise.all([import('node:fs/promises'), import('node:path')]);
    const manifest = await this.manifest(rest);
    const base = path.resolve(root);
    const remove = async (dir: string, prefix: string): Promise<void> => {
      const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await remove(path.join(dir, entry.name), rel);
        else if (!manifest.entries.has(rel)) await fsp.rm(path.join(dir, entry.name), { force: true });
      }
    };
    await remove(base, '');
    return this.download({ ...rest, root: base });
  }

  /**
   * Checks that `root` holds exactly the artifact's files: each stored file present with the
   * manifest's MD5 and size, and no other files. References are not checked.
   * @throws {@link IntegrityError} listing what differs
   */
  async verify(options: ArtifactVerifyOptions = {}): Promise<void> {
    const { verifyArtifact } = await import('./download.js');
    return verifyArtifact(this, optionsOf(options));
  }

  /**
   * Downloads the artifact's only file.
   * @returns the file's path
   * @throws {@link InvalidArgumentError} when the artifact has more than one file
   */
  async file(options: EntryDownloadOptions = {}): Promise<string> {
    options = optionsOf(options);
    const manifest = await this.manifest(options);
    if (manifest.entries.size !== 1) {
      throw new InvalidArgumentError(
        'artifact',
        `Artifact ${this.qualifiedName} has ${manifest.entries.size} files, not one; use download() or getEntry(name).download()`,
      );
    }
    return (manifest.entries.values().next().value as ArtifactManifestEntry).download(options);
  }

  /**
   * The manifest entry of one file.
   * @throws {@link NotFoundError} when the artifact has no file of that path
   */
  async getEntry(name: string, options: CallOptions = {}): Promise<ArtifactManifestEntry> {
    options = optionsOf(options);
    if (typeof name !== 'string' || !name) throw new InvalidArgumentError('name', 'name must be a path in the artifact');
    const entry = (await this.manifest(options)).entries.get(name.replace(/\\/g, '/'));
    if (!entry) throw new NotFoundError(`Artifact ${this.qualifiedName} has no file ${JSON.stringify(name)}`);
    return entry;
  }

  /**
   * The algorithm of the artifact's digest: `MANIFEST_MD5` or `MANIFEST_XXH128`. Asked of the
   * server (one request) when it reports the `ARTIFACT_DIGEST_ALGORITHM` feature; servers
   * without it only make MD5 digests.
   */
  async digestAlgorithm(options: CallOptions = {}): Promise<ArtifactDigestAlgorithm> {
    options = optionsOf(options);
    if (!(await serverSupports(this.ctx, ServerFeature.ARTIFACT_DIGEST_ALGORITHM, options))) return 'MANIFEST_MD5';
    const data = await this.ctx.transport.execute(ArtifactDigestAlgorithmDocument, { id: this.id }, options);
    if (!data.artifact) throw new NotFoundError(`Artifact ${this.qualifiedName} was not found`, { operation: 'ArtifactDigestAlgorithm' });
    return data.artifact.digestAlgorithm ?? 'MANIFEST_MD5';
  }

  /**
   * A W&B object stored in the artifact (a table, an image's metadata, a histogram, ...), read
   * from its JSON file: `name` is the name it was added under, without the `.<type>.json` suffix
   * W&B appends (`artifact.get('predictions')` reads `predictions.table.json`). The file is read
   * into memory and checked against its MD5; files the object refers to (images of a table, ...)
   * are not fetched: `download()` them.
   * @returns the parsed JSON (W&B's own form, with its `_type`), or `undefined` when the artifact holds no object of that name.
   * @throws {@link NotSupportedError} for an object that lives in another artifact (a reference entry).
   */
  async get(name: string, options: CallOptions = {}): Promise<Record<string, unknown> | undefined> {
    options = optionsOf(options);
    if (typeof name !== 'string' || !name) throw new InvalidArgumentError('name', `name must be a non-empty string, got ${describeValue(name)}`);
    const manifest = await this.manifest(options);
    const found = wandbObjectPath(manifest.entries, name.replace(/\\/g, '/'));
    if (!found) return undefined;
    const entry = manifest.entries.get(found.path);
    if (entry?.ref?.startsWith('wandb-artifact://'))
      throw new NotSupportedError(
        `${found.path} of ${this.qualifiedName} refers to another artifact (${entry.ref}); fetch that artifact and get it there`,
      );
    return readArtifactJson(this.ctx, this, found.path, options);
  }

  /** @deprecated Use {@link Artifact.getEntry}, as in Python. */
  async getPath(name: string, options: CallOptions = {}): Promise<ArtifactManifestEntry> {
    return this.getEntry(name, optionsOf(options));
  }

  /** @internal Used by {@link ArtifactManifestEntry.download}. */
  async downloadEntry(entry: ArtifactManifestEntry, options: EntryDownloadOptions = {}): Promise<string> {
    const { downloadEntry } = await import('./download.js');
    return downloadEntry(this.ctx, this, entry, optionsOf(options));
  }

  /** The runs that used this version. */
  async usedBy(options: CallOptions = {}): Promise<Run[]> {
    options = optionsOf(options);
    const runs: Run[] = [];
    let after: string | null = null;
    for (;;) {
      const data: ArtifactUsedByQuery = await this.ctx.transport.execute(ArtifactUsedByDocument, { id: this.id, first: 100, after }, options);
      const connection = data.artifact?.usedBy;
      if (!connection) throw new NotFoundError(`Artifact ${this.qualifiedName} was not found`, { operation: 'ArtifactUsedBy' });
      for (const edge of connection.edges) {
        if (edge.node.project) runs.push(new Run(this.ctx, edge.node.project.entityName, edge.node.project.name, edge.node));
      }
      if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || connection.pageInfo.endCursor === after) return runs;
      after = connection.pageInfo.endCursor;
    }
  }

  /** The run that logged this version, or `undefined` when it was not logged by a run. */
  async loggedBy(options: CallOptions = {}): Promise<Run | undefined> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(ArtifactCreatedByDocument, { id: this.id }, options);
    if (!data.artifact) throw new NotFoundError(`Artifact ${this.qualifiedName} was not found`, { operation: 'ArtifactCreatedBy' });
    const creator = data.artifact.createdBy;
    if (creator?.__typename !== 'Run' || !creator.project) return undefined;
    return new Run(this.ctx, creator.project.entityName, creator.project.name, creator);
  }

  /** The collection the artifact was fetched through. */
  async collection(options: CallOptions = {}): Promise<ArtifactCollection> {
    return this.fetchCollection(this.entity, this.project, this.collectionName, optionsOf(options));
  }

  /** The sequence the version was logged to. */
  async sourceCollection(options: CallOptions = {}): Promise<ArtifactCollection> {
    return this.fetchCollection(this.sourceEntity, this.sourceProject, this.sourceCollectionName, optionsOf(options));
  }

  private async fetchCollection(entity: string, project: string, name: string, options: CallOptions): Promise<ArtifactCollection> {
    const data = await this.ctx.transport.execute(ProjectArtifactCollectionDocument, { entity, project, type: this.type, name }, options);
    const collection = data.project?.artifactType?.artifactCollection;
    if (!collection)
      throw new NotFoundError(`Artifact collection ${entity}/${project}/${name} was not found`, { operation: 'ProjectArtifactCollection' });
    return new ArtifactCollection(this.ctx, collection);
  }

  /** The version in its source sequence (this object when it is not a link). */
  async sourceArtifact(options: CallOptions = {}): Promise<Artifact> {
    options = optionsOf(options);
    if (!this.isLink) return this;
    const data = await this.ctx.transport.execute(
      ArtifactByNameDocument,
      { entity: this.sourceEntity, project: this.sourceProject, name: this.sourceName },
      options,
    );
    const membership = data.project?.artifactCollectionMembership;
    const placement = membership ? toArtifactPlacement(membership) : undefined;
    if (!membership?.artifact || !placement)
      throw new NotFoundError(`Artifact ${this.sourceQualifiedName} was not found`, { operation: 'ArtifactByName' });
    return new Artifact(this.ctx, membership.artifact, placement);
  }

  /** The places this version is linked to (portfolios and registries); empty for a link itself. */
  async linkedArtifacts(options: CallOptions = {}): Promise<Artifact[]> {
    options = optionsOf(options);
    if (this.isLink) return [];
    const data = await this.ctx.transport.execute(ArtifactMembershipsDocument, { id: this.id }, options);
    if (!data.artifact) throw new NotFoundError(`Artifact ${this.qualifiedName} was not found`, { operation: 'ArtifactMemberships' });
    return data.artifact.artifactMemberships.edges.flatMap((edge) => {
      const node = edge.node;
      const placement = node ? toArtifactPlacement(node) : undefined;
      if (!node?.artifact || !placement || node.artifactCollection?.__typename !== 'ArtifactPortfolio') return [];
      return [new Artifact(this.ctx, node.artifact, placement)];
    });
  }

  /**
   * Sends the changes made to `description`, `metadata`, `aliases`, `tags` and the TTL.
   * @throws {@link InvalidArgumentError} for invalid values, before anything is sent
   */
  async save(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const aliases = checkList(this.aliases, 'aliases', checkAlias);
    const tags = checkList(this.tags, 'tags', checkTag);
    if (this.metadata === null || typeof this.metadata !== 'object' || Array.isArray(this.metadata))
      throw new InvalidArgumentError('metadata', 'metadata must be a plain object');
    const metadata = encodeJsonArgument(this.metadata, 'metadata');
    if (this.description !== undefined && typeof this.description !== 'string')
      throw new InvalidArgumentError('description', 'description must be a string');
    if (this.ttl !== null && (typeof this.ttl !== 'number' || !Number.isInteger(this.ttl) || this.ttl <= 0)) {
      throw new InvalidArgumentError('ttl', `ttl must be a whole number of seconds > 0, or null for none; got ${describeValue(this.ttl)}`);
    }
    const saved = this.#saved;
    const ttlChanged = this.ttlIsInherited !== saved.ttlIsInherited || (!this.ttlIsInherited && this.ttl !== saved.ttl);
    if (ttlChanged && this.isLink)
      throw new InvalidArgumentError('ttl', "A linked artifact has its source version's TTL; set it on the source artifact");

    const aliasInput = (alias: string) => ({
      alias,
      artifactCollectionName: this.collectionName,
      entityName: this.entity,
      projectName: this.project,
    });
    const added = aliases.filter((a) => !saved.aliases.includes(a));
    const removed = saved.aliases.filter((a) => !aliases.includes(a));
    if (added.length)
      await this.ctx.transport.execute(AddArtifactAliasesDocument, { input: { artifactID: this.id, aliases: added.map(aliasInput) } }, options);
    if (removed.length)
      await this.ctx.transport.execute(DeleteArtifactAliasesDocument, { input: { artifactID: this.id, aliases: removed.map(aliasInput) } }, options);

    const input: UpdateArtifactInput = {
      artifactID: this.id,
      description: this.description ?? null,
      metadata,
      tagsToAdd: tags.filter((t) => !saved.tags.includes(t)).map((tagName) => ({ tagName })),
      tagsToDelete: saved.tags.filter((t) => !tags.includes(t)).map((tagName) => ({ tagName })),
    };
    // W&B's TTL codes: -1 inherits the team default, -2 turns the TTL off.
    if (ttlChanged) input.ttlDurationSeconds = this.ttlIsInherited ? -1 : (this.ttl ?? -2);
    const data = await this.ctx.transport.execute(UpdateArtifactDocument, { input }, options);
    const updated = data.updateArtifact?.artifact;
    if (!updated) throw new NotFoundError(`Artifact ${this.qualifiedName} was not found`, { operation: 'UpdateArtifact' });
    this.description = updated.description ?? undefined;
    this.metadata = parseJsonObject(updated.metadata, 'artifact metadata');
    this.tags = updated.tags.map((t) => t.name);
    this.aliases = aliases;
    this.ttl = updated.ttlDurationSeconds > 0 ? updated.ttlDurationSeconds : null;
    this.ttlIsInherited = updated.ttlIsInherited;
    this.updatedAt = parseDate(updated.updatedAt) ?? this.updatedAt;
    this.#saved = this.snapshot();
    return this;
  }

  /**
   * Deletes the version and its files. For a linked artifact only the link is removed (as
   * `unlink()`), and the source version stays.
   */
  async delete(options: ArtifactDeleteOptions = {}): Promise<void> {
    const { deleteAliases = false, ...callOptions } = optionsOf(options);
    if (this.isLink) return this.unlink(callOptions);
    await this.ctx.transport.execute(DeleteArtifactDocument, { input: { artifactID: this.id, deleteAliases } }, callOptions);
  }

  /**
   * Links this version into a portfolio collection: `collection`, `project/collection` or
   * `entity/project/collection` (the entity defaults to the source's, the project to the `Api`'s,
   * else `uncategorized`), or a registry collection `wandb-registry-<registry>/<collection>`
   * (optionally `org/wandb-registry-<registry>/<collection>`).
   * @returns the linked version
   * @example `await artifact.link('wandb-registry-model/classifier', { aliases: ['staging'] })`
   */
  async link(target: string, options: ArtifactLinkOptions = {}): Promise<Artifact> {
    const { aliases: givenAliases = [], organization, ...callOptions } = optionsOf(options);
    if (typeof target !== 'string' || !target)
      throw new InvalidArgumentError('target', 'target must be "collection", "project/collection" or "entity/project/collection"');
    if (target.includes(':'))
      throw new InvalidArgumentError('target', `${JSON.stringify(target)} names a version; link to a collection, and pass aliases`);
    const parts = target.split('/');
    if (parts.length > 3 || parts.some((p) => !p))
      throw new InvalidArgumentError('target', `${JSON.stringify(target)} is not "collection", "project/collection" or "entity/project/collection"`);
    const collection = checkArtifactName(parts[parts.length - 1], 'target', 'collection name');
    const project = parts.length >= 2 ? checkName(parts[parts.length - 2], 'project', 'target') : (this.ctx.defaults.project ?? 'uncategorized');
    const aliases = checkList(givenAliases, 'aliases', checkAlias);
    let entity: string;
    if (project.startsWith(REGISTRY_PREFIX)) {
      entity = (await getOrganization(this.ctx, parts.length === 3 ? parts[0] : organization, callOptions)).orgEntity;
    } else {
      entity = parts.length === 3 ? checkName(parts[0], 'entity', 'target') : this.sourceEntity;
    }
    const data = await this.ctx.transport.execute(
      LinkArtifactDocument,
      {
        input: {
          artifactID: this.id,
          artifactPortfolioName: collection,
          entityName: entity,
          projectName: project,
          aliases: aliases.map((alias) => ({ alias, artifactCollectionName: collection })),
        },
      },
      callOptions,
    );
    const result = data.linkArtifact;
    if (!result)
      throw new ServerError(`Linking ${this.qualifiedName} to ${entity}/${project}/${collection} returned nothing`, { operation: 'LinkArtifact' });
    const membership = result.artifactMembership;
    const placement = membership ? toArtifactPlacement(membership) : undefined;
    if (membership?.artifact && placement) return new Artifact(this.ctx, membership.artifact, placement);
    // Older servers answer with the version number only.
    const fetched = await this.ctx.transport.execute(
      ArtifactByNameDocument,
      { entity, project, name: `${collection}:v${result.versionIndex ?? 0}` },
      callOptions,
    );
    const linked = fetched.project?.artifactCollectionMembership;
    const linkedPlacement = linked ? toArtifactPlacement(linked) : undefined;
    if (!linked?.artifact || !linkedPlacement)
      throw new NotFoundError(`The linked artifact ${entity}/${project}/${collection} was not found`, { operation: 'ArtifactByName' });
    return new Artifact(this.ctx, linked.artifact, linkedPlacement);
  }

  /**
   * Removes this linked version from its portfolio (the source version stays).
   * @throws {@link InvalidArgumentError} when the artifact is not a link
   */
  async unlink(options: CallOptions = {}): Promise<void> {
    options = optionsOf(options);
    if (!this.isLink) throw new InvalidArgumentError('artifact', `${this.qualifiedName} is not a linked artifact; use delete() to delete it`);
    await this.ctx.transport.execute(UnlinkArtifactDocument, { input: { artifactID: this.id, artifactPortfolioID: this.collectionId } }, options);
  }
}
