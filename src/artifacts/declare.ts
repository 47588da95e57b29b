import { CreateArtifactDocument, UseArtifactDocument, type UseArtifactInput } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, ServerError, describeValue } from '../client/errors';
import { ServerFeature, serverSupports } from '../client/serverFeatures';
import type { CallOptions } from '../client/transport';
import { Artifact } from './Artifact';
import { checkAlias, checkList, checkTag } from './names';

/** The run an artifact is declared for. */
interface RunRef {
  readonly entity: string;
  readonly project: string;
  readonly name: string;
}

/** Options of `run.logArtifact()`. */
export interface LogArtifactOptions extends CallOptions {
  /** Aliases to give the version in its sequence (`best`, `production`, ...). */
  aliases?: readonly string[];
  /** Tags to give the version. */
  tags?: readonly string[];
}

/** Options of `run.useArtifact()`. */
export interface UseArtifactOptions extends CallOptions {
  /** How the run uses the artifact, as shown in the W&B app. @defaultValue the artifact's name (`collection:vN`) */
  useAs?: string;
}

function checkArtifact(artifact: unknown): Artifact {
  if (!(artifact instanceof Artifact))
    throw new InvalidArgumentError('artifact', `artifact must be an Artifact read with api.artifact(), got ${describeValue(artifact)}`);
  return artifact;
}

/**
 * @internal `run.useArtifact()`: records an existing artifact version as an input of the run
 * (the `useArtifact` mutation). Servers with `USE_ARTIFACT_WITH_ENTITY_AND_PROJECT_INFORMATION`
 * are told the artifact's entity and project too, as the Python client does.
 */
export async function useArtifact(ctx: SdkContext, run: RunRef, artifact: Artifact, options: UseArtifactOptions): Promise<Artifact> {
  const { useAs, ...call } = options;
  checkArtifact(artifact);
  if (useAs !== undefined && (typeof useAs !== 'string' || !useAs))
    throw new InvalidArgumentError('useAs', `useAs must be a non-empty string, got ${describeValue(useAs)}`);
  const input: UseArtifactInput = {
    entityName: run.entity,
    projectName: run.project,
    runName: run.name,
    artifactID: artifact.id,
    usedAs: useAs ?? artifact.name,
  };
  if (await serverSupports(ctx, ServerFeature.USE_ARTIFACT_WITH_ENTITY_AND_PROJECT_INFORMATION, call)) {
    input.artifactEntityName = artifact.entity;
    input.artifactProjectName = artifact.project;
  }
  const data = await ctx.transport.execute(UseArtifactDocument, { input }, call);
  if (!data.useArtifact?.artifact)
    throw new ServerError(`The server did not record ${artifact.qualifiedName} as used by ${run.entity}/${run.project}/${run.name}`);
  return artifact;
}

/**
 * @internal `run.logArtifact()`: records an existing artifact version as an output of the run.
 * As in the Python client, this asks W&B to create a version with the artifact's digest in its
 * sequence; W&B finds the existing version by that digest and attaches it to the run instead.
 */
export async function logArtifact(ctx: SdkContext, run: RunRef, artifact: Artifact, options: LogArtifactOptions): Promise<Artifact> {
  const { aliases = [], tags = [], ...call } = options;
  checkArtifact(artifact);
  const aliasList = checkList(aliases, 'aliases', checkAlias);
  const tagList = checkList(tags, 'tags', checkTag);
  if (artifact.sourceEntity !== run.entity || artifact.sourceProject !== run.project) {
    throw new InvalidArgumentError(
      'artifact',
      `${artifact.sourceQualifiedName} belongs to ${artifact.sourceEntity}/${artifact.sourceProject}; a run logs artifacts of its own project only (${run.entity}/${run.project})`,
    );
  }
  const collection = artifact.sourceCollectionName;
  const data = await ctx.transport.execute(
    CreateArtifactDocument,
    {
      input: {
        artifactTypeName: artifact.type,
        artifactCollectionNames: [collection],
        entityName: run.entity,
        projectName: run.project,
        runName: run.name,
        digest: artifact.digest,
        digestAlgorithm: await artifact.digestAlgorithm(call),
        aliases: aliasList.map((alias) => ({ artifactCollectionName: collection, alias })),
        tags: tagList.map((tagName) => ({ tagName })),
        enableDigestDeduplication: true,
      },
    },
    call,
  );
  if (!data.createArtifact?.artifact)
    throw new ServerError(`The server did not record ${artifact.qualifiedName} as logged by ${run.entity}/${run.project}/${run.name}`);
  return artifact;
}
