import { InvalidArgumentError, describeValue } from '../client/errors';
import { checkName, type PathDefaults } from '../client/paths';

/** The prefix of every registry project's name. */
export const REGISTRY_PREFIX = 'wandb-registry-';

const NAME = /^[A-Za-z0-9_\-.]+$/;
const VERSION = /^v(\d+)$/;
const TAG = /^[-\w]+( +[-\w]+)*$/;

/** An artifact path, parsed. `entity` is the organization for registry paths. */
export interface ArtifactPath {
  /** The entity (or, for a registry path, the organization) when the path gave one. */
  readonly entity: string | undefined;
  readonly project: string;
  readonly collection: string;
  /** `latest`, `v3`, or another alias. */
  readonly alias: string;
  /** Whether the project is a registry (`wandb-registry-<name>`). */
  readonly isRegistry: boolean;
}

/** Checks an artifact or collection name (letters, digits, `-`, `_`, `.`). */
export function checkArtifactName(value: unknown, argument: string, what = 'artifact name'): string {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidArgumentError(argument, `${what} must be a non-empty string`);
  if (value.length > 128 || !NAME.test(value)) {
    throw new InvalidArgumentError(argument, `${what} ${JSON.stringify(value)} may only contain letters, digits, dashes, underscores and dots`);
  }
  return value;
}

/** Checks an artifact type name; `job` and `wandb-*` are reserved by W&B. */
export function checkArtifactType(value: unknown, argument = 'type', { allowReserved = true } = {}): string {
  checkArtifactName(value, argument, 'artifact type');
  const type = value as string;
  if (!allowReserved && (type === 'job' || type.startsWith('wandb-'))) {
    throw new InvalidArgumentError(argument, `artifact type ${JSON.stringify(type)} is reserved for W&B's own use`);
  }
  return type;
}

/** Checks an alias: not empty, no `/` or `:`, and not a version number (`v3`). */
export function checkAlias(value: unknown, argument = 'aliases'): string {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidArgumentError(argument, 'an alias must be a non-empty string');
  if (/[/:]/.test(value) || value.length > 128) throw new InvalidArgumentError(argument, `alias ${JSON.stringify(value)} must not contain / or :`);
  if (VERSION.test(value)) throw new InvalidArgumentError(argument, `alias ${JSON.stringify(value)} is a version number, which W&B assigns itself`);
  return value;
}

/** Checks a tag: words of letters, digits, `-` and `_`, separated by single spaces. */
export function checkTag(value: unknown, argument = 'tags'): string {
  if (typeof value !== 'string' || !TAG.test(value) || value.length > 128) {
    throw new InvalidArgumentError(argument, `tag ${describeValue(value)} may only contain letters, digits, dashes, underscores and single spaces`);
  }
  return value;
}

/** Checks a list of aliases or tags, dropping duplicates. */
export function checkList(values: unknown, argument: string, check: (v: unknown, a: string) => string): string[] {
  if (!Array.isArray(values)) throw new InvalidArgumentError(argument, `${argument} must be an array of strings`);
  return [...new Set(Array.from(values, (v) => check(v, argument)))];
}

/** Whether an alias is a version number (`v0`, `v12`). */
export function isVersionAlias(alias: string): boolean {
  return VERSION.test(alias);
}

/**
 * Parses `entity/project/collection:alias`, `project/collection:alias` or `collection:alias`
 * (the alias defaults to `latest`); registry paths are `wandb-registry-<registry>/<collection>:<version>`,
 * optionally prefixed with the organization.
 */
export function parseArtifactPath(path: unknown, defaults: PathDefaults, argument = 'name', { alias: allowAlias = true } = {}): ArtifactPath {
  const form = '"entity/project/name:alias", "project/name:alias" or "name:alias"';
  if (typeof path !== 'string' || path.trim() === '')
    throw new InvalidArgumentError(argument, `${argument} must be a non-empty string of the form ${form}`);
  const trimmed = path.trim();
  const slash = trimmed.lastIndexOf('/');
  const colon = trimmed.indexOf(':', slash + 1);
  const base = colon >= 0 ? trimmed.slice(0, colon) : trimmed;
  const alias = colon >= 0 ? trimmed.slice(colon + 1) : 'latest';
  if (colon >= 0 && !allowAlias)
    throw new InvalidArgumentError(argument, `${JSON.stringify(path)} names a version; give the collection path without ":${alias}"`);
  if (!alias || /[/:]/.test(alias)) throw new InvalidArgumentError(argument, `${JSON.stringify(path)} has an invalid alias; expected ${form}`);
  const parts = base.split('/');
  if (parts.length > 3 || parts.some((p) => p === ''))
    throw new InvalidArgumentError(argument, `${JSON.stringify(path)} is not an artifact path; expected ${form}`);
  const collection = checkArtifactName(parts[parts.length - 1], argument, 'artifact name');
  let entity: string | undefined;
  let project: string | undefined;
  if (parts.length === 3) {
    entity = checkName(parts[0], 'entity', argument);
    project = checkName(parts[1], 'project', argument);
  } else if (parts.length === 2) {
    entity = defaults.entity;
    project = checkName(parts[0], 'project', argument);
  } else {
    entity = defaults.entity;
    project = defaults.project;
    if (!project)
      throw new InvalidArgumentError(
        argument,
        `No project for ${JSON.stringify(path)}: use the form ${form}, pass \`project\` to new Api(), or set WANDB_PROJECT`,
      );
  }
  const isRegistry = project.startsWith(REGISTRY_PREFIX);
  // A registry path's first part is the organization; the default entity is not one.
  if (isRegistry && parts.length < 3) entity = undefined;
  return { entity, project, collection, alias, isRegistry };
}
