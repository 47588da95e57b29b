/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddAliasesInput = {
  aliases: Array<ArtifactCollectionAliasInput>;
  artifactID: string | number;
  clientMutationId?: string | null | undefined;
};

export type AlertSeverity = 'ERROR' | 'INFO' | 'WARN';

export type ArtifactAliasInput = {
  alias: string;
  artifactCollectionName: string;
};

export type ArtifactCollectionAliasInput = {
  alias: string;
  artifactCollectionName: string;
  entityName: string;
  projectName: string;
};

export type ArtifactCollectionState = 'DELETED' | 'READY';

export type ArtifactCollectionType = 'PORTFOLIO' | 'SEQUENCE';

export type ArtifactDigestAlgorithm = 'MANIFEST_MD5' | 'MANIFEST_XXH128';

export type ArtifactState = 'COMMITTED' | 'DELETED' | 'PENDING';

export type ArtifactTypeInput = {
  description?: string | null | undefined;
  name: string;
};

export type CreateArtifactCollectionTagAssignmentsInput = {
  artifactCollectionName: string;
  clientMutationID?: string | null | undefined;
  entityName: string;
  projectName: string;
  tags: Array<TagInput>;
};

export type CreateArtifactInput = {
  aliases?: Array<ArtifactAliasInput> | null | undefined;
  artifactCollectionName?: string | null | undefined;
  artifactCollectionNames?: Array<string> | null | undefined;
  artifactTypeName: string;
  clientID?: string | number | null | undefined;
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  digest: string;
  digestAlgorithm: ArtifactDigestAlgorithm;
  distributedID?: string | null | undefined;
  enableDigestDeduplication?: boolean | null | undefined;
  entityName: string;
  historyStep?: number | null | undefined;
  labels?: string | null | undefined;
  metadata?: string | null | undefined;
  projectName: string;
  runName?: string | null | undefined;
  sequenceClientID?: string | number | null | undefined;
  storageRegion?: string | null | undefined;
  tags?: Array<TagInput> | null | undefined;
  ttlDurationSeconds?: number | null | undefined;
};

export type CreateCustomChartInput = {
  access: string;
  clientMutationId?: string | null | undefined;
  displayName: string;
  entity: string;
  name: string;
  spec: string;
  type: string;
};

export type CreateDefaultResourceConfigInput = {
  clientMutationId?: string | null | undefined;
  config: string;
  entityName: string;
  projectName?: string | null | undefined;
  resource: string;
  templateVariables?: string | null | undefined;
};

export type CreateFilterTriggerInput = {
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  enabled: boolean;
  eventFilter: string;
  name: string;
  scopeID: string | number;
  scopeType: TriggerScopeType;
  triggeredActionConfig: TriggeredActionConfig;
  triggeredActionType: TriggeredActionType;
  triggeringEventType: EventTriggeringConditionType;
};

export type CreateProjectMembersInput = {
  projectId: string | number;
  teamIds?: Array<string | number> | null | undefined;
  userIds?: Array<string | number> | null | undefined;
};

export type CreateRunFilesInput = {
  clientMutationId?: string | null | undefined;
  entityName: string;
  files: Array<string>;
  projectName: string;
  runName: string;
};

export type CreateRunQueueInput = {
  access: RunQueueAccessType;
  clientMutationId?: string | null | undefined;
  defaultResourceConfigID?: string | number | null | undefined;
  entityName: string;
  prioritizationMode?: RunQueuePrioritizationMode | null | undefined;
  projectName: string;
  queueName: string;
};

export type DeleteAliasesInput = {
  aliases: Array<ArtifactCollectionAliasInput>;
  artifactID: string | number;
  clientMutationId?: string | null | undefined;
};

export type DeleteArtifactCollectionTagAssignmentsInput = {
  artifactCollectionName: string;
  clientMutationID?: string | null | undefined;
  entityName: string;
  projectName: string;
  tags: Array<TagInput>;
};

export type DeleteArtifactInput = {
  artifactID: string | number;
  clientMutationId?: string | null | undefined;
  deleteAliases?: boolean | null | undefined;
};

export type DeleteArtifactPortfolioInput = {
  artifactPortfolioID: string | number;
  clientMutationId?: string | null | undefined;
};

export type DeleteArtifactSequenceInput = {
  artifactSequenceID: string | number;
  clientMutationId?: string | null | undefined;
};

export type DeleteModelInput = {
  clientMutationId?: string | null | undefined;
  id: string;
};

export type DeleteProjectMembersInput = {
  projectId: string | number;
  teamIds?: Array<string | number> | null | undefined;
  userIds?: Array<string | number> | null | undefined;
};

export type DeleteRunInput = {
  clientMutationId?: string | null | undefined;
  deleteArtifacts?: boolean | null | undefined;
  id: string | number;
};

export type EventTriggeringConditionType =
  | 'ADD_ARTIFACT_ALIAS'
  | 'ADD_ARTIFACT_TAG'
  | 'ADD_COLLECTION_TAG'
  | 'CREATE_ARTIFACT'
  | 'LINK_MODEL'
  | 'REMOVE_ARTIFACT_TAG'
  | 'REMOVE_COLLECTION_TAG'
  | 'RUN_METRIC'
  | 'RUN_METRIC_CHANGE'
  | 'RUN_METRIC_ZSCORE'
  | 'RUN_STATE'
  | 'UNLINK_ARTIFACT'
  | 'UPDATE_ARTIFACT_ALIAS'
  | 'WEAVE_METRIC_THRESHOLD';

export type GenericWebhookActionInput = {
  integrationID: string | number;
  requestPayload?: string | null | undefined;
};

export type LinkArtifactInput = {
  aliases?: Array<ArtifactAliasInput> | null | undefined;
  artifactID?: string | number | null | undefined;
  artifactPortfolioID?: string | number | null | undefined;
  artifactPortfolioName?: string | null | undefined;
  clientID?: string | number | null | undefined;
  clientMutationId?: string | null | undefined;
  entityName?: string | null | undefined;
  projectName?: string | null | undefined;
};

export type MoveArtifactSequenceInput = {
  artifactSequenceID: string | number;
  clientMutationId?: string | null | undefined;
  destinationArtifactTypeName: string;
};

export type NoOpTriggeredActionInput = {
  noOp?: boolean | null | undefined;
};

export type NotificationActionInput = {
  integrationID: string | number;
  message?: string | null | undefined;
  severity?: AlertSeverity | null | undefined;
  title?: string | null | undefined;
};

export type PushToRunQueueByNameInput = {
  clientMutationId?: string | null | undefined;
  entityName: string;
  projectName: string;
  queueName: string;
  runSpec: string;
};

export type RunQueueAccessType = 'PROJECT' | 'USER';

export type RunQueueItemState = 'CLAIMED' | 'FAILED' | 'LEASED' | 'PENDING';

export type RunQueuePrioritizationMode = 'DISABLED' | 'V0';

export type StopRunInput = {
  clientMutationId?: string | null | undefined;
  id: string | number;
};

export type TagInput = {
  attributes?: string | null | undefined;
  tagCategoryName?: string | null | undefined;
  tagName: string;
};

export type TriggerScopeType = 'ARTIFACT_COLLECTION' | 'ENTITY' | 'PROJECT';

export type TriggeredActionConfig = {
  genericWebhookActionInput?: GenericWebhookActionInput | null | undefined;
  noOpActionInput?: NoOpTriggeredActionInput | null | undefined;
  notificationActionInput?: NotificationActionInput | null | undefined;
};

export type TriggeredActionType = 'ARIA' | 'GENERIC_WEBHOOK' | 'NOTIFICATION' | 'NO_OP' | 'PUSH_NOTIFICATION' | 'QUEUE_JOB';

export type UnlinkArtifactInput = {
  artifactID: string | number;
  artifactPortfolioID: string | number;
  clientMutationId?: string | null | undefined;
};

export type UpdateArtifactInput = {
  aliases?: Array<ArtifactAliasInput> | null | undefined;
  artifactID: string | number;
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  metadata?: string | null | undefined;
  tagsToAdd?: Array<TagInput> | null | undefined;
  tagsToDelete?: Array<TagInput> | null | undefined;
  ttlDurationSeconds?: number | null | undefined;
};

export type UpdateArtifactPortfolioInput = {
  artifactPortfolioID: string | number;
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateArtifactSequenceInput = {
  artifactSequenceID: string | number;
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateFilterTriggerInput = {
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  enabled?: boolean | null | undefined;
  eventFilter?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  scopeID?: string | number | null | undefined;
  scopeType?: TriggerScopeType | null | undefined;
  triggeredActionConfig?: TriggeredActionConfig | null | undefined;
  triggeredActionType?: TriggeredActionType | null | undefined;
  triggeringEventType?: EventTriggeringConditionType | null | undefined;
};

export type UpdateProjectMemberInput = {
  clientMutationId?: string | null | undefined;
  projectId: string | number;
  userId: string | number;
  userProjectRole: string;
};

export type UpdateProjectTeamMemberInput = {
  clientMutationId?: string | null | undefined;
  projectId: string | number;
  teamId: string | number;
  teamProjectRole: string;
};

export type UpdateRunStateInput = {
  clientMutationId?: string | null | undefined;
  id: string | number;
  state: string;
};

export type UpsertBucketInput = {
  clientMutationId?: string | null | undefined;
  commit?: string | null | undefined;
  config?: string | null | undefined;
  description?: string | null | undefined;
  displayName?: string | null | undefined;
  entityName?: string | null | undefined;
  groupName?: string | null | undefined;
  host?: string | null | undefined;
  id?: string | null | undefined;
  jobType?: string | null | undefined;
  modelName?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  state?: string | null | undefined;
  summaryMetrics?: string | null | undefined;
  sweep?: string | null | undefined;
  tags?: Array<string | null | undefined> | null | undefined;
};

export type UpsertModelInput = {
  access?: string | null | undefined;
  allowAllArtifactTypesInRegistry?: boolean | null | undefined;
  artifactTypes?: Array<ArtifactTypeInput> | null | undefined;
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  entityName?: string | null | undefined;
  id?: string | null | undefined;
  name?: string | null | undefined;
  views?: string | null | undefined;
};

export type UpsertRunQueueInput = {
  clientMutationId?: string | null | undefined;
  entityName: string;
  externalLinks?: string | null | undefined;
  prioritizationMode?: RunQueuePrioritizationMode | null | undefined;
  projectName: string;
  queueName: string;
  resourceConfig: string;
  resourceType: string;
  templateVariables?: string | null | undefined;
};

export type UseArtifactInput = {
  artifactEntityName?: string | null | undefined;
  artifactID: string | number;
  artifactProjectName?: string | null | undefined;
  clientMutationId?: string | null | undefined;
  entityName: string;
  projectName: string;
  runName: string;
  usedAs?: string | null | undefined;
};

export type UserAccountType = 'ANONYMOUS' | 'SERVICE' | 'USER' | 'VIEWER';

export type AddArtifactAliasesMutationVariables = Exact<{
  input: AddAliasesInput;
}>;

export type AddArtifactAliasesMutation = { addAliases: { success: boolean } | null };

export type AddArtifactCollectionTagsMutationVariables = Exact<{
  input: CreateArtifactCollectionTagAssignmentsInput;
}>;

export type AddArtifactCollectionTagsMutation = { createArtifactCollectionTagAssignments: { tags: Array<{ id: string; name: string }> } | null };

export type ArtifactByNameQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
}>;

export type ArtifactByNameQuery = {
  project: {
    artifactCollectionMembership: {
      id: string;
      versionIndex: number | null;
      createdAt: string;
      aliases: Array<{ alias: string }>;
      artifactCollection:
        | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
        | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
        | null;
      artifact: {
        id: string;
        digest: string;
        description: string | null;
        metadata: string | null;
        state: ArtifactState;
        size: number;
        fileCount: number;
        commitHash: string | null;
        versionIndex: number | null;
        historyStep: number | null;
        ttlDurationSeconds: number;
        ttlIsInherited: boolean;
        createdAt: string;
        updatedAt: string | null;
        artifactType: { name: string };
        artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
        aliases: Array<{
          alias: string;
          artifactCollection:
            | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
            | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
            | null;
        }>;
        tags: Array<{ id: string; name: string }>;
      } | null;
    } | null;
  } | null;
};

export type ArtifactCollectionAliasesQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type ArtifactCollectionAliasesQuery = {
  artifactCollection:
    | { aliases: { edges: Array<{ node: { alias: string } | null }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }
    | { aliases: { edges: Array<{ node: { alias: string } | null }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }
    | null;
};

export type ArtifactCollectionByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type ArtifactCollectionByIdQuery = {
  artifactCollection:
    | {
        __typename: 'ArtifactPortfolio';
        id: string;
        name: string;
        description: string | null;
        state: ArtifactCollectionState;
        createdAt: string;
        updatedAt: string | null;
        project: { id: string; internalId: string; name: string; entityName: string };
        defaultArtifactType: { name: string };
        tags: { edges: Array<{ node: { id: string; name: string } }> };
      }
    | {
        __typename: 'ArtifactSequence';
        id: string;
        name: string;
        description: string | null;
        state: ArtifactCollectionState;
        createdAt: string;
        updatedAt: string | null;
        project: { id: string; internalId: string; name: string; entityName: string };
        defaultArtifactType: { name: string };
        tags: { edges: Array<{ node: { id: string; name: string } }> };
      }
    | null;
};

type ArtifactCollectionFields_ArtifactPortfolio_Fragment = {
  __typename: 'ArtifactPortfolio';
  id: string;
  name: string;
  description: string | null;
  state: ArtifactCollectionState;
  createdAt: string;
  updatedAt: string | null;
  project: { id: string; internalId: string; name: string; entityName: string };
  defaultArtifactType: { name: string };
  tags: { edges: Array<{ node: { id: string; name: string } }> };
};

type ArtifactCollectionFields_ArtifactSequence_Fragment = {
  __typename: 'ArtifactSequence';
  id: string;
  name: string;
  description: string | null;
  state: ArtifactCollectionState;
  createdAt: string;
  updatedAt: string | null;
  project: { id: string; internalId: string; name: string; entityName: string };
  defaultArtifactType: { name: string };
  tags: { edges: Array<{ node: { id: string; name: string } }> };
};

export type ArtifactCollectionFieldsFragment =
  ArtifactCollectionFields_ArtifactPortfolio_Fragment | ArtifactCollectionFields_ArtifactSequence_Fragment;

export type ArtifactCreatedByQueryVariables = Exact<{
  id: string | number;
}>;

export type ArtifactCreatedByQuery = {
  artifact: {
    createdBy:
      | {
          __typename: 'Run';
          config: string | null;
          summaryMetrics: string | null;
          id: string;
          name: string;
          displayName: string | null;
          state: string | null;
          tags: Array<string> | null;
          group: string | null;
          jobType: string | null;
          notes: string | null;
          description: string | null;
          commit: string | null;
          readOnly: boolean | null;
          sweepName: string | null;
          projectId: string;
          historyLineCount: number | null;
          createdAt: string;
          heartbeatAt: string | null;
          updatedAt: string | null;
          project: { name: string; entityName: string } | null;
          user: { name: string; username: string | null } | null;
        }
      | { __typename: 'User' }
      | null;
  } | null;
};

export type ArtifactDigestAlgorithmQueryVariables = Exact<{
  id: string | number;
}>;

export type ArtifactDigestAlgorithmQuery = { artifact: { id: string; digestAlgorithm: ArtifactDigestAlgorithm | null } | null };

export type ArtifactFieldsFragment = {
  id: string;
  digest: string;
  description: string | null;
  metadata: string | null;
  state: ArtifactState;
  size: number;
  fileCount: number;
  commitHash: string | null;
  versionIndex: number | null;
  historyStep: number | null;
  ttlDurationSeconds: number;
  ttlIsInherited: boolean;
  createdAt: string;
  updatedAt: string | null;
  artifactType: { name: string };
  artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
  aliases: Array<{
    alias: string;
    artifactCollection:
      | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
      | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
      | null;
  }>;
  tags: Array<{ id: string; name: string }>;
};

export type ArtifactFileFieldsFragment = {
  id: string;
  name: string;
  displayName: string;
  url: string | null;
  directUrl: string;
  sizeBytes: number;
  md5: string | null;
  digest: string | null;
  mimetype: string | null;
  storagePath: string | null;
  updatedAt: string | null;
};

export type ArtifactFileUrlsQueryVariables = Exact<{
  entity: string;
  project: string;
  collection: string;
  version: string;
  names?: Array<string> | string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ArtifactFileUrlsQuery = {
  project: {
    artifactCollection:
      | {
          artifactMembership: {
            files: {
              edges: Array<{ node: { displayName: string; directUrl: string } | null }>;
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
            } | null;
          } | null;
        }
      | {
          artifactMembership: {
            files: {
              edges: Array<{ node: { displayName: string; directUrl: string } | null }>;
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
            } | null;
          } | null;
        }
      | null;
  } | null;
};

export type ArtifactFilesQueryVariables = Exact<{
  entity: string;
  project: string;
  collection: string;
  version: string;
  names?: Array<string> | string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ArtifactFilesQuery = {
  project: {
    artifactCollection:
      | {
          artifactMembership: {
            files: {
              totalCount: number | null;
              edges: Array<{
                node: {
                  id: string;
                  name: string;
                  displayName: string;
                  url: string | null;
                  directUrl: string;
                  sizeBytes: number;
                  md5: string | null;
                  digest: string | null;
                  mimetype: string | null;
                  storagePath: string | null;
                  updatedAt: string | null;
                } | null;
              }>;
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
            } | null;
          } | null;
        }
      | {
          artifactMembership: {
            files: {
              totalCount: number | null;
              edges: Array<{
                node: {
                  id: string;
                  name: string;
                  displayName: string;
                  url: string | null;
                  directUrl: string;
                  sizeBytes: number;
                  md5: string | null;
                  digest: string | null;
                  mimetype: string | null;
                  storagePath: string | null;
                  updatedAt: string | null;
                } | null;
              }>;
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
            } | null;
          } | null;
        }
      | null;
  } | null;
};

export type ArtifactManifestUrlQueryVariables = Exact<{
  id: string | number;
}>;

export type ArtifactManifestUrlQuery = { artifact: { currentManifest: { file: { directUrl: string } } | null } | null };

export type ArtifactMembershipFieldsFragment = {
  id: string;
  versionIndex: number | null;
  createdAt: string;
  aliases: Array<{ alias: string }>;
  artifactCollection:
    | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
    | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
    | null;
  artifact: {
    id: string;
    digest: string;
    description: string | null;
    metadata: string | null;
    state: ArtifactState;
    size: number;
    fileCount: number;
    commitHash: string | null;
    versionIndex: number | null;
    historyStep: number | null;
    ttlDurationSeconds: number;
    ttlIsInherited: boolean;
    createdAt: string;
    updatedAt: string | null;
    artifactType: { name: string };
    artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
    aliases: Array<{
      alias: string;
      artifactCollection:
        | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
        | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
        | null;
    }>;
    tags: Array<{ id: string; name: string }>;
  } | null;
};

export type ArtifactMembershipsQueryVariables = Exact<{
  id: string | number;
}>;

export type ArtifactMembershipsQuery = {
  artifact: {
    artifactMemberships: {
      edges: Array<{
        node: {
          id: string;
          versionIndex: number | null;
          createdAt: string;
          aliases: Array<{ alias: string }>;
          artifactCollection:
            | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
            | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
            | null;
          artifact: {
            id: string;
            digest: string;
            description: string | null;
            metadata: string | null;
            state: ArtifactState;
            size: number;
            fileCount: number;
            commitHash: string | null;
            versionIndex: number | null;
            historyStep: number | null;
            ttlDurationSeconds: number;
            ttlIsInherited: boolean;
            createdAt: string;
            updatedAt: string | null;
            artifactType: { name: string };
            artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
            aliases: Array<{
              alias: string;
              artifactCollection:
                | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
                | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
                | null;
            }>;
            tags: Array<{ id: string; name: string }>;
          } | null;
        } | null;
      }>;
    };
  } | null;
};

export type ArtifactTypeCollectionsQueryVariables = Exact<{
  entity: string;
  project: string;
  type: string;
  filters?: string | null | undefined;
  order?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ArtifactTypeCollectionsQuery = {
  project: {
    artifactType: {
      artifactCollections: {
        totalCount: number;
        edges: Array<{
          node:
            | {
                __typename: 'ArtifactPortfolio';
                id: string;
                name: string;
                description: string | null;
                state: ArtifactCollectionState;
                createdAt: string;
                updatedAt: string | null;
                project: { id: string; internalId: string; name: string; entityName: string };
                defaultArtifactType: { name: string };
                tags: { edges: Array<{ node: { id: string; name: string } }> };
              }
            | {
                __typename: 'ArtifactSequence';
                id: string;
                name: string;
                description: string | null;
                state: ArtifactCollectionState;
                createdAt: string;
                updatedAt: string | null;
                project: { id: string; internalId: string; name: string; entityName: string };
                defaultArtifactType: { name: string };
                tags: { edges: Array<{ node: { id: string; name: string } }> };
              }
            | null;
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } | null;
    } | null;
  } | null;
};

export type ArtifactTypeFieldsFragment = { id: string; name: string; description: string | null; createdAt: string };

export type ArtifactUsedByQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type ArtifactUsedByQuery = {
  artifact: {
    usedBy: {
      edges: Array<{
        node: {
          config: string | null;
          summaryMetrics: string | null;
          id: string;
          name: string;
          displayName: string | null;
          state: string | null;
          tags: Array<string> | null;
          group: string | null;
          jobType: string | null;
          notes: string | null;
          description: string | null;
          commit: string | null;
          readOnly: boolean | null;
          sweepName: string | null;
          projectId: string;
          historyLineCount: number | null;
          createdAt: string;
          heartbeatAt: string | null;
          updatedAt: string | null;
          project: { name: string; entityName: string } | null;
          user: { name: string; username: string | null } | null;
        };
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  } | null;
};

export type CreateArtifactMutationVariables = Exact<{
  input: CreateArtifactInput;
}>;

export type CreateArtifactMutation = { createArtifact: { artifact: { id: string; state: ArtifactState; versionIndex: number | null } } | null };

export type DeleteArtifactMutationVariables = Exact<{
  input: DeleteArtifactInput;
}>;

export type DeleteArtifactMutation = { deleteArtifact: { artifact: { id: string } } | null };

export type DeleteArtifactAliasesMutationVariables = Exact<{
  input: DeleteAliasesInput;
}>;

export type DeleteArtifactAliasesMutation = { deleteAliases: { success: boolean } | null };

export type DeleteArtifactCollectionTagsMutationVariables = Exact<{
  input: DeleteArtifactCollectionTagAssignmentsInput;
}>;

export type DeleteArtifactCollectionTagsMutation = { deleteArtifactCollectionTagAssignments: { success: boolean } | null };

export type DeleteArtifactPortfolioMutationVariables = Exact<{
  input: DeleteArtifactPortfolioInput;
}>;

export type DeleteArtifactPortfolioMutation = { deleteArtifactPortfolio: { artifactCollection: { id: string } | { id: string } } | null };

export type DeleteArtifactSequenceMutationVariables = Exact<{
  input: DeleteArtifactSequenceInput;
}>;

export type DeleteArtifactSequenceMutation = { deleteArtifactSequence: { artifactCollection: { id: string } | { id: string } } | null };

export type LinkArtifactMutationVariables = Exact<{
  input: LinkArtifactInput;
}>;

export type LinkArtifactMutation = {
  linkArtifact: {
    versionIndex: number | null;
    artifactMembership: {
      id: string;
      versionIndex: number | null;
      createdAt: string;
      aliases: Array<{ alias: string }>;
      artifactCollection:
        | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
        | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
        | null;
      artifact: {
        id: string;
        digest: string;
        description: string | null;
        metadata: string | null;
        state: ArtifactState;
        size: number;
        fileCount: number;
        commitHash: string | null;
        versionIndex: number | null;
        historyStep: number | null;
        ttlDurationSeconds: number;
        ttlIsInherited: boolean;
        createdAt: string;
        updatedAt: string | null;
        artifactType: { name: string };
        artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
        aliases: Array<{
          alias: string;
          artifactCollection:
            | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
            | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
            | null;
        }>;
        tags: Array<{ id: string; name: string }>;
      } | null;
    } | null;
  } | null;
};

export type MoveArtifactSequenceMutationVariables = Exact<{
  input: MoveArtifactSequenceInput;
}>;

export type MoveArtifactSequenceMutation = {
  moveArtifactSequence: {
    artifactCollection:
      | {
          __typename: 'ArtifactPortfolio';
          id: string;
          name: string;
          description: string | null;
          state: ArtifactCollectionState;
          createdAt: string;
          updatedAt: string | null;
          project: { id: string; internalId: string; name: string; entityName: string };
          defaultArtifactType: { name: string };
          tags: { edges: Array<{ node: { id: string; name: string } }> };
        }
      | {
          __typename: 'ArtifactSequence';
          id: string;
          name: string;
          description: string | null;
          state: ArtifactCollectionState;
          createdAt: string;
          updatedAt: string | null;
          project: { id: string; internalId: string; name: string; entityName: string };
          defaultArtifactType: { name: string };
          tags: { edges: Array<{ node: { id: string; name: string } }> };
        }
      | null;
  } | null;
};

export type ProjectArtifactCollectionQueryVariables = Exact<{
  entity: string;
  project: string;
  type: string;
  name: string;
}>;

export type ProjectArtifactCollectionQuery = {
  project: {
    artifactType: {
      artifactCollection:
        | {
            __typename: 'ArtifactPortfolio';
            id: string;
            name: string;
            description: string | null;
            state: ArtifactCollectionState;
            createdAt: string;
            updatedAt: string | null;
            project: { id: string; internalId: string; name: string; entityName: string };
            defaultArtifactType: { name: string };
            tags: { edges: Array<{ node: { id: string; name: string } }> };
          }
        | {
            __typename: 'ArtifactSequence';
            id: string;
            name: string;
            description: string | null;
            state: ArtifactCollectionState;
            createdAt: string;
            updatedAt: string | null;
            project: { id: string; internalId: string; name: string; entityName: string };
            defaultArtifactType: { name: string };
            tags: { edges: Array<{ node: { id: string; name: string } }> };
          }
        | null;
    } | null;
  } | null;
};

export type ProjectArtifactCollectionsQueryVariables = Exact<{
  entity: string;
  project: string;
  collectionTypes?: Array<ArtifactCollectionType> | ArtifactCollectionType | null | undefined;
  filters?: string | null | undefined;
  order?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ProjectArtifactCollectionsQuery = {
  project: {
    artifactCollections: {
      totalCount: number;
      edges: Array<{
        node:
          | {
              __typename: 'ArtifactPortfolio';
              id: string;
              name: string;
              description: string | null;
              state: ArtifactCollectionState;
              createdAt: string;
              updatedAt: string | null;
              project: { id: string; internalId: string; name: string; entityName: string };
              defaultArtifactType: { name: string };
              tags: { edges: Array<{ node: { id: string; name: string } }> };
            }
          | {
              __typename: 'ArtifactSequence';
              id: string;
              name: string;
              description: string | null;
              state: ArtifactCollectionState;
              createdAt: string;
              updatedAt: string | null;
              project: { id: string; internalId: string; name: string; entityName: string };
              defaultArtifactType: { name: string };
              tags: { edges: Array<{ node: { id: string; name: string } }> };
            }
          | null;
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    } | null;
  } | null;
};

export type ProjectArtifactTypeQueryVariables = Exact<{
  entity: string;
  project: string;
  type: string;
}>;

export type ProjectArtifactTypeQuery = {
  project: { artifactType: { id: string; name: string; description: string | null; createdAt: string } | null } | null;
};

export type ProjectArtifactTypesQueryVariables = Exact<{
  entity: string;
  project: string;
  first: number;
  after?: string | null | undefined;
}>;

export type ProjectArtifactTypesQuery = {
  project: {
    artifactTypes: {
      edges: Array<{ node: { id: string; name: string; description: string | null; createdAt: string } | null }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  } | null;
};

export type ProjectArtifactsQueryVariables = Exact<{
  entity: string;
  project: string;
  type: string;
  collection: string;
  filters?: string | null | undefined;
  order?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ProjectArtifactsQuery = {
  project: {
    artifactType: {
      artifactCollection:
        | {
            __typename: 'ArtifactPortfolio';
            id: string;
            artifacts: {
              totalCount: number;
              edges: Array<{
                version: string;
                node: {
                  id: string;
                  digest: string;
                  description: string | null;
                  metadata: string | null;
                  state: ArtifactState;
                  size: number;
                  fileCount: number;
                  commitHash: string | null;
                  versionIndex: number | null;
                  historyStep: number | null;
                  ttlDurationSeconds: number;
                  ttlIsInherited: boolean;
                  createdAt: string;
                  updatedAt: string | null;
                  artifactType: { name: string };
                  artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
                  aliases: Array<{
                    alias: string;
                    artifactCollection:
                      | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
                      | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
                      | null;
                  }>;
                  tags: Array<{ id: string; name: string }>;
                };
              }>;
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
            };
          }
        | {
            __typename: 'ArtifactSequence';
            id: string;
            artifacts: {
              totalCount: number;
              edges: Array<{
                version: string;
                node: {
                  id: string;
                  digest: string;
                  description: string | null;
                  metadata: string | null;
                  state: ArtifactState;
                  size: number;
                  fileCount: number;
                  commitHash: string | null;
                  versionIndex: number | null;
                  historyStep: number | null;
                  ttlDurationSeconds: number;
                  ttlIsInherited: boolean;
                  createdAt: string;
                  updatedAt: string | null;
                  artifactType: { name: string };
                  artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
                  aliases: Array<{
                    alias: string;
                    artifactCollection:
                      | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
                      | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
                      | null;
                  }>;
                  tags: Array<{ id: string; name: string }>;
                };
              }>;
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
            };
          }
        | null;
    } | null;
  } | null;
};

export type RunInputArtifactsQueryVariables = Exact<{
  entity: string;
  project: string;
  run: string;
  first: number;
  after?: string | null | undefined;
}>;

export type RunInputArtifactsQuery = {
  project: {
    run: {
      artifacts: {
        totalCount: number;
        edges: Array<{
          node: {
            id: string;
            digest: string;
            description: string | null;
            metadata: string | null;
            state: ArtifactState;
            size: number;
            fileCount: number;
            commitHash: string | null;
            versionIndex: number | null;
            historyStep: number | null;
            ttlDurationSeconds: number;
            ttlIsInherited: boolean;
            createdAt: string;
            updatedAt: string | null;
            artifactType: { name: string };
            artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
            aliases: Array<{
              alias: string;
              artifactCollection:
                | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
                | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
                | null;
            }>;
            tags: Array<{ id: string; name: string }>;
          } | null;
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } | null;
    } | null;
  } | null;
};

export type RunOutputArtifactsQueryVariables = Exact<{
  entity: string;
  project: string;
  run: string;
  first: number;
  after?: string | null | undefined;
}>;

export type RunOutputArtifactsQuery = {
  project: {
    run: {
      artifacts: {
        totalCount: number;
        edges: Array<{
          node: {
            id: string;
            digest: string;
            description: string | null;
            metadata: string | null;
            state: ArtifactState;
            size: number;
            fileCount: number;
            commitHash: string | null;
            versionIndex: number | null;
            historyStep: number | null;
            ttlDurationSeconds: number;
            ttlIsInherited: boolean;
            createdAt: string;
            updatedAt: string | null;
            artifactType: { name: string };
            artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
            aliases: Array<{
              alias: string;
              artifactCollection:
                | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
                | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
                | null;
            }>;
            tags: Array<{ id: string; name: string }>;
          } | null;
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } | null;
    } | null;
  } | null;
};

export type UnlinkArtifactMutationVariables = Exact<{
  input: UnlinkArtifactInput;
}>;

export type UnlinkArtifactMutation = { unlinkArtifact: { success: boolean } | null };

export type UpdateArtifactMutationVariables = Exact<{
  input: UpdateArtifactInput;
}>;

export type UpdateArtifactMutation = {
  updateArtifact: {
    artifact: {
      id: string;
      digest: string;
      description: string | null;
      metadata: string | null;
      state: ArtifactState;
      size: number;
      fileCount: number;
      commitHash: string | null;
      versionIndex: number | null;
      historyStep: number | null;
      ttlDurationSeconds: number;
      ttlIsInherited: boolean;
      createdAt: string;
      updatedAt: string | null;
      artifactType: { name: string };
      artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
      aliases: Array<{
        alias: string;
        artifactCollection:
          | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
          | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
          | null;
      }>;
      tags: Array<{ id: string; name: string }>;
    };
  } | null;
};

export type UpdateArtifactPortfolioMutationVariables = Exact<{
  input: UpdateArtifactPortfolioInput;
}>;

export type UpdateArtifactPortfolioMutation = {
  updateArtifactPortfolio: {
    artifactCollection:
      | {
          __typename: 'ArtifactPortfolio';
          id: string;
          name: string;
          description: string | null;
          state: ArtifactCollectionState;
          createdAt: string;
          updatedAt: string | null;
          project: { id: string; internalId: string; name: string; entityName: string };
          defaultArtifactType: { name: string };
          tags: { edges: Array<{ node: { id: string; name: string } }> };
        }
      | {
          __typename: 'ArtifactSequence';
          id: string;
          name: string;
          description: string | null;
          state: ArtifactCollectionState;
          createdAt: string;
          updatedAt: string | null;
          project: { id: string; internalId: string; name: string; entityName: string };
          defaultArtifactType: { name: string };
          tags: { edges: Array<{ node: { id: string; name: string } }> };
        };
  } | null;
};

export type UpdateArtifactSequenceMutationVariables = Exact<{
  input: UpdateArtifactSequenceInput;
}>;

export type UpdateArtifactSequenceMutation = {
  updateArtifactSequence: {
    artifactCollection:
      | {
          __typename: 'ArtifactPortfolio';
          id: string;
          name: string;
          description: string | null;
          state: ArtifactCollectionState;
          createdAt: string;
          updatedAt: string | null;
          project: { id: string; internalId: string; name: string; entityName: string };
          defaultArtifactType: { name: string };
          tags: { edges: Array<{ node: { id: string; name: string } }> };
        }
      | {
          __typename: 'ArtifactSequence';
          id: string;
          name: string;
          description: string | null;
          state: ArtifactCollectionState;
          createdAt: string;
          updatedAt: string | null;
          project: { id: string; internalId: string; name: string; entityName: string };
          defaultArtifactType: { name: string };
          tags: { edges: Array<{ node: { id: string; name: string } }> };
        };
  } | null;
};

export type UseArtifactMutationVariables = Exact<{
  input: UseArtifactInput;
}>;

export type UseArtifactMutation = { useArtifact: { artifact: { id: string } } | null };

export type AutomationFieldsFragment = {
  id: string;
  name: string;
  description: string | null;
  enabled: boolean;
  createdAt: string;
  updatedAt: string | null;
  scope:
    | { __typename: 'ArtifactPortfolio'; id: string; name: string }
    | { __typename: 'ArtifactSequence'; id: string; name: string }
    | { __typename: 'Entity'; id: string; name: string }
    | { __typename: 'Project'; id: string; name: string };
  event: { __typename: 'FilterEventTriggeringCondition'; eventType: EventTriggeringConditionType; filter: string };
  action:
    | {
        __typename: 'GenericWebhookTriggeredAction';
        requestPayload: string | null;
        integration:
          | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
          | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
      }
    | { __typename: 'NoOpTriggeredAction'; noOp: boolean | null }
    | {
        __typename: 'NotificationTriggeredAction';
        title: string | null;
        message: string | null;
        severity: AlertSeverity | null;
        integration:
          | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
          | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
      };
};

export type CreateAutomationMutationVariables = Exact<{
  input: CreateFilterTriggerInput;
}>;

export type CreateAutomationMutation = {
  createFilterTrigger: {
    trigger: {
      id: string;
      name: string;
      description: string | null;
      enabled: boolean;
      createdAt: string;
      updatedAt: string | null;
      scope:
        | { __typename: 'ArtifactPortfolio'; id: string; name: string }
        | { __typename: 'ArtifactSequence'; id: string; name: string }
        | { __typename: 'Entity'; id: string; name: string }
        | { __typename: 'Project'; id: string; name: string };
      event: { __typename: 'FilterEventTriggeringCondition'; eventType: EventTriggeringConditionType; filter: string };
      action:
        | {
            __typename: 'GenericWebhookTriggeredAction';
            requestPayload: string | null;
            integration:
              | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
              | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
          }
        | { __typename: 'NoOpTriggeredAction'; noOp: boolean | null }
        | {
            __typename: 'NotificationTriggeredAction';
            title: string | null;
            message: string | null;
            severity: AlertSeverity | null;
            integration:
              | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
              | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
          };
    } | null;
  } | null;
};

export type DeleteAutomationMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteAutomationMutation = { deleteTrigger: { success: boolean } | null };

export type EntityAutomationsQueryVariables = Exact<{
  entity: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type EntityAutomationsQuery = {
  entity: {
    triggers: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          name: string;
          description: string | null;
          enabled: boolean;
          createdAt: string;
          updatedAt: string | null;
          scope:
            | { __typename: 'ArtifactPortfolio'; id: string; name: string }
            | { __typename: 'ArtifactSequence'; id: string; name: string }
            | { __typename: 'Entity'; id: string; name: string }
            | { __typename: 'Project'; id: string; name: string };
          event: { __typename: 'FilterEventTriggeringCondition'; eventType: EventTriggeringConditionType; filter: string };
          action:
            | {
                __typename: 'GenericWebhookTriggeredAction';
                requestPayload: string | null;
                integration:
                  | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
                  | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
              }
            | { __typename: 'NoOpTriggeredAction'; noOp: boolean | null }
            | {
                __typename: 'NotificationTriggeredAction';
                title: string | null;
                message: string | null;
                severity: AlertSeverity | null;
                integration:
                  | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
                  | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
              };
        };
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  } | null;
};

export type EntityAutomationsLegacyQueryVariables = Exact<{
  entity: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type EntityAutomationsLegacyQuery = {
  entity: {
    projects: {
      edges: Array<{
        node: {
          triggers: Array<{
            id: string;
            name: string;
            description: string | null;
            enabled: boolean;
            createdAt: string;
            updatedAt: string | null;
            scope:
              | { __typename: 'ArtifactPortfolio'; id: string; name: string }
              | { __typename: 'ArtifactSequence'; id: string; name: string }
              | { __typename: 'Entity'; id: string; name: string }
              | { __typename: 'Project'; id: string; name: string };
            event: { __typename: 'FilterEventTriggeringCondition'; eventType: EventTriggeringConditionType; filter: string };
            action:
              | {
                  __typename: 'GenericWebhookTriggeredAction';
                  requestPayload: string | null;
                  integration:
                    | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
                    | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
                }
              | { __typename: 'NoOpTriggeredAction'; noOp: boolean | null }
              | {
                  __typename: 'NotificationTriggeredAction';
                  title: string | null;
                  message: string | null;
                  severity: AlertSeverity | null;
                  integration:
                    | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
                    | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
                };
          }>;
        } | null;
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    } | null;
  } | null;
};

export type UpdateAutomationMutationVariables = Exact<{
  input: UpdateFilterTriggerInput;
}>;

export type UpdateAutomationMutation = {
  updateFilterTrigger: {
    trigger: {
      id: string;
      name: string;
      description: string | null;
      enabled: boolean;
      createdAt: string;
      updatedAt: string | null;
      scope:
        | { __typename: 'ArtifactPortfolio'; id: string; name: string }
        | { __typename: 'ArtifactSequence'; id: string; name: string }
        | { __typename: 'Entity'; id: string; name: string }
        | { __typename: 'Project'; id: string; name: string };
      event: { __typename: 'FilterEventTriggeringCondition'; eventType: EventTriggeringConditionType; filter: string };
      action:
        | {
            __typename: 'GenericWebhookTriggeredAction';
            requestPayload: string | null;
            integration:
              | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
              | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
          }
        | { __typename: 'NoOpTriggeredAction'; noOp: boolean | null }
        | {
            __typename: 'NotificationTriggeredAction';
            title: string | null;
            message: string | null;
            severity: AlertSeverity | null;
            integration:
              | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
              | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };
          };
    } | null;
  } | null;
};

export type CreateCustomChartMutationVariables = Exact<{
  input: CreateCustomChartInput;
}>;

export type CreateCustomChartMutation = {
  createCustomChart: { chart: { id: string; name: string; displayName: string; type: string; access: string; createdAt: string } } | null;
};

export type EntityIntegrationsQueryVariables = Exact<{
  entity: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type EntityIntegrationsQuery = {
  entity: {
    integrations: {
      edges: Array<{
        node:
          | { __typename: 'GenericWebhookIntegration'; name: string; urlEndpoint: string; id: string }
          | { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string }
          | null;
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    } | null;
  } | null;
};

type IntegrationFields_GenericWebhookIntegration_Fragment = {
  __typename: 'GenericWebhookIntegration';
  name: string;
  urlEndpoint: string;
  id: string;
};

type IntegrationFields_SlackIntegration_Fragment = { __typename: 'SlackIntegration'; teamName: string; channelName: string; id: string };

export type IntegrationFieldsFragment = IntegrationFields_GenericWebhookIntegration_Fragment | IntegrationFields_SlackIntegration_Fragment;

export type PushToRunQueueByNameMutationVariables = Exact<{
  input: PushToRunQueueByNameInput;
}>;

export type PushToRunQueueByNameMutation = { pushToRunQueueByName: { runQueueItemId: string; runSpec: string } | null };

export type CreateDefaultResourceConfigMutationVariables = Exact<{
  input: CreateDefaultResourceConfigInput;
}>;

export type CreateDefaultResourceConfigMutation = { createDefaultResourceConfig: { success: boolean; defaultResourceConfigID: string } | null };

export type CreateRunQueueMutationVariables = Exact<{
  input: CreateRunQueueInput;
}>;

export type CreateRunQueueMutation = { createRunQueue: { success: boolean | null; queueID: string | null } | null };

export type DeleteQueuedRunMutationVariables = Exact<{
  queueId: string | number;
  itemId: string | number;
}>;

export type DeleteQueuedRunMutation = { deleteFromRunQueue: { success: boolean | null } | null };

export type DeleteRunQueueMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteRunQueueMutation = { deleteRunQueues: { success: boolean | null } | null };

export type ProjectRunQueuesQueryVariables = Exact<{
  entity: string;
  project: string;
}>;

export type ProjectRunQueuesQuery = {
  project: {
    runQueues: Array<{
      id: string;
      name: string;
      access: RunQueueAccessType;
      prioritizationMode: RunQueuePrioritizationMode | null;
      defaultResourceConfigID: string | null;
      externalLinks: unknown;
      createdAt: string;
      updatedAt: string | null;
    }>;
  } | null;
};

export type QueuedRunFieldsFragment = {
  id: string;
  state: RunQueueItemState;
  associatedRunId: string | null;
  launchAgentId: string | null;
  runSpec: unknown;
  createdAt: string;
  updatedAt: string | null;
};

export type RunQueueQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
}>;

export type RunQueueQuery = {
  project: {
    runQueue: {
      id: string;
      name: string;
      access: RunQueueAccessType;
      prioritizationMode: RunQueuePrioritizationMode | null;
      defaultResourceConfigID: string | null;
      externalLinks: unknown;
      createdAt: string;
      updatedAt: string | null;
    } | null;
  } | null;
};

export type RunQueueFieldsFragment = {
  id: string;
  name: string;
  access: RunQueueAccessType;
  prioritizationMode: RunQueuePrioritizationMode | null;
  defaultResourceConfigID: string | null;
  externalLinks: unknown;
  createdAt: string;
  updatedAt: string | null;
};

export type RunQueueItemQueryVariables = Exact<{
  entity: string;
  project: string;
  queue: string;
  id: string | number;
}>;

export type RunQueueItemQuery = {
  project: {
    runQueue: {
      id: string;
      runQueueItem: {
        id: string;
        state: RunQueueItemState;
        associatedRunId: string | null;
        launchAgentId: string | null;
        runSpec: unknown;
        createdAt: string;
        updatedAt: string | null;
      } | null;
    } | null;
  } | null;
};

export type RunQueueItemsQueryVariables = Exact<{
  entity: string;
  project: string;
  queue: string;
  first: number;
  after?: string | null | undefined;
}>;

export type RunQueueItemsQuery = {
  project: {
    runQueue: {
      runQueueItems: {
        edges: Array<{
          cursor: string;
          node: {
            id: string;
            state: RunQueueItemState;
            associatedRunId: string | null;
            launchAgentId: string | null;
            runSpec: unknown;
            createdAt: string;
            updatedAt: string | null;
          };
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    } | null;
  } | null;
};

export type RunQueueResourceConfigQueryVariables = Exact<{
  entity: string;
  id: string | number;
}>;

export type RunQueueResourceConfigQuery = {
  entity: {
    defaultResourceConfig: {
      id: string;
      resource: string;
      config: unknown;
      createdAt: string;
      updatedAt: string | null;
      templateVariables: Array<{ name: string; schema: unknown }> | null;
    } | null;
  } | null;
};

export type UpsertRunQueueMutationVariables = Exact<{
  input: UpsertRunQueueInput;
}>;

export type UpsertRunQueueMutation = { upsertRunQueue: { success: boolean; configSchemaValidationErrors: Array<string> | null } | null };

export type CreateProjectMutationVariables = Exact<{
  input: UpsertModelInput;
}>;

export type CreateProjectMutation = {
  upsertModel: {
    inserted: boolean | null;
    project: {
      id: string;
      internalId: string;
      name: string;
      entityName: string;
      description: string | null;
      access: string | null;
      readOnly: boolean | null;
      isBenchmark: boolean;
      createdAt: string;
      updatedAt: string | null;
      user: {
        id: string;
        name: string;
        username: string | null;
        email: string | null;
        admin: boolean | null;
        entity: string | null;
        flags: string | null;
        photoUrl: string | null;
        accountType: UserAccountType | null;
        createdAt: string;
        deletedAt: string | null;
      } | null;
    } | null;
  } | null;
};

export type ProjectQueryVariables = Exact<{
  entity: string;
  name: string;
}>;

export type ProjectQuery = {
  project: {
    id: string;
    internalId: string;
    name: string;
    entityName: string;
    description: string | null;
    access: string | null;
    readOnly: boolean | null;
    isBenchmark: boolean;
    createdAt: string;
    updatedAt: string | null;
    user: {
      id: string;
      name: string;
      username: string | null;
      email: string | null;
      admin: boolean | null;
      entity: string | null;
      flags: string | null;
      photoUrl: string | null;
      accountType: UserAccountType | null;
      createdAt: string;
      deletedAt: string | null;
    } | null;
  } | null;
};

export type ProjectFieldsFragment = {
  id: string;
  internalId: string;
  name: string;
  entityName: string;
  description: string | null;
  access: string | null;
  readOnly: boolean | null;
  isBenchmark: boolean;
  createdAt: string;
  updatedAt: string | null;
  user: {
    id: string;
    name: string;
    username: string | null;
    email: string | null;
    admin: boolean | null;
    entity: string | null;
    flags: string | null;
    photoUrl: string | null;
    accountType: UserAccountType | null;
    createdAt: string;
    deletedAt: string | null;
  } | null;
};

export type ProjectsQueryVariables = Exact<{
  entity: string;
  first: number;
  after?: string | null | undefined;
}>;

export type ProjectsQuery = {
  models: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        internalId: string;
        name: string;
        entityName: string;
        description: string | null;
        access: string | null;
        readOnly: boolean | null;
        isBenchmark: boolean;
        createdAt: string;
        updatedAt: string | null;
        user: {
          id: string;
          name: string;
          username: string | null;
          email: string | null;
          admin: boolean | null;
          entity: string | null;
          flags: string | null;
          photoUrl: string | null;
          accountType: UserAccountType | null;
          createdAt: string;
          deletedAt: string | null;
        } | null;
      } | null;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  } | null;
};

export type CreateRegistryMembersMutationVariables = Exact<{
  input: CreateProjectMembersInput;
}>;

export type CreateRegistryMembersMutation = { createProjectMembers: { success: boolean } | null };

export type DeleteRegistryMutationVariables = Exact<{
  input: DeleteModelInput;
}>;

export type DeleteRegistryMutation = { deleteModel: { success: boolean | null } | null };

export type DeleteRegistryMembersMutationVariables = Exact<{
  input: DeleteProjectMembersInput;
}>;

export type DeleteRegistryMembersMutation = { deleteProjectMembers: { success: boolean } | null };

export type OrgInfoFromEntityQueryVariables = Exact<{
  entity: string;
}>;

export type OrgInfoFromEntityQuery = {
  entity: {
    organization: { name: string; orgEntity: { name: string } | null } | null;
    user: { organizations: Array<{ name: string; orgEntity: { name: string } | null }> } | null;
  } | null;
};

export type OrganizationQueryVariables = Exact<{
  name: string;
}>;

export type OrganizationQuery = {
  organization: { id: string; name: string; orgEntity: { id: string; name: string; entityType: string | null } | null } | null;
};

export type OrganizationOrgEntityQueryVariables = Exact<{
  organization: string;
}>;

export type OrganizationOrgEntityQuery = { organization: { name: string; orgEntity: { name: string } | null } | null };

export type RegistryByNameQueryVariables = Exact<{
  entity: string;
  name: string;
}>;

export type RegistryByNameQuery = {
  entity: {
    project: {
      id: string;
      internalId: string;
      name: string;
      description: string | null;
      access: string | null;
      createdAt: string;
      updatedAt: string | null;
      allowAllArtifactTypesInRegistry: boolean;
      entity: { name: string; organization: { name: string } | null };
      artifactTypes: { edges: Array<{ node: { name: string } | null }> };
    } | null;
  } | null;
};

export type RegistryCollectionsQueryVariables = Exact<{
  organization: string;
  registryFilter?: string | null | undefined;
  collectionFilter?: string | null | undefined;
  order?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type RegistryCollectionsQuery = {
  organization: {
    orgEntity: {
      name: string;
      artifactCollections: {
        totalCount: number;
        edges: Array<{
          node:
            | {
                __typename: 'ArtifactPortfolio';
                id: string;
                name: string;
                description: string | null;
                state: ArtifactCollectionState;
                createdAt: string;
                updatedAt: string | null;
                project: { id: string; internalId: string; name: string; entityName: string };
                defaultArtifactType: { name: string };
                tags: { edges: Array<{ node: { id: string; name: string } }> };
              }
            | {
                __typename: 'ArtifactSequence';
                id: string;
                name: string;
                description: string | null;
                state: ArtifactCollectionState;
                createdAt: string;
                updatedAt: string | null;
                project: { id: string; internalId: string; name: string; entityName: string };
                defaultArtifactType: { name: string };
                tags: { edges: Array<{ node: { id: string; name: string } }> };
              }
            | null;
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } | null;
    } | null;
  } | null;
};

export type RegistryFieldsFragment = {
  id: string;
  internalId: string;
  name: string;
  description: string | null;
  access: string | null;
  createdAt: string;
  updatedAt: string | null;
  allowAllArtifactTypesInRegistry: boolean;
  entity: { name: string; organization: { name: string } | null };
  artifactTypes: { edges: Array<{ node: { name: string } | null }> };
};

export type RegistryProjectsQueryVariables = Exact<{
  organization: string;
  filters?: string | null | undefined;
  order?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type RegistryProjectsQuery = {
  organization: {
    orgEntity: {
      name: string;
      projects: {
        edges: Array<{
          node: {
            id: string;
            internalId: string;
            name: string;
            description: string | null;
            access: string | null;
            createdAt: string;
            updatedAt: string | null;
            allowAllArtifactTypesInRegistry: boolean;
            entity: { name: string; organization: { name: string } | null };
            artifactTypes: { edges: Array<{ node: { name: string } | null }> };
          } | null;
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } | null;
    } | null;
  } | null;
};

export type RegistryTeamMembersQueryVariables = Exact<{
  entity: string;
  project: string;
}>;

export type RegistryTeamMembersQuery = {
  project: {
    teamMembers: Array<{
      team: {
        id: string;
        name: string;
        available: boolean | null;
        photoUrl: string | null;
        readOnly: boolean | null;
        readOnlyAdmin: boolean;
        isTeam: boolean;
        privateOnly: boolean;
        storageBytes: number;
        codeSavingEnabled: boolean;
        defaultAccess: string;
        isPaid: boolean | null;
        createdAt: string;
        members: Array<{
          id: string | null;
          admin: boolean | null;
          pending: boolean | null;
          email: string | null;
          username: string | null;
          name: string;
          photoUrl: string | null;
          accountType: string | null;
          role: string | null;
          apiKey: string | null;
        }>;
      };
      role: { name: string };
    }>;
  } | null;
};

export type RegistryUserMembersQueryVariables = Exact<{
  entity: string;
  project: string;
}>;

export type RegistryUserMembersQuery = {
  project: { members: Array<{ id: string; name: string | null; username: string | null; email: string | null; role: { name: string } }> } | null;
};

export type RegistryVersionsQueryVariables = Exact<{
  organization: string;
  registryFilter?: string | null | undefined;
  collectionFilter?: string | null | undefined;
  artifactFilter?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type RegistryVersionsQuery = {
  organization: {
    orgEntity: {
      name: string;
      artifactMemberships: {
        edges: Array<{
          node: {
            id: string;
            versionIndex: number | null;
            createdAt: string;
            aliases: Array<{ alias: string }>;
            artifactCollection:
              | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
              | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
              | null;
            artifact: {
              id: string;
              digest: string;
              description: string | null;
              metadata: string | null;
              state: ArtifactState;
              size: number;
              fileCount: number;
              commitHash: string | null;
              versionIndex: number | null;
              historyStep: number | null;
              ttlDurationSeconds: number;
              ttlIsInherited: boolean;
              createdAt: string;
              updatedAt: string | null;
              artifactType: { name: string };
              artifactSequence: { id: string; name: string; project: { name: string; entityName: string } };
              aliases: Array<{
                alias: string;
                artifactCollection:
                  | { __typename: 'ArtifactPortfolio'; id: string; name: string; project: { name: string; entityName: string } }
                  | { __typename: 'ArtifactSequence'; id: string; name: string; project: { name: string; entityName: string } }
                  | null;
              }>;
              tags: Array<{ id: string; name: string }>;
            } | null;
          } | null;
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } | null;
    } | null;
  } | null;
};

export type UpdateRegistryTeamRoleMutationVariables = Exact<{
  input: UpdateProjectTeamMemberInput;
}>;

export type UpdateRegistryTeamRoleMutation = { updateProjectTeamMember: { success: boolean } | null };

export type UpdateRegistryUserRoleMutationVariables = Exact<{
  input: UpdateProjectMemberInput;
}>;

export type UpdateRegistryUserRoleMutation = { updateProjectMember: { success: boolean } | null };

export type UpsertRegistryMutationVariables = Exact<{
  input: UpsertModelInput;
}>;

export type UpsertRegistryMutation = {
  upsertModel: {
    inserted: boolean | null;
    project: {
      id: string;
      internalId: string;
      name: string;
      description: string | null;
      access: string | null;
      createdAt: string;
      updatedAt: string | null;
      allowAllArtifactTypesInRegistry: boolean;
      entity: { name: string; organization: { name: string } | null };
      artifactTypes: { edges: Array<{ node: { name: string } | null }> };
    } | null;
  } | null;
};

export type ProjectReportsQueryVariables = Exact<{
  entity: string;
  project: string;
  name?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ProjectReportsQuery = {
  project: {
    allViews: {
      totalCount: number;
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          name: string | null;
          displayName: string | null;
          description: string | null;
          type: string | null;
          spec: string | null;
          entityName: string;
          projectName: string;
          createdAt: string;
          updatedAt: string | null;
          user: { name: string; username: string | null; email: string | null; photoUrl: string | null } | null;
        } | null;
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    } | null;
  } | null;
};

export type ReportByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type ReportByIdQuery = {
  view: {
    id: string;
    name: string | null;
    displayName: string | null;
    description: string | null;
    type: string | null;
    spec: string | null;
    entityName: string;
    projectName: string;
    createdAt: string;
    updatedAt: string | null;
    user: { name: string; username: string | null; email: string | null; photoUrl: string | null } | null;
  } | null;
};

export type ReportFieldsFragment = {
  id: string;
  name: string | null;
  displayName: string | null;
  description: string | null;
  type: string | null;
  spec: string | null;
  entityName: string;
  projectName: string;
  createdAt: string;
  updatedAt: string | null;
  user: { name: string; username: string | null; email: string | null; photoUrl: string | null } | null;
};

export type CreateRunMutationVariables = Exact<{
  input: UpsertBucketInput;
}>;

export type CreateRunMutation = {
  upsertBucket: {
    inserted: boolean | null;
    bucket: {
      config: string | null;
      summaryMetrics: string | null;
      systemMetrics: string | null;
      historyKeys: unknown;
      id: string;
      name: string;
      displayName: string | null;
      state: string | null;
      tags: Array<string> | null;
      group: string | null;
      jobType: string | null;
      notes: string | null;
      description: string | null;
      commit: string | null;
      readOnly: boolean | null;
      sweepName: string | null;
      projectId: string;
      historyLineCount: number | null;
      createdAt: string;
      heartbeatAt: string | null;
      updatedAt: string | null;
      project: { name: string; entityName: string } | null;
      user: { name: string; username: string | null } | null;
    } | null;
  } | null;
};

export type DeleteRunMutationVariables = Exact<{
  input: DeleteRunInput;
}>;

export type DeleteRunMutation = { deleteRun: { clientMutationId: string | null } | null };

export type DeleteRunFilesMutationVariables = Exact<{
  files: Array<string | number> | string | number;
  projectId?: number | null | undefined;
}>;

export type DeleteRunFilesMutation = { deleteFiles: { success: boolean } | null };

export type LogLineFieldsFragment = {
  number: number | null;
  timestamp: string | null;
  level: string | null;
  label: string | null;
  line: string | null;
};

export type RunQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
}>;

export type RunQuery = {
  project: {
    run: {
      config: string | null;
      summaryMetrics: string | null;
      systemMetrics: string | null;
      historyKeys: unknown;
      id: string;
      name: string;
      displayName: string | null;
      state: string | null;
      tags: Array<string> | null;
      group: string | null;
      jobType: string | null;
      notes: string | null;
      description: string | null;
      commit: string | null;
      readOnly: boolean | null;
      sweepName: string | null;
      projectId: string;
      historyLineCount: number | null;
      createdAt: string;
      heartbeatAt: string | null;
      updatedAt: string | null;
      user: { name: string; username: string | null } | null;
    } | null;
  } | null;
};

export type RunConsoleLogPageQueryVariables = Exact<{
  entity: string;
  project: string;
  runName: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type RunConsoleLogPageQuery = {
  project: {
    run: {
      id: string;
      logLineCount: number | null;
      logLines: {
        edges: Array<{ node: { number: number | null; timestamp: string | null; level: string | null; label: string | null; line: string | null } }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } | null;
    } | null;
  } | null;
};

export type RunConsoleLogTailQueryVariables = Exact<{
  entity: string;
  project: string;
  runName: string;
  last: number;
}>;

export type RunConsoleLogTailQuery = {
  project: {
    run: {
      id: string;
      logLineCount: number | null;
      logLines: {
        edges: Array<{ node: { number: number | null; timestamp: string | null; level: string | null; label: string | null; line: string | null } }>;
      } | null;
    } | null;
  } | null;
};

export type RunCountQueryVariables = Exact<{
  entity: string;
  project: string;
  filters?: string | null | undefined;
}>;

export type RunCountQuery = { project: { runCount: number } | null };

export type RunEventsQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
  samples?: number | null | undefined;
}>;

export type RunEventsQuery = { project: { run: { events: Array<string> } | null } | null };

export type RunFieldsFragment = {
  id: string;
  name: string;
  displayName: string | null;
  state: string | null;
  tags: Array<string> | null;
  group: string | null;
  jobType: string | null;
  notes: string | null;
  description: string | null;
  commit: string | null;
  readOnly: boolean | null;
  sweepName: string | null;
  projectId: string;
  historyLineCount: number | null;
  createdAt: string;
  heartbeatAt: string | null;
  updatedAt: string | null;
  user: { name: string; username: string | null } | null;
};

export type RunFileFieldsFragment = {
  id: string;
  name: string;
  url: string | null;
  directUrl: string;
  sizeBytes: number;
  md5: string | null;
  mimetype: string | null;
  updatedAt: string | null;
};

export type RunFilesQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
  names?: Array<string | null | undefined> | string | null | undefined;
  pattern?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  withCount?: boolean | null | undefined;
}>;

export type RunFilesQuery = {
  project: {
    internalId: string;
    run: {
      id: string;
      projectId: string;
      fileCount?: number | null;
      files: {
        edges: Array<{
          cursor: string;
          node: {
            id: string;
            name: string;
            url: string | null;
            directUrl: string;
            sizeBytes: number;
            md5: string | null;
            mimetype: string | null;
            updatedAt: string | null;
          } | null;
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } | null;
    } | null;
  } | null;
};

export type RunFullHistoryQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
  samples?: number | null | undefined;
  minStep?: number | null | undefined;
  maxStep?: number | null | undefined;
}>;

export type RunFullHistoryQuery = { project: { run: { history: Array<string> } | null } | null };

export type RunHistoryKeysQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
}>;

export type RunHistoryKeysQuery = { project: { run: { id: string; historyKeys: unknown; historyLineCount: number | null } | null } | null };

export type RunKeysQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
  withConfig: boolean;
  configKeys?: Array<string> | string | null | undefined;
  withSummary: boolean;
  summaryKeys?: Array<string> | string | null | undefined;
}>;

export type RunKeysQuery = {
  project: { run: { id: string; tags: Array<string> | null; config?: string | null; summaryMetrics?: string | null } | null } | null;
};

export type RunParquetHistoryQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
  liveKeys: Array<string> | string;
}>;

export type RunParquetHistoryQuery = { project: { run: { parquetHistory: { parquetUrls: Array<string>; liveData: Array<unknown> } } | null } | null };

export type RunSampledHistoryQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
  specs: Array<string> | string;
}>;

export type RunSampledHistoryQuery = { project: { run: { sampledHistory: Array<unknown> } | null } | null };

export type RunStateQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
}>;

export type RunStateQuery = { project: { run: { id: string; state: string | null; heartbeatAt: string | null } | null } | null };

export type RunsQueryVariables = Exact<{
  entity: string;
  project: string;
  filters?: string | null | undefined;
  order?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  withCount?: boolean | null | undefined;
  withConfig?: boolean | null | undefined;
  configKeys?: Array<string> | string | null | undefined;
  withSummary?: boolean | null | undefined;
  summaryKeys?: Array<string> | string | null | undefined;
  withSystemMetrics?: boolean | null | undefined;
  withSweep?: boolean | null | undefined;
}>;

export type RunsQuery = {
  project: {
    runCount?: number;
    runs: {
      edges: Array<{
        node: {
          config?: string | null;
          summaryMetrics?: string | null;
          systemMetrics?: string | null;
          id: string;
          name: string;
          displayName: string | null;
          state: string | null;
          tags: Array<string> | null;
          group: string | null;
          jobType: string | null;
          notes: string | null;
          description: string | null;
          commit: string | null;
          readOnly: boolean | null;
          sweepName: string | null;
          projectId: string;
          historyLineCount: number | null;
          createdAt: string;
          heartbeatAt: string | null;
          updatedAt: string | null;
          sweep?: {
            id: string;
            name: string;
            displayName: string | null;
            method: string;
            state: string;
            description: string | null;
            bestLoss: number | null;
            config: string;
            createdAt: string;
            updatedAt: string | null;
            runCount: number;
            runCountExpected: number | null;
          } | null;
          user: { name: string; username: string | null } | null;
        };
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    } | null;
  } | null;
};

export type RunsHistoriesQueryVariables = Exact<{
  entity: string;
  project: string;
  filters?: string | null | undefined;
  order?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  specs: Array<string> | string;
  samples?: number | null | undefined;
  sampled: boolean;
  full: boolean;
  system: boolean;
}>;

export type RunsHistoriesQuery = {
  project: {
    runs: {
      edges: Array<{
        cursor: string;
        node: {
          sampledHistory?: Array<unknown>;
          history?: Array<string>;
          events?: Array<string>;
          id: string;
          name: string;
          displayName: string | null;
          state: string | null;
          tags: Array<string> | null;
          group: string | null;
          jobType: string | null;
          notes: string | null;
          description: string | null;
          commit: string | null;
          readOnly: boolean | null;
          sweepName: string | null;
          projectId: string;
          historyLineCount: number | null;
          createdAt: string;
          heartbeatAt: string | null;
          updatedAt: string | null;
          user: { name: string; username: string | null } | null;
        };
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    } | null;
  } | null;
};

export type StopRunMutationVariables = Exact<{
  input: StopRunInput;
}>;

export type StopRunMutation = { stopRun: { success: boolean } | null };

export type UpdateRunMutationVariables = Exact<{
  input: UpsertBucketInput;
  withHeavy: boolean;
}>;

export type UpdateRunMutation = {
  upsertBucket: {
    bucket: {
      config?: string | null;
      summaryMetrics?: string | null;
      id: string;
      name: string;
      displayName: string | null;
      state: string | null;
      tags: Array<string> | null;
      group: string | null;
      jobType: string | null;
      notes: string | null;
      description: string | null;
      commit: string | null;
      readOnly: boolean | null;
      sweepName: string | null;
      projectId: string;
      historyLineCount: number | null;
      createdAt: string;
      heartbeatAt: string | null;
      updatedAt: string | null;
      user: { name: string; username: string | null } | null;
    } | null;
  } | null;
};

export type UpdateRunStateMutationVariables = Exact<{
  input: UpdateRunStateInput;
}>;

export type UpdateRunStateMutation = { updateRunState: { success: boolean } | null };

export type UploadRunFilesMutationVariables = Exact<{
  input: CreateRunFilesInput;
}>;

export type UploadRunFilesMutation = {
  createRunFiles: { runID: string; uploadHeaders: Array<string>; files: Array<{ name: string; uploadUrl: string | null }> } | null;
};

export type ServerFeaturesQueryVariables = Exact<{ [key: string]: never }>;

export type ServerFeaturesQuery = { serverInfo: { features: Array<{ name: string; isEnabled: boolean } | null> } | null };

export type AgentFieldsFragment = {
  id: string;
  name: string;
  displayName: string | null;
  host: string;
  state: string | null;
  persistent: boolean | null;
  totalRuns: number;
  metrics: string;
  createdAt: string;
  heartbeatAt: string | null;
  user: { username: string | null } | null;
};

export type AgentRunsQueryVariables = Exact<{
  entity: string;
  project: string;
  sweep: string;
  agent: string;
  order?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type AgentRunsQuery = {
  project: {
    sweep: {
      agent: {
        runs: {
          totalCount: number;
          edges: Array<{
            cursor: string;
            node: {
              config: string | null;
              summaryMetrics: string | null;
              id: string;
              name: string;
              displayName: string | null;
              state: string | null;
              tags: Array<string> | null;
              group: string | null;
              jobType: string | null;
              notes: string | null;
              description: string | null;
              commit: string | null;
              readOnly: boolean | null;
              sweepName: string | null;
              projectId: string;
              historyLineCount: number | null;
              createdAt: string;
              heartbeatAt: string | null;
              updatedAt: string | null;
              user: { name: string; username: string | null } | null;
            };
          }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } | null;
    } | null;
  } | null;
};

export type EnqueueSweepRunMutationVariables = Exact<{
  id: string | number;
  config: string;
  displayName?: string | null | undefined;
}>;

export type EnqueueSweepRunMutation = { enqueueSweepRun: { id: string; runQueueItemId: string | null } | null };

export type GetSweepQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
}>;

export type GetSweepQuery = {
  project: {
    sweep: {
      id: string;
      name: string;
      displayName: string | null;
      method: string;
      state: string;
      description: string | null;
      bestLoss: number | null;
      config: string;
      createdAt: string;
      updatedAt: string | null;
      runCount: number;
      runCountExpected: number | null;
    } | null;
  } | null;
};

export type GetSweepLegacyQueryVariables = Exact<{
  entity: string;
  project: string;
  name: string;
}>;

export type GetSweepLegacyQuery = {
  project: { sweep: { id: string; name: string; state: string; bestLoss: number | null; config: string } | null } | null;
};

export type ProjectSweepsQueryVariables = Exact<{
  entity: string;
  project: string;
  first: number;
  after?: string | null | undefined;
}>;

export type ProjectSweepsQuery = {
  project: {
    totalSweeps: number;
    sweeps: {
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          name: string;
          displayName: string | null;
          method: string;
          state: string;
          description: string | null;
          bestLoss: number | null;
          config: string;
          createdAt: string;
          updatedAt: string | null;
          runCount: number;
          runCountExpected: number | null;
        };
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    } | null;
  } | null;
};

export type SweepAgentQueryVariables = Exact<{
  entity: string;
  project: string;
  sweep: string;
  agent: string;
}>;

export type SweepAgentQuery = {
  project: {
    sweep: {
      agent: {
        id: string;
        name: string;
        displayName: string | null;
        host: string;
        state: string | null;
        persistent: boolean | null;
        totalRuns: number;
        metrics: string;
        createdAt: string;
        heartbeatAt: string | null;
        user: { username: string | null } | null;
      } | null;
    } | null;
  } | null;
};

export type SweepAgentsQueryVariables = Exact<{
  entity: string;
  project: string;
  sweep: string;
}>;

export type SweepAgentsQuery = {
  project: {
    sweep: {
      agents: {
        edges: Array<{
          cursor: string;
          node: {
            id: string;
            name: string;
            displayName: string | null;
            host: string;
            state: string | null;
            persistent: boolean | null;
            totalRuns: number;
            metrics: string;
            createdAt: string;
            heartbeatAt: string | null;
            user: { username: string | null } | null;
          };
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    } | null;
  } | null;
};

export type SweepBestRunQueryVariables = Exact<{
  entity: string;
  project: string;
  sweep: string;
  order?: string | null | undefined;
}>;

export type SweepBestRunQuery = {
  project: {
    sweep: {
      runs: {
        edges: Array<{
          node: {
            config: string | null;
            summaryMetrics: string | null;
            systemMetrics: string | null;
            historyKeys: unknown;
            id: string;
            name: string;
            displayName: string | null;
            state: string | null;
            tags: Array<string> | null;
            group: string | null;
            jobType: string | null;
            notes: string | null;
            description: string | null;
            commit: string | null;
            readOnly: boolean | null;
            sweepName: string | null;
            projectId: string;
            historyLineCount: number | null;
            createdAt: string;
            heartbeatAt: string | null;
            updatedAt: string | null;
            user: { name: string; username: string | null } | null;
          };
        }>;
      };
    } | null;
  } | null;
};

export type SweepFieldsFragment = {
  id: string;
  name: string;
  displayName: string | null;
  method: string;
  state: string;
  description: string | null;
  bestLoss: number | null;
  config: string;
  createdAt: string;
  updatedAt: string | null;
  runCount: number;
  runCountExpected: number | null;
};

export type SweepRunsQueryVariables = Exact<{
  entity: string;
  project: string;
  sweep: string;
  order?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type SweepRunsQuery = {
  project: {
    sweep: {
      runs: {
        totalCount: number;
        edges: Array<{
          cursor: string;
          node: {
            config: string | null;
            summaryMetrics: string | null;
            id: string;
            name: string;
            displayName: string | null;
            state: string | null;
            tags: Array<string> | null;
            group: string | null;
            jobType: string | null;
            notes: string | null;
            description: string | null;
            commit: string | null;
            readOnly: boolean | null;
            sweepName: string | null;
            projectId: string;
            historyLineCount: number | null;
            createdAt: string;
            heartbeatAt: string | null;
            updatedAt: string | null;
            user: { name: string; username: string | null } | null;
          };
        }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    } | null;
  } | null;
};

export type CreateInviteMutationVariables = Exact<{
  entityName: string;
  email?: string | null | undefined;
  username?: string | null | undefined;
  admin?: boolean | null | undefined;
}>;

export type CreateInviteMutation = {
  createInvite: { success: boolean; invite: { id: string; name: string; email: string | null; createdAt: string | null } | null } | null;
};

export type CreateServiceAccountMutationVariables = Exact<{
  entityName: string;
  description: string;
}>;

export type CreateServiceAccountMutation = { createServiceAccount: { user: { id: string } | null } | null };

export type CreateTeamMutationVariables = Exact<{
  teamName: string;
  teamAdminUserName?: string | null | undefined;
}>;

export type CreateTeamMutation = {
  createTeam: {
    entity: {
      id: string;
      name: string;
      available: boolean | null;
      photoUrl: string | null;
      readOnly: boolean | null;
      readOnlyAdmin: boolean;
      isTeam: boolean;
      privateOnly: boolean;
      storageBytes: number;
      codeSavingEnabled: boolean;
      defaultAccess: string;
      isPaid: boolean | null;
      createdAt: string;
      members: Array<{
        id: string | null;
        admin: boolean | null;
        pending: boolean | null;
        email: string | null;
        username: string | null;
        name: string;
        photoUrl: string | null;
        accountType: string | null;
        role: string | null;
        apiKey: string | null;
      }>;
    } | null;
  } | null;
};

export type DeleteInviteMutationVariables = Exact<{
  id: string;
  entityName: string;
}>;

export type DeleteInviteMutation = { deleteInvite: { success: boolean | null } | null };

export type MemberFieldsFragment = {
  id: string | null;
  admin: boolean | null;
  pending: boolean | null;
  email: string | null;
  username: string | null;
  name: string;
  photoUrl: string | null;
  accountType: string | null;
  role: string | null;
  apiKey: string | null;
};

export type TeamQueryVariables = Exact<{
  name: string;
}>;

export type TeamQuery = {
  entity: {
    id: string;
    name: string;
    available: boolean | null;
    photoUrl: string | null;
    readOnly: boolean | null;
    readOnlyAdmin: boolean;
    isTeam: boolean;
    privateOnly: boolean;
    storageBytes: number;
    codeSavingEnabled: boolean;
    defaultAccess: string;
    isPaid: boolean | null;
    createdAt: string;
    members: Array<{
      id: string | null;
      admin: boolean | null;
      pending: boolean | null;
      email: string | null;
      username: string | null;
      name: string;
      photoUrl: string | null;
      accountType: string | null;
      role: string | null;
      apiKey: string | null;
    }>;
  } | null;
};

export type TeamFieldsFragment = {
  id: string;
  name: string;
  available: boolean | null;
  photoUrl: string | null;
  readOnly: boolean | null;
  readOnlyAdmin: boolean;
  isTeam: boolean;
  privateOnly: boolean;
  storageBytes: number;
  codeSavingEnabled: boolean;
  defaultAccess: string;
  isPaid: boolean | null;
  createdAt: string;
  members: Array<{
    id: string | null;
    admin: boolean | null;
    pending: boolean | null;
    email: string | null;
    username: string | null;
    name: string;
    photoUrl: string | null;
    accountType: string | null;
    role: string | null;
    apiKey: string | null;
  }>;
};

export type ApiKeyFieldsFragment = { id: string; name: string; description: string | null };

export type CreateUserMutationVariables = Exact<{
  email: string;
  admin?: boolean | null | undefined;
}>;

export type CreateUserMutation = {
  createUser: {
    user: {
      id: string;
      name: string;
      username: string | null;
      email: string | null;
      admin: boolean | null;
      entity: string | null;
      flags: string | null;
      photoUrl: string | null;
      accountType: UserAccountType | null;
      createdAt: string;
      deletedAt: string | null;
    } | null;
  } | null;
};

export type DeleteApiKeyMutationVariables = Exact<{
  id: string;
}>;

export type DeleteApiKeyMutation = { deleteApiKey: { success: boolean | null } | null };

export type GenerateApiKeyMutationVariables = Exact<{
  description?: string | null | undefined;
}>;

export type GenerateApiKeyMutation = { generateApiKey: { apiKey: { id: string; name: string; description: string | null } | null } | null };

export type SearchUsersQueryVariables = Exact<{
  query?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SearchUsersQuery = {
  users: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        username: string | null;
        email: string | null;
        admin: boolean | null;
        entity: string | null;
        flags: string | null;
        photoUrl: string | null;
        accountType: UserAccountType | null;
        createdAt: string;
        deletedAt: string | null;
        apiKeys: { edges: Array<{ node: { id: string; name: string; description: string | null } | null }> } | null;
        teams: { edges: Array<{ node: { name: string } | null }> } | null;
      } | null;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  } | null;
};

export type UserFieldsFragment = {
  id: string;
  name: string;
  username: string | null;
  email: string | null;
  admin: boolean | null;
  entity: string | null;
  flags: string | null;
  photoUrl: string | null;
  accountType: UserAccountType | null;
  createdAt: string;
  deletedAt: string | null;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  viewer: {
    id: string;
    name: string;
    username: string | null;
    email: string | null;
    admin: boolean | null;
    entity: string | null;
    flags: string | null;
    photoUrl: string | null;
    accountType: UserAccountType | null;
    createdAt: string;
    deletedAt: string | null;
    apiKeys: { edges: Array<{ node: { id: string; name: string; description: string | null } | null }> } | null;
    teams: { edges: Array<{ node: { name: string } | null }> } | null;
  } | null;
};

export class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ArtifactCollectionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ArtifactCollectionFields on ArtifactCollection {
  __typename
  id
  name
  description
  state
  createdAt
  updatedAt
  project {
    id
    internalId
    name
    entityName
  }
  defaultArtifactType {
    name
  }
  tags {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `,
  { fragmentName: 'ArtifactCollectionFields' },
) as unknown as TypedDocumentString<ArtifactCollectionFieldsFragment, unknown>;
export const ArtifactFileFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ArtifactFileFields on File {
  id
  name
  displayName
  url
  directUrl
  sizeBytes
  md5
  digest
  mimetype
  storagePath
  updatedAt
}
    `,
  { fragmentName: 'ArtifactFileFields' },
) as unknown as TypedDocumentString<ArtifactFileFieldsFragment, unknown>;
export const ArtifactFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}
    `,
  { fragmentName: 'ArtifactFields' },
) as unknown as TypedDocumentString<ArtifactFieldsFragment, unknown>;
export const ArtifactMembershipFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ArtifactMembershipFields on ArtifactCollectionMembership {
  id
  versionIndex
  createdAt
  aliases {
    alias
  }
  artifactCollection {
    __typename
    id
    name
    project {
      name
      entityName
    }
  }
  artifact {
    ...ArtifactFields
  }
}
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}`,
  { fragmentName: 'ArtifactMembershipFields' },
) as unknown as TypedDocumentString<ArtifactMembershipFieldsFragment, unknown>;
export const ArtifactTypeFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ArtifactTypeFields on ArtifactType {
  id
  name
  description
  createdAt
}
    `,
  { fragmentName: 'ArtifactTypeFields' },
) as unknown as TypedDocumentString<ArtifactTypeFieldsFragment, unknown>;
export const IntegrationFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment IntegrationFields on Integration {
  __typename
  id
  ... on SlackIntegration {
    teamName
    channelName
  }
  ... on GenericWebhookIntegration {
    name
    urlEndpoint
  }
}
    `,
  { fragmentName: 'IntegrationFields' },
) as unknown as TypedDocumentString<IntegrationFieldsFragment, unknown>;
export const AutomationFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AutomationFields on Trigger {
  id
  name
  description
  enabled
  createdAt
  updatedAt
  scope {
    __typename
    ... on Project {
      id
      name
    }
    ... on ArtifactSequence {
      id
      name
    }
    ... on ArtifactPortfolio {
      id
      name
    }
    ... on Entity {
      id
      name
    }
  }
  event: triggeringCondition {
    __typename
    ... on FilterEventTriggeringCondition {
      eventType
      filter
    }
  }
  action: triggeredAction {
    __typename
    ... on NotificationTriggeredAction {
      title
      message
      severity
      integration {
        ...IntegrationFields
      }
    }
    ... on GenericWebhookTriggeredAction {
      requestPayload
      integration {
        ...IntegrationFields
      }
    }
    ... on NoOpTriggeredAction {
      noOp
    }
  }
}
    fragment IntegrationFields on Integration {
  __typename
  id
  ... on SlackIntegration {
    teamName
    channelName
  }
  ... on GenericWebhookIntegration {
    name
    urlEndpoint
  }
}`,
  { fragmentName: 'AutomationFields' },
) as unknown as TypedDocumentString<AutomationFieldsFragment, unknown>;
export const QueuedRunFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment QueuedRunFields on RunQueueItem {
  id
  state
  associatedRunId
  launchAgentId
  runSpec
  createdAt
  updatedAt
}
    `,
  { fragmentName: 'QueuedRunFields' },
) as unknown as TypedDocumentString<QueuedRunFieldsFragment, unknown>;
export const RunQueueFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment RunQueueFields on RunQueue {
  id
  name
  access
  prioritizationMode
  defaultResourceConfigID
  externalLinks
  createdAt
  updatedAt
}
    `,
  { fragmentName: 'RunQueueFields' },
) as unknown as TypedDocumentString<RunQueueFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment UserFields on User {
  id
  name
  username
  email
  admin
  entity
  flags
  photoUrl
  accountType
  createdAt
  deletedAt
}
    `,
  { fragmentName: 'UserFields' },
) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const ProjectFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ProjectFields on Project {
  id
  internalId
  name
  entityName
  description
  access
  readOnly
  isBenchmark
  createdAt
  updatedAt
  user {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  username
  email
  admin
  entity
  flags
  photoUrl
  accountType
  createdAt
  deletedAt
}`,
  { fragmentName: 'ProjectFields' },
) as unknown as TypedDocumentString<ProjectFieldsFragment, unknown>;
export const RegistryFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment RegistryFields on Project {
  id
  internalId
  name
  description
  access
  createdAt
  updatedAt
  allowAllArtifactTypesInRegistry
  entity {
    name
    organization {
      name
    }
  }
  artifactTypes(includeAll: true) {
    edges {
      node {
        name
      }
    }
  }
}
    `,
  { fragmentName: 'RegistryFields' },
) as unknown as TypedDocumentString<RegistryFieldsFragment, unknown>;
export const ReportFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ReportFields on View {
  id
  name
  displayName
  description
  type
  spec
  entityName
  projectName
  createdAt
  updatedAt
  user {
    name
    username
    email
    photoUrl
  }
}
    `,
  { fragmentName: 'ReportFields' },
) as unknown as TypedDocumentString<ReportFieldsFragment, unknown>;
export const LogLineFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment LogLineFields on LogLine {
  number
  timestamp
  level
  label
  line
}
    `,
  { fragmentName: 'LogLineFields' },
) as unknown as TypedDocumentString<LogLineFieldsFragment, unknown>;
export const RunFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}
    `,
  { fragmentName: 'RunFields' },
) as unknown as TypedDocumentString<RunFieldsFragment, unknown>;
export const RunFileFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment RunFileFields on File {
  id
  name
  url
  directUrl
  sizeBytes
  md5
  mimetype
  updatedAt
}
    `,
  { fragmentName: 'RunFileFields' },
) as unknown as TypedDocumentString<RunFileFieldsFragment, unknown>;
export const AgentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AgentFields on Agent {
  id
  name
  displayName
  host
  state
  persistent
  totalRuns
  metrics
  createdAt
  heartbeatAt
  user {
    username
  }
}
    `,
  { fragmentName: 'AgentFields' },
) as unknown as TypedDocumentString<AgentFieldsFragment, unknown>;
export const SweepFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SweepFields on Sweep {
  id
  name
  displayName
  method
  state
  description
  bestLoss
  config
  createdAt
  updatedAt
  runCount
  runCountExpected
}
    `,
  { fragmentName: 'SweepFields' },
) as unknown as TypedDocumentString<SweepFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MemberFields on Member {
  id
  admin
  pending
  email
  username
  name
  photoUrl
  accountType
  role
  apiKey
}
    `,
  { fragmentName: 'MemberFields' },
) as unknown as TypedDocumentString<MemberFieldsFragment, unknown>;
export const TeamFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment TeamFields on Entity {
  id
  name
  available
  photoUrl
  readOnly
  readOnlyAdmin
  isTeam
  privateOnly
  storageBytes
  codeSavingEnabled
  defaultAccess
  isPaid
  createdAt
  members {
    ...MemberFields
  }
}
    fragment MemberFields on Member {
  id
  admin
  pending
  email
  username
  name
  photoUrl
  accountType
  role
  apiKey
}`,
  { fragmentName: 'TeamFields' },
) as unknown as TypedDocumentString<TeamFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApiKeyFields on ApiKey {
  id
  name
  description
}
    `,
  { fragmentName: 'ApiKeyFields' },
) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const AddArtifactAliasesDocument = new TypedDocumentString(`
    mutation AddArtifactAliases($input: AddAliasesInput!) {
  addAliases(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<AddArtifactAliasesMutation, AddArtifactAliasesMutationVariables>;
export const AddArtifactCollectionTagsDocument = new TypedDocumentString(`
    mutation AddArtifactCollectionTags($input: CreateArtifactCollectionTagAssignmentsInput!) {
  createArtifactCollectionTagAssignments(input: $input) {
    tags {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AddArtifactCollectionTagsMutation, AddArtifactCollectionTagsMutationVariables>;
export const ArtifactByNameDocument = new TypedDocumentString(`
    query ArtifactByName($entity: String!, $project: String!, $name: String!) {
  project(entityName: $entity, name: $project) {
    artifactCollectionMembership(name: $name) {
      ...ArtifactMembershipFields
    }
  }
}
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}
fragment ArtifactMembershipFields on ArtifactCollectionMembership {
  id
  versionIndex
  createdAt
  aliases {
    alias
  }
  artifactCollection {
    __typename
    id
    name
    project {
      name
      entityName
    }
  }
  artifact {
    ...ArtifactFields
  }
}`) as unknown as TypedDocumentString<ArtifactByNameQuery, ArtifactByNameQueryVariables>;
export const ArtifactCollectionAliasesDocument = new TypedDocumentString(`
    query ArtifactCollectionAliases($id: ID!, $first: Int!, $after: String) {
  artifactCollection(id: $id) {
    aliases(first: $first, after: $after) {
      edges {
        node {
          alias
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArtifactCollectionAliasesQuery, ArtifactCollectionAliasesQueryVariables>;
export const ArtifactCollectionByIdDocument = new TypedDocumentString(`
    query ArtifactCollectionById($id: ID!) {
  artifactCollection(id: $id) {
    ...ArtifactCollectionFields
  }
}
    fragment ArtifactCollectionFields on ArtifactCollection {
  __typename
  id
  name
  description
  state
  createdAt
  updatedAt
  project {
    id
    internalId
    name
    entityName
  }
  defaultArtifactType {
    name
  }
  tags {
    edges {
      node {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ArtifactCollectionByIdQuery, ArtifactCollectionByIdQueryVariables>;
export const ArtifactCreatedByDocument = new TypedDocumentString(`
    query ArtifactCreatedBy($id: ID!) {
  artifact(id: $id) {
    createdBy {
      __typename
      ... on Run {
        ...RunFields
        config
        summaryMetrics
        project {
          name
          entityName
        }
      }
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}`) as unknown as TypedDocumentString<ArtifactCreatedByQuery, ArtifactCreatedByQueryVariables>;
export const ArtifactDigestAlgorithmDocument = new TypedDocumentString(`
    query ArtifactDigestAlgorithm($id: ID!) {
  artifact(id: $id) {
    id
    digestAlgorithm
  }
}
    `) as unknown as TypedDocumentString<ArtifactDigestAlgorithmQuery, ArtifactDigestAlgorithmQueryVariables>;
export const ArtifactFileUrlsDocument = new TypedDocumentString(`
    query ArtifactFileUrls($entity: String!, $project: String!, $collection: String!, $version: String!, $names: [String!], $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    artifactCollection(name: $collection) {
      artifactMembership(aliasName: $version) {
        files(names: $names, first: $first, after: $after) {
          edges {
            node {
              displayName
              directUrl
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArtifactFileUrlsQuery, ArtifactFileUrlsQueryVariables>;
export const ArtifactFilesDocument = new TypedDocumentString(`
    query ArtifactFiles($entity: String!, $project: String!, $collection: String!, $version: String!, $names: [String!], $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    artifactCollection(name: $collection) {
      artifactMembership(aliasName: $version) {
        files(names: $names, first: $first, after: $after) {
          totalCount
          edges {
            node {
              ...ArtifactFileFields
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
        }
      }
    }
  }
}
    fragment ArtifactFileFields on File {
  id
  name
  displayName
  url
  directUrl
  sizeBytes
  md5
  digest
  mimetype
  storagePath
  updatedAt
}`) as unknown as TypedDocumentString<ArtifactFilesQuery, ArtifactFilesQueryVariables>;
export const ArtifactManifestUrlDocument = new TypedDocumentString(`
    query ArtifactManifestUrl($id: ID!) {
  artifact(id: $id) {
    currentManifest {
      file {
        directUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArtifactManifestUrlQuery, ArtifactManifestUrlQueryVariables>;
export const ArtifactMembershipsDocument = new TypedDocumentString(`
    query ArtifactMemberships($id: ID!) {
  artifact(id: $id) {
    artifactMemberships {
      edges {
        node {
          ...ArtifactMembershipFields
        }
      }
    }
  }
}
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}
fragment ArtifactMembershipFields on ArtifactCollectionMembership {
  id
  versionIndex
  createdAt
  aliases {
    alias
  }
  artifactCollection {
    __typename
    id
    name
    project {
      name
      entityName
    }
  }
  artifact {
    ...ArtifactFields
  }
}`) as unknown as TypedDocumentString<ArtifactMembershipsQuery, ArtifactMembershipsQueryVariables>;
export const ArtifactTypeCollectionsDocument = new TypedDocumentString(`
    query ArtifactTypeCollections($entity: String!, $project: String!, $type: String!, $filters: JSONString, $order: String, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    artifactType(name: $type) {
      artifactCollections(
        filters: $filters
        order: $order
        first: $first
        after: $after
      ) {
        totalCount
        edges {
          node {
            ...ArtifactCollectionFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment ArtifactCollectionFields on ArtifactCollection {
  __typename
  id
  name
  description
  state
  createdAt
  updatedAt
  project {
    id
    internalId
    name
    entityName
  }
  defaultArtifactType {
    name
  }
  tags {
    edges {
      node {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ArtifactTypeCollectionsQuery, ArtifactTypeCollectionsQueryVariables>;
export const ArtifactUsedByDocument = new TypedDocumentString(`
    query ArtifactUsedBy($id: ID!, $first: Int!, $after: String) {
  artifact(id: $id) {
    usedBy(first: $first, after: $after) {
      edges {
        node {
          ...RunFields
          config
          summaryMetrics
          project {
            name
            entityName
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}`) as unknown as TypedDocumentString<ArtifactUsedByQuery, ArtifactUsedByQueryVariables>;
export const CreateArtifactDocument = new TypedDocumentString(`
    mutation CreateArtifact($input: CreateArtifactInput!) {
  createArtifact(input: $input) {
    artifact {
      id
      state
      versionIndex
    }
  }
}
    `) as unknown as TypedDocumentString<CreateArtifactMutation, CreateArtifactMutationVariables>;
export const DeleteArtifactDocument = new TypedDocumentString(`
    mutation DeleteArtifact($input: DeleteArtifactInput!) {
  deleteArtifact(input: $input) {
    artifact {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteArtifactMutation, DeleteArtifactMutationVariables>;
export const DeleteArtifactAliasesDocument = new TypedDocumentString(`
    mutation DeleteArtifactAliases($input: DeleteAliasesInput!) {
  deleteAliases(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteArtifactAliasesMutation, DeleteArtifactAliasesMutationVariables>;
export const DeleteArtifactCollectionTagsDocument = new TypedDocumentString(`
    mutation DeleteArtifactCollectionTags($input: DeleteArtifactCollectionTagAssignmentsInput!) {
  deleteArtifactCollectionTagAssignments(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteArtifactCollectionTagsMutation, DeleteArtifactCollectionTagsMutationVariables>;
export const DeleteArtifactPortfolioDocument = new TypedDocumentString(`
    mutation DeleteArtifactPortfolio($input: DeleteArtifactPortfolioInput!) {
  deleteArtifactPortfolio(input: $input) {
    artifactCollection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteArtifactPortfolioMutation, DeleteArtifactPortfolioMutationVariables>;
export const DeleteArtifactSequenceDocument = new TypedDocumentString(`
    mutation DeleteArtifactSequence($input: DeleteArtifactSequenceInput!) {
  deleteArtifactSequence(input: $input) {
    artifactCollection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteArtifactSequenceMutation, DeleteArtifactSequenceMutationVariables>;
export const LinkArtifactDocument = new TypedDocumentString(`
    mutation LinkArtifact($input: LinkArtifactInput!) {
  linkArtifact(input: $input) {
    versionIndex
    artifactMembership {
      ...ArtifactMembershipFields
    }
  }
}
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}
fragment ArtifactMembershipFields on ArtifactCollectionMembership {
  id
  versionIndex
  createdAt
  aliases {
    alias
  }
  artifactCollection {
    __typename
    id
    name
    project {
      name
      entityName
    }
  }
  artifact {
    ...ArtifactFields
  }
}`) as unknown as TypedDocumentString<LinkArtifactMutation, LinkArtifactMutationVariables>;
export const MoveArtifactSequenceDocument = new TypedDocumentString(`
    mutation MoveArtifactSequence($input: MoveArtifactSequenceInput!) {
  moveArtifactSequence(input: $input) {
    artifactCollection {
      ...ArtifactCollectionFields
    }
  }
}
    fragment ArtifactCollectionFields on ArtifactCollection {
  __typename
  id
  name
  description
  state
  createdAt
  updatedAt
  project {
    id
    internalId
    name
    entityName
  }
  defaultArtifactType {
    name
  }
  tags {
    edges {
      node {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<MoveArtifactSequenceMutation, MoveArtifactSequenceMutationVariables>;
export const ProjectArtifactCollectionDocument = new TypedDocumentString(`
    query ProjectArtifactCollection($entity: String!, $project: String!, $type: String!, $name: String!) {
  project(entityName: $entity, name: $project) {
    artifactType(name: $type) {
      artifactCollection(name: $name) {
        ...ArtifactCollectionFields
      }
    }
  }
}
    fragment ArtifactCollectionFields on ArtifactCollection {
  __typename
  id
  name
  description
  state
  createdAt
  updatedAt
  project {
    id
    internalId
    name
    entityName
  }
  defaultArtifactType {
    name
  }
  tags {
    edges {
      node {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ProjectArtifactCollectionQuery, ProjectArtifactCollectionQueryVariables>;
export const ProjectArtifactCollectionsDocument = new TypedDocumentString(`
    query ProjectArtifactCollections($entity: String!, $project: String!, $collectionTypes: [ArtifactCollectionType!], $filters: JSONString, $order: String, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    artifactCollections(
      collectionTypes: $collectionTypes
      filters: $filters
      order: $order
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        node {
          ...ArtifactCollectionFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment ArtifactCollectionFields on ArtifactCollection {
  __typename
  id
  name
  description
  state
  createdAt
  updatedAt
  project {
    id
    internalId
    name
    entityName
  }
  defaultArtifactType {
    name
  }
  tags {
    edges {
      node {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ProjectArtifactCollectionsQuery, ProjectArtifactCollectionsQueryVariables>;
export const ProjectArtifactTypeDocument = new TypedDocumentString(`
    query ProjectArtifactType($entity: String!, $project: String!, $type: String!) {
  project(entityName: $entity, name: $project) {
    artifactType(name: $type) {
      ...ArtifactTypeFields
    }
  }
}
    fragment ArtifactTypeFields on ArtifactType {
  id
  name
  description
  createdAt
}`) as unknown as TypedDocumentString<ProjectArtifactTypeQuery, ProjectArtifactTypeQueryVariables>;
export const ProjectArtifactTypesDocument = new TypedDocumentString(`
    query ProjectArtifactTypes($entity: String!, $project: String!, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    artifactTypes(first: $first, after: $after) {
      edges {
        node {
          ...ArtifactTypeFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment ArtifactTypeFields on ArtifactType {
  id
  name
  description
  createdAt
}`) as unknown as TypedDocumentString<ProjectArtifactTypesQuery, ProjectArtifactTypesQueryVariables>;
export const ProjectArtifactsDocument = new TypedDocumentString(`
    query ProjectArtifacts($entity: String!, $project: String!, $type: String!, $collection: String!, $filters: JSONString, $order: String, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    artifactType(name: $type) {
      artifactCollection(name: $collection) {
        __typename
        id
        artifacts(filters: $filters, order: $order, first: $first, after: $after) {
          totalCount
          edges {
            version
            node {
              ...ArtifactFields
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
        }
      }
    }
  }
}
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}`) as unknown as TypedDocumentString<ProjectArtifactsQuery, ProjectArtifactsQueryVariables>;
export const RunInputArtifactsDocument = new TypedDocumentString(`
    query RunInputArtifacts($entity: String!, $project: String!, $run: String!, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    run(name: $run) {
      artifacts: inputArtifacts(first: $first, after: $after) {
        totalCount
        edges {
          node {
            ...ArtifactFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}`) as unknown as TypedDocumentString<RunInputArtifactsQuery, RunInputArtifactsQueryVariables>;
export const RunOutputArtifactsDocument = new TypedDocumentString(`
    query RunOutputArtifacts($entity: String!, $project: String!, $run: String!, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    run(name: $run) {
      artifacts: outputArtifacts(first: $first, after: $after) {
        totalCount
        edges {
          node {
            ...ArtifactFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}`) as unknown as TypedDocumentString<RunOutputArtifactsQuery, RunOutputArtifactsQueryVariables>;
export const UnlinkArtifactDocument = new TypedDocumentString(`
    mutation UnlinkArtifact($input: UnlinkArtifactInput!) {
  unlinkArtifact(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<UnlinkArtifactMutation, UnlinkArtifactMutationVariables>;
export const UpdateArtifactDocument = new TypedDocumentString(`
    mutation UpdateArtifact($input: UpdateArtifactInput!) {
  updateArtifact(input: $input) {
    artifact {
      ...ArtifactFields
    }
  }
}
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateArtifactMutation, UpdateArtifactMutationVariables>;
export const UpdateArtifactPortfolioDocument = new TypedDocumentString(`
    mutation UpdateArtifactPortfolio($input: UpdateArtifactPortfolioInput!) {
  updateArtifactPortfolio(input: $input) {
    artifactCollection {
      ...ArtifactCollectionFields
    }
  }
}
    fragment ArtifactCollectionFields on ArtifactCollection {
  __typename
  id
  name
  description
  state
  createdAt
  updatedAt
  project {
    id
    internalId
    name
    entityName
  }
  defaultArtifactType {
    name
  }
  tags {
    edges {
      node {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateArtifactPortfolioMutation, UpdateArtifactPortfolioMutationVariables>;
export const UpdateArtifactSequenceDocument = new TypedDocumentString(`
    mutation UpdateArtifactSequence($input: UpdateArtifactSequenceInput!) {
  updateArtifactSequence(input: $input) {
    artifactCollection {
      ...ArtifactCollectionFields
    }
  }
}
    fragment ArtifactCollectionFields on ArtifactCollection {
  __typename
  id
  name
  description
  state
  createdAt
  updatedAt
  project {
    id
    internalId
    name
    entityName
  }
  defaultArtifactType {
    name
  }
  tags {
    edges {
      node {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateArtifactSequenceMutation, UpdateArtifactSequenceMutationVariables>;
export const UseArtifactDocument = new TypedDocumentString(`
    mutation UseArtifact($input: UseArtifactInput!) {
  useArtifact(input: $input) {
    artifact {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UseArtifactMutation, UseArtifactMutationVariables>;
export const CreateAutomationDocument = new TypedDocumentString(`
    mutation CreateAutomation($input: CreateFilterTriggerInput!) {
  createFilterTrigger(input: $input) {
    trigger {
      ...AutomationFields
    }
  }
}
    fragment AutomationFields on Trigger {
  id
  name
  description
  enabled
  createdAt
  updatedAt
  scope {
    __typename
    ... on Project {
      id
      name
    }
    ... on ArtifactSequence {
      id
      name
    }
    ... on ArtifactPortfolio {
      id
      name
    }
    ... on Entity {
      id
      name
    }
  }
  event: triggeringCondition {
    __typename
    ... on FilterEventTriggeringCondition {
      eventType
      filter
    }
  }
  action: triggeredAction {
    __typename
    ... on NotificationTriggeredAction {
      title
      message
      severity
      integration {
        ...IntegrationFields
      }
    }
    ... on GenericWebhookTriggeredAction {
      requestPayload
      integration {
        ...IntegrationFields
      }
    }
    ... on NoOpTriggeredAction {
      noOp
    }
  }
}
fragment IntegrationFields on Integration {
  __typename
  id
  ... on SlackIntegration {
    teamName
    channelName
  }
  ... on GenericWebhookIntegration {
    name
    urlEndpoint
  }
}`) as unknown as TypedDocumentString<CreateAutomationMutation, CreateAutomationMutationVariables>;
export const DeleteAutomationDocument = new TypedDocumentString(`
    mutation DeleteAutomation($id: ID!) {
  deleteTrigger(input: {triggerID: $id}) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteAutomationMutation, DeleteAutomationMutationVariables>;
export const EntityAutomationsDocument = new TypedDocumentString(`
    query EntityAutomations($entity: String!, $first: Int, $after: String) {
  entity(name: $entity) {
    triggers(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...AutomationFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment AutomationFields on Trigger {
  id
  name
  description
  enabled
  createdAt
  updatedAt
  scope {
    __typename
    ... on Project {
      id
      name
    }
    ... on ArtifactSequence {
      id
      name
    }
    ... on ArtifactPortfolio {
      id
      name
    }
    ... on Entity {
      id
      name
    }
  }
  event: triggeringCondition {
    __typename
    ... on FilterEventTriggeringCondition {
      eventType
      filter
    }
  }
  action: triggeredAction {
    __typename
    ... on NotificationTriggeredAction {
      title
      message
      severity
      integration {
        ...IntegrationFields
      }
    }
    ... on GenericWebhookTriggeredAction {
      requestPayload
      integration {
        ...IntegrationFields
      }
    }
    ... on NoOpTriggeredAction {
      noOp
    }
  }
}
fragment IntegrationFields on Integration {
  __typename
  id
  ... on SlackIntegration {
    teamName
    channelName
  }
  ... on GenericWebhookIntegration {
    name
    urlEndpoint
  }
}`) as unknown as TypedDocumentString<EntityAutomationsQuery, EntityAutomationsQueryVariables>;
export const EntityAutomationsLegacyDocument = new TypedDocumentString(`
    query EntityAutomationsLegacy($entity: String!, $first: Int, $after: String) {
  entity(name: $entity) {
    projects(first: $first, after: $after) {
      edges {
        node {
          triggers {
            ...AutomationFields
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment AutomationFields on Trigger {
  id
  name
  description
  enabled
  createdAt
  updatedAt
  scope {
    __typename
    ... on Project {
      id
      name
    }
    ... on ArtifactSequence {
      id
      name
    }
    ... on ArtifactPortfolio {
      id
      name
    }
    ... on Entity {
      id
      name
    }
  }
  event: triggeringCondition {
    __typename
    ... on FilterEventTriggeringCondition {
      eventType
      filter
    }
  }
  action: triggeredAction {
    __typename
    ... on NotificationTriggeredAction {
      title
      message
      severity
      integration {
        ...IntegrationFields
      }
    }
    ... on GenericWebhookTriggeredAction {
      requestPayload
      integration {
        ...IntegrationFields
      }
    }
    ... on NoOpTriggeredAction {
      noOp
    }
  }
}
fragment IntegrationFields on Integration {
  __typename
  id
  ... on SlackIntegration {
    teamName
    channelName
  }
  ... on GenericWebhookIntegration {
    name
    urlEndpoint
  }
}`) as unknown as TypedDocumentString<EntityAutomationsLegacyQuery, EntityAutomationsLegacyQueryVariables>;
export const UpdateAutomationDocument = new TypedDocumentString(`
    mutation UpdateAutomation($input: UpdateFilterTriggerInput!) {
  updateFilterTrigger(input: $input) {
    trigger {
      ...AutomationFields
    }
  }
}
    fragment AutomationFields on Trigger {
  id
  name
  description
  enabled
  createdAt
  updatedAt
  scope {
    __typename
    ... on Project {
      id
      name
    }
    ... on ArtifactSequence {
      id
      name
    }
    ... on ArtifactPortfolio {
      id
      name
    }
    ... on Entity {
      id
      name
    }
  }
  event: triggeringCondition {
    __typename
    ... on FilterEventTriggeringCondition {
      eventType
      filter
    }
  }
  action: triggeredAction {
    __typename
    ... on NotificationTriggeredAction {
      title
      message
      severity
      integration {
        ...IntegrationFields
      }
    }
    ... on GenericWebhookTriggeredAction {
      requestPayload
      integration {
        ...IntegrationFields
      }
    }
    ... on NoOpTriggeredAction {
      noOp
    }
  }
}
fragment IntegrationFields on Integration {
  __typename
  id
  ... on SlackIntegration {
    teamName
    channelName
  }
  ... on GenericWebhookIntegration {
    name
    urlEndpoint
  }
}`) as unknown as TypedDocumentString<UpdateAutomationMutation, UpdateAutomationMutationVariables>;
export const CreateCustomChartDocument = new TypedDocumentString(`
    mutation CreateCustomChart($input: CreateCustomChartInput!) {
  createCustomChart(input: $input) {
    chart {
      id
      name
      displayName
      type
      access
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCustomChartMutation, CreateCustomChartMutationVariables>;
export const EntityIntegrationsDocument = new TypedDocumentString(`
    query EntityIntegrations($entity: String!, $first: Int, $after: String) {
  entity(name: $entity) {
    integrations(first: $first, after: $after) {
      edges {
        node {
          ...IntegrationFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment IntegrationFields on Integration {
  __typename
  id
  ... on SlackIntegration {
    teamName
    channelName
  }
  ... on GenericWebhookIntegration {
    name
    urlEndpoint
  }
}`) as unknown as TypedDocumentString<EntityIntegrationsQuery, EntityIntegrationsQueryVariables>;
export const PushToRunQueueByNameDocument = new TypedDocumentString(`
    mutation PushToRunQueueByName($input: PushToRunQueueByNameInput!) {
  pushToRunQueueByName(input: $input) {
    runQueueItemId
    runSpec
  }
}
    `) as unknown as TypedDocumentString<PushToRunQueueByNameMutation, PushToRunQueueByNameMutationVariables>;
export const CreateDefaultResourceConfigDocument = new TypedDocumentString(`
    mutation CreateDefaultResourceConfig($input: CreateDefaultResourceConfigInput!) {
  createDefaultResourceConfig(input: $input) {
    success
    defaultResourceConfigID
  }
}
    `) as unknown as TypedDocumentString<CreateDefaultResourceConfigMutation, CreateDefaultResourceConfigMutationVariables>;
export const CreateRunQueueDocument = new TypedDocumentString(`
    mutation CreateRunQueue($input: CreateRunQueueInput!) {
  createRunQueue(input: $input) {
    success
    queueID
  }
}
    `) as unknown as TypedDocumentString<CreateRunQueueMutation, CreateRunQueueMutationVariables>;
export const DeleteQueuedRunDocument = new TypedDocumentString(`
    mutation DeleteQueuedRun($queueId: ID!, $itemId: ID!) {
  deleteFromRunQueue(input: {queueID: $queueId, runQueueItemId: $itemId}) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteQueuedRunMutation, DeleteQueuedRunMutationVariables>;
export const DeleteRunQueueDocument = new TypedDocumentString(`
    mutation DeleteRunQueue($id: ID!) {
  deleteRunQueues(input: {queueIDs: [$id]}) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteRunQueueMutation, DeleteRunQueueMutationVariables>;
export const ProjectRunQueuesDocument = new TypedDocumentString(`
    query ProjectRunQueues($entity: String!, $project: String!) {
  project(entityName: $entity, name: $project) {
    runQueues {
      ...RunQueueFields
    }
  }
}
    fragment RunQueueFields on RunQueue {
  id
  name
  access
  prioritizationMode
  defaultResourceConfigID
  externalLinks
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProjectRunQueuesQuery, ProjectRunQueuesQueryVariables>;
export const RunQueueDocument = new TypedDocumentString(`
    query RunQueue($entity: String!, $project: String!, $name: String!) {
  project(entityName: $entity, name: $project) {
    runQueue(name: $name) {
      ...RunQueueFields
    }
  }
}
    fragment RunQueueFields on RunQueue {
  id
  name
  access
  prioritizationMode
  defaultResourceConfigID
  externalLinks
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RunQueueQuery, RunQueueQueryVariables>;
export const RunQueueItemDocument = new TypedDocumentString(`
    query RunQueueItem($entity: String!, $project: String!, $queue: String!, $id: ID!) {
  project(entityName: $entity, name: $project) {
    runQueue(name: $queue) {
      id
      runQueueItem(id: $id) {
        ...QueuedRunFields
      }
    }
  }
}
    fragment QueuedRunFields on RunQueueItem {
  id
  state
  associatedRunId
  launchAgentId
  runSpec
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RunQueueItemQuery, RunQueueItemQueryVariables>;
export const RunQueueItemsDocument = new TypedDocumentString(`
    query RunQueueItems($entity: String!, $project: String!, $queue: String!, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    runQueue(name: $queue) {
      runQueueItems(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...QueuedRunFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment QueuedRunFields on RunQueueItem {
  id
  state
  associatedRunId
  launchAgentId
  runSpec
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RunQueueItemsQuery, RunQueueItemsQueryVariables>;
export const RunQueueResourceConfigDocument = new TypedDocumentString(`
    query RunQueueResourceConfig($entity: String!, $id: ID!) {
  entity(name: $entity) {
    defaultResourceConfig(id: $id) {
      id
      resource
      config
      templateVariables {
        name
        schema
      }
      createdAt
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RunQueueResourceConfigQuery, RunQueueResourceConfigQueryVariables>;
export const UpsertRunQueueDocument = new TypedDocumentString(`
    mutation UpsertRunQueue($input: UpsertRunQueueInput!) {
  upsertRunQueue(input: $input) {
    success
    configSchemaValidationErrors
  }
}
    `) as unknown as TypedDocumentString<UpsertRunQueueMutation, UpsertRunQueueMutationVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: UpsertModelInput!) {
  upsertModel(input: $input) {
    inserted
    project {
      ...ProjectFields
    }
  }
}
    fragment ProjectFields on Project {
  id
  internalId
  name
  entityName
  description
  access
  readOnly
  isBenchmark
  createdAt
  updatedAt
  user {
    ...UserFields
  }
}
fragment UserFields on User {
  id
  name
  username
  email
  admin
  entity
  flags
  photoUrl
  accountType
  createdAt
  deletedAt
}`) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($entity: String!, $name: String!) {
  project(entityName: $entity, name: $name) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  internalId
  name
  entityName
  description
  access
  readOnly
  isBenchmark
  createdAt
  updatedAt
  user {
    ...UserFields
  }
}
fragment UserFields on User {
  id
  name
  username
  email
  admin
  entity
  flags
  photoUrl
  accountType
  createdAt
  deletedAt
}`) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($entity: String!, $first: Int!, $after: String) {
  models(entityName: $entity, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ProjectFields
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ProjectFields on Project {
  id
  internalId
  name
  entityName
  description
  access
  readOnly
  isBenchmark
  createdAt
  updatedAt
  user {
    ...UserFields
  }
}
fragment UserFields on User {
  id
  name
  username
  email
  admin
  entity
  flags
  photoUrl
  accountType
  createdAt
  deletedAt
}`) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const CreateRegistryMembersDocument = new TypedDocumentString(`
    mutation CreateRegistryMembers($input: CreateProjectMembersInput!) {
  createProjectMembers(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<CreateRegistryMembersMutation, CreateRegistryMembersMutationVariables>;
export const DeleteRegistryDocument = new TypedDocumentString(`
    mutation DeleteRegistry($input: DeleteModelInput!) {
  deleteModel(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteRegistryMutation, DeleteRegistryMutationVariables>;
export const DeleteRegistryMembersDocument = new TypedDocumentString(`
    mutation DeleteRegistryMembers($input: DeleteProjectMembersInput!) {
  deleteProjectMembers(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteRegistryMembersMutation, DeleteRegistryMembersMutationVariables>;
export const OrgInfoFromEntityDocument = new TypedDocumentString(`
    query OrgInfoFromEntity($entity: String!) {
  entity(name: $entity) {
    organization {
      name
      orgEntity {
        name
      }
    }
    user {
      organizations {
        name
        orgEntity {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgInfoFromEntityQuery, OrgInfoFromEntityQueryVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization($name: String!) {
  organization(name: $name) {
    id
    name
    orgEntity {
      id
      name
      entityType
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const OrganizationOrgEntityDocument = new TypedDocumentString(`
    query OrganizationOrgEntity($organization: String!) {
  organization(name: $organization) {
    name
    orgEntity {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationOrgEntityQuery, OrganizationOrgEntityQueryVariables>;
export const RegistryByNameDocument = new TypedDocumentString(`
    query RegistryByName($entity: String!, $name: String!) {
  entity(name: $entity) {
    project(name: $name) {
      ...RegistryFields
    }
  }
}
    fragment RegistryFields on Project {
  id
  internalId
  name
  description
  access
  createdAt
  updatedAt
  allowAllArtifactTypesInRegistry
  entity {
    name
    organization {
      name
    }
  }
  artifactTypes(includeAll: true) {
    edges {
      node {
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<RegistryByNameQuery, RegistryByNameQueryVariables>;
export const RegistryCollectionsDocument = new TypedDocumentString(`
    query RegistryCollections($organization: String!, $registryFilter: JSONString, $collectionFilter: JSONString, $order: String, $first: Int!, $after: String) {
  organization(name: $organization) {
    orgEntity {
      name
      artifactCollections(
        projectFilters: $registryFilter
        filters: $collectionFilter
        order: $order
        collectionTypes: [PORTFOLIO]
        first: $first
        after: $after
      ) {
        totalCount
        edges {
          node {
            ...ArtifactCollectionFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment ArtifactCollectionFields on ArtifactCollection {
  __typename
  id
  name
  description
  state
  createdAt
  updatedAt
  project {
    id
    internalId
    name
    entityName
  }
  defaultArtifactType {
    name
  }
  tags {
    edges {
      node {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<RegistryCollectionsQuery, RegistryCollectionsQueryVariables>;
export const RegistryProjectsDocument = new TypedDocumentString(`
    query RegistryProjects($organization: String!, $filters: JSONString, $order: String, $first: Int!, $after: String) {
  organization(name: $organization) {
    orgEntity {
      name
      projects(filters: $filters, order: $order, first: $first, after: $after) {
        edges {
          node {
            ...RegistryFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment RegistryFields on Project {
  id
  internalId
  name
  description
  access
  createdAt
  updatedAt
  allowAllArtifactTypesInRegistry
  entity {
    name
    organization {
      name
    }
  }
  artifactTypes(includeAll: true) {
    edges {
      node {
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<RegistryProjectsQuery, RegistryProjectsQueryVariables>;
export const RegistryTeamMembersDocument = new TypedDocumentString(`
    query RegistryTeamMembers($entity: String!, $project: String!) {
  project(entityName: $entity, name: $project) {
    teamMembers {
      team {
        ...TeamFields
      }
      role {
        name
      }
    }
  }
}
    fragment MemberFields on Member {
  id
  admin
  pending
  email
  username
  name
  photoUrl
  accountType
  role
  apiKey
}
fragment TeamFields on Entity {
  id
  name
  available
  photoUrl
  readOnly
  readOnlyAdmin
  isTeam
  privateOnly
  storageBytes
  codeSavingEnabled
  defaultAccess
  isPaid
  createdAt
  members {
    ...MemberFields
  }
}`) as unknown as TypedDocumentString<RegistryTeamMembersQuery, RegistryTeamMembersQueryVariables>;
export const RegistryUserMembersDocument = new TypedDocumentString(`
    query RegistryUserMembers($entity: String!, $project: String!) {
  project(entityName: $entity, name: $project) {
    members {
      id
      name
      username
      email
      role {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryUserMembersQuery, RegistryUserMembersQueryVariables>;
export const RegistryVersionsDocument = new TypedDocumentString(`
    query RegistryVersions($organization: String!, $registryFilter: JSONString, $collectionFilter: JSONString, $artifactFilter: JSONString, $first: Int!, $after: String) {
  organization(name: $organization) {
    orgEntity {
      name
      artifactMemberships(
        projectFilters: $registryFilter
        collectionFilters: $collectionFilter
        filters: $artifactFilter
        first: $first
        after: $after
      ) {
        edges {
          node {
            ...ArtifactMembershipFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment ArtifactFields on Artifact {
  id
  digest
  description
  metadata
  state
  size
  fileCount
  commitHash
  versionIndex
  historyStep
  ttlDurationSeconds
  ttlIsInherited
  createdAt
  updatedAt
  artifactType {
    name
  }
  artifactSequence {
    id
    name
    project {
      name
      entityName
    }
  }
  aliases {
    alias
    artifactCollection {
      __typename
      id
      name
      project {
        name
        entityName
      }
    }
  }
  tags {
    id
    name
  }
}
fragment ArtifactMembershipFields on ArtifactCollectionMembership {
  id
  versionIndex
  createdAt
  aliases {
    alias
  }
  artifactCollection {
    __typename
    id
    name
    project {
      name
      entityName
    }
  }
  artifact {
    ...ArtifactFields
  }
}`) as unknown as TypedDocumentString<RegistryVersionsQuery, RegistryVersionsQueryVariables>;
export const UpdateRegistryTeamRoleDocument = new TypedDocumentString(`
    mutation UpdateRegistryTeamRole($input: UpdateProjectTeamMemberInput!) {
  updateProjectTeamMember(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<UpdateRegistryTeamRoleMutation, UpdateRegistryTeamRoleMutationVariables>;
export const UpdateRegistryUserRoleDocument = new TypedDocumentString(`
    mutation UpdateRegistryUserRole($input: UpdateProjectMemberInput!) {
  updateProjectMember(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<UpdateRegistryUserRoleMutation, UpdateRegistryUserRoleMutationVariables>;
export const UpsertRegistryDocument = new TypedDocumentString(`
    mutation UpsertRegistry($input: UpsertModelInput!) {
  upsertModel(input: $input) {
    inserted
    project {
      ...RegistryFields
    }
  }
}
    fragment RegistryFields on Project {
  id
  internalId
  name
  description
  access
  createdAt
  updatedAt
  allowAllArtifactTypesInRegistry
  entity {
    name
    organization {
      name
    }
  }
  artifactTypes(includeAll: true) {
    edges {
      node {
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<UpsertRegistryMutation, UpsertRegistryMutationVariables>;
export const ProjectReportsDocument = new TypedDocumentString(`
    query ProjectReports($entity: String!, $project: String!, $name: String, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    allViews(viewType: "runs", viewName: $name, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ReportFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment ReportFields on View {
  id
  name
  displayName
  description
  type
  spec
  entityName
  projectName
  createdAt
  updatedAt
  user {
    name
    username
    email
    photoUrl
  }
}`) as unknown as TypedDocumentString<ProjectReportsQuery, ProjectReportsQueryVariables>;
export const ReportByIdDocument = new TypedDocumentString(`
    query ReportById($id: ID!) {
  view(id: $id) {
    ...ReportFields
  }
}
    fragment ReportFields on View {
  id
  name
  displayName
  description
  type
  spec
  entityName
  projectName
  createdAt
  updatedAt
  user {
    name
    username
    email
    photoUrl
  }
}`) as unknown as TypedDocumentString<ReportByIdQuery, ReportByIdQueryVariables>;
export const CreateRunDocument = new TypedDocumentString(`
    mutation CreateRun($input: UpsertBucketInput!) {
  upsertBucket(input: $input) {
    inserted
    bucket {
      ...RunFields
      config
      summaryMetrics
      systemMetrics
      historyKeys
      project {
        name
        entityName
      }
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}`) as unknown as TypedDocumentString<CreateRunMutation, CreateRunMutationVariables>;
export const DeleteRunDocument = new TypedDocumentString(`
    mutation DeleteRun($input: DeleteRunInput!) {
  deleteRun(input: $input) {
    clientMutationId
  }
}
    `) as unknown as TypedDocumentString<DeleteRunMutation, DeleteRunMutationVariables>;
export const DeleteRunFilesDocument = new TypedDocumentString(`
    mutation DeleteRunFiles($files: [ID!]!, $projectId: Int) {
  deleteFiles(input: {files: $files, projectId: $projectId}) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteRunFilesMutation, DeleteRunFilesMutationVariables>;
export const RunDocument = new TypedDocumentString(`
    query Run($entity: String!, $project: String!, $name: String!) {
  project(entityName: $entity, name: $project) {
    run(name: $name) {
      ...RunFields
      config
      summaryMetrics
      systemMetrics
      historyKeys
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}`) as unknown as TypedDocumentString<RunQuery, RunQueryVariables>;
export const RunConsoleLogPageDocument = new TypedDocumentString(`
    query RunConsoleLogPage($entity: String!, $project: String!, $runName: String!, $first: Int, $after: String) {
  project(name: $project, entityName: $entity) {
    run(name: $runName) {
      id
      logLineCount
      logLines(first: $first, after: $after, useImprovedPagination: true) {
        edges {
          node {
            ...LogLineFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment LogLineFields on LogLine {
  number
  timestamp
  level
  label
  line
}`) as unknown as TypedDocumentString<RunConsoleLogPageQuery, RunConsoleLogPageQueryVariables>;
export const RunConsoleLogTailDocument = new TypedDocumentString(`
    query RunConsoleLogTail($entity: String!, $project: String!, $runName: String!, $last: Int!) {
  project(name: $project, entityName: $entity) {
    run(name: $runName) {
      id
      logLineCount
      logLines(last: $last) {
        edges {
          node {
            ...LogLineFields
          }
        }
      }
    }
  }
}
    fragment LogLineFields on LogLine {
  number
  timestamp
  level
  label
  line
}`) as unknown as TypedDocumentString<RunConsoleLogTailQuery, RunConsoleLogTailQueryVariables>;
export const RunCountDocument = new TypedDocumentString(`
    query RunCount($entity: String!, $project: String!, $filters: JSONString) {
  project(entityName: $entity, name: $project) {
    runCount(filters: $filters)
  }
}
    `) as unknown as TypedDocumentString<RunCountQuery, RunCountQueryVariables>;
export const RunEventsDocument = new TypedDocumentString(`
    query RunEvents($entity: String!, $project: String!, $name: String!, $samples: Int) {
  project(entityName: $entity, name: $project) {
    run(name: $name) {
      events(samples: $samples)
    }
  }
}
    `) as unknown as TypedDocumentString<RunEventsQuery, RunEventsQueryVariables>;
export const RunFilesDocument = new TypedDocumentString(`
    query RunFiles($entity: String!, $project: String!, $name: String!, $names: [String], $pattern: String, $first: Int!, $after: String, $withCount: Boolean = true) {
  project(entityName: $entity, name: $project) {
    internalId
    run(name: $name) {
      id
      projectId
      fileCount @include(if: $withCount)
      files(names: $names, pattern: $pattern, first: $first, after: $after) {
        edges {
          cursor
          node {
            ...RunFileFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment RunFileFields on File {
  id
  name
  url
  directUrl
  sizeBytes
  md5
  mimetype
  updatedAt
}`) as unknown as TypedDocumentString<RunFilesQuery, RunFilesQueryVariables>;
export const RunFullHistoryDocument = new TypedDocumentString(`
    query RunFullHistory($entity: String!, $project: String!, $name: String!, $samples: Int, $minStep: Int64, $maxStep: Int64) {
  project(entityName: $entity, name: $project) {
    run(name: $name) {
      history(samples: $samples, minStep: $minStep, maxStep: $maxStep)
    }
  }
}
    `) as unknown as TypedDocumentString<RunFullHistoryQuery, RunFullHistoryQueryVariables>;
export const RunHistoryKeysDocument = new TypedDocumentString(`
    query RunHistoryKeys($entity: String!, $project: String!, $name: String!) {
  project(entityName: $entity, name: $project) {
    run(name: $name) {
      id
      historyKeys
      historyLineCount
    }
  }
}
    `) as unknown as TypedDocumentString<RunHistoryKeysQuery, RunHistoryKeysQueryVariables>;
export const RunKeysDocument = new TypedDocumentString(`
    query RunKeys($entity: String!, $project: String!, $name: String!, $withConfig: Boolean!, $configKeys: [String!], $withSummary: Boolean!, $summaryKeys: [String!]) {
  project(entityName: $entity, name: $project) {
    run(name: $name) {
      id
      tags
      config(keys: $configKeys) @include(if: $withConfig)
      summaryMetrics(keys: $summaryKeys) @include(if: $withSummary)
    }
  }
}
    `) as unknown as TypedDocumentString<RunKeysQuery, RunKeysQueryVariables>;
export const RunParquetHistoryDocument = new TypedDocumentString(`
    query RunParquetHistory($entity: String!, $project: String!, $name: String!, $liveKeys: [String!]!) {
  project(entityName: $entity, name: $project) {
    run(name: $name) {
      parquetHistory(liveKeys: $liveKeys) {
        parquetUrls
        liveData
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunParquetHistoryQuery, RunParquetHistoryQueryVariables>;
export const RunSampledHistoryDocument = new TypedDocumentString(`
    query RunSampledHistory($entity: String!, $project: String!, $name: String!, $specs: [JSONString!]!) {
  project(entityName: $entity, name: $project) {
    run(name: $name) {
      sampledHistory(specs: $specs)
    }
  }
}
    `) as unknown as TypedDocumentString<RunSampledHistoryQuery, RunSampledHistoryQueryVariables>;
export const RunStateDocument = new TypedDocumentString(`
    query RunState($entity: String!, $project: String!, $name: String!) {
  project(entityName: $entity, name: $project) {
    run(name: $name) {
      id
      state
      heartbeatAt
    }
  }
}
    `) as unknown as TypedDocumentString<RunStateQuery, RunStateQueryVariables>;
export const RunsDocument = new TypedDocumentString(`
    query Runs($entity: String!, $project: String!, $filters: JSONString, $order: String, $first: Int!, $after: String, $withCount: Boolean = true, $withConfig: Boolean = false, $configKeys: [String!], $withSummary: Boolean = false, $summaryKeys: [String!], $withSystemMetrics: Boolean = false, $withSweep: Boolean = false) {
  project(entityName: $entity, name: $project) {
    runCount(filters: $filters) @include(if: $withCount)
    runs(filters: $filters, order: $order, first: $first, after: $after) {
      edges {
        node {
          ...RunFields
          config(keys: $configKeys) @include(if: $withConfig)
          summaryMetrics(keys: $summaryKeys) @include(if: $withSummary)
          systemMetrics @include(if: $withSystemMetrics)
          sweep @include(if: $withSweep) {
            ...SweepFields
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}
fragment SweepFields on Sweep {
  id
  name
  displayName
  method
  state
  description
  bestLoss
  config
  createdAt
  updatedAt
  runCount
  runCountExpected
}`) as unknown as TypedDocumentString<RunsQuery, RunsQueryVariables>;
export const RunsHistoriesDocument = new TypedDocumentString(`
    query RunsHistories($entity: String!, $project: String!, $filters: JSONString, $order: String, $first: Int!, $after: String, $specs: [JSONString!]!, $samples: Int, $sampled: Boolean!, $full: Boolean!, $system: Boolean!) {
  project(entityName: $entity, name: $project) {
    runs(filters: $filters, order: $order, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...RunFields
          sampledHistory(specs: $specs) @include(if: $sampled)
          history(samples: $samples) @include(if: $full)
          events(samples: $samples) @include(if: $system)
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}`) as unknown as TypedDocumentString<RunsHistoriesQuery, RunsHistoriesQueryVariables>;
export const StopRunDocument = new TypedDocumentString(`
    mutation StopRun($input: StopRunInput!) {
  stopRun(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<StopRunMutation, StopRunMutationVariables>;
export const UpdateRunDocument = new TypedDocumentString(`
    mutation UpdateRun($input: UpsertBucketInput!, $withHeavy: Boolean!) {
  upsertBucket(input: $input) {
    bucket {
      ...RunFields
      config @include(if: $withHeavy)
      summaryMetrics @include(if: $withHeavy)
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}`) as unknown as TypedDocumentString<UpdateRunMutation, UpdateRunMutationVariables>;
export const UpdateRunStateDocument = new TypedDocumentString(`
    mutation UpdateRunState($input: UpdateRunStateInput!) {
  updateRunState(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<UpdateRunStateMutation, UpdateRunStateMutationVariables>;
export const UploadRunFilesDocument = new TypedDocumentString(`
    mutation UploadRunFiles($input: CreateRunFilesInput!) {
  createRunFiles(input: $input) {
    runID
    uploadHeaders
    files {
      name
      uploadUrl
    }
  }
}
    `) as unknown as TypedDocumentString<UploadRunFilesMutation, UploadRunFilesMutationVariables>;
export const ServerFeaturesDocument = new TypedDocumentString(`
    query ServerFeatures {
  serverInfo {
    features {
      name
      isEnabled
    }
  }
}
    `) as unknown as TypedDocumentString<ServerFeaturesQuery, ServerFeaturesQueryVariables>;
export const AgentRunsDocument = new TypedDocumentString(`
    query AgentRuns($entity: String!, $project: String!, $sweep: String!, $agent: String!, $order: String, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    sweep(sweepName: $sweep) {
      agent(agentName: $agent) {
        runs(order: $order, first: $first, after: $after) {
          totalCount
          edges {
            cursor
            node {
              ...RunFields
              config
              summaryMetrics
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
        }
      }
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}`) as unknown as TypedDocumentString<AgentRunsQuery, AgentRunsQueryVariables>;
export const EnqueueSweepRunDocument = new TypedDocumentString(`
    mutation EnqueueSweepRun($id: ID!, $config: JSONString!, $displayName: String) {
  enqueueSweepRun(input: {id: $id, config: $config, displayName: $displayName}) {
    id
    runQueueItemId
  }
}
    `) as unknown as TypedDocumentString<EnqueueSweepRunMutation, EnqueueSweepRunMutationVariables>;
export const GetSweepDocument = new TypedDocumentString(`
    query GetSweep($entity: String!, $project: String!, $name: String!) {
  project(entityName: $entity, name: $project) {
    sweep(sweepName: $name) {
      ...SweepFields
    }
  }
}
    fragment SweepFields on Sweep {
  id
  name
  displayName
  method
  state
  description
  bestLoss
  config
  createdAt
  updatedAt
  runCount
  runCountExpected
}`) as unknown as TypedDocumentString<GetSweepQuery, GetSweepQueryVariables>;
export const GetSweepLegacyDocument = new TypedDocumentString(`
    query GetSweepLegacy($entity: String!, $project: String!, $name: String!) {
  project(entityName: $entity, name: $project) {
    sweep(sweepName: $name) {
      id
      name
      state
      bestLoss
      config
    }
  }
}
    `) as unknown as TypedDocumentString<GetSweepLegacyQuery, GetSweepLegacyQueryVariables>;
export const ProjectSweepsDocument = new TypedDocumentString(`
    query ProjectSweeps($entity: String!, $project: String!, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    totalSweeps
    sweeps(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...SweepFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment SweepFields on Sweep {
  id
  name
  displayName
  method
  state
  description
  bestLoss
  config
  createdAt
  updatedAt
  runCount
  runCountExpected
}`) as unknown as TypedDocumentString<ProjectSweepsQuery, ProjectSweepsQueryVariables>;
export const SweepAgentDocument = new TypedDocumentString(`
    query SweepAgent($entity: String!, $project: String!, $sweep: String!, $agent: String!) {
  project(entityName: $entity, name: $project) {
    sweep(sweepName: $sweep) {
      agent(agentName: $agent) {
        ...AgentFields
      }
    }
  }
}
    fragment AgentFields on Agent {
  id
  name
  displayName
  host
  state
  persistent
  totalRuns
  metrics
  createdAt
  heartbeatAt
  user {
    username
  }
}`) as unknown as TypedDocumentString<SweepAgentQuery, SweepAgentQueryVariables>;
export const SweepAgentsDocument = new TypedDocumentString(`
    query SweepAgents($entity: String!, $project: String!, $sweep: String!) {
  project(entityName: $entity, name: $project) {
    sweep(sweepName: $sweep) {
      agents {
        edges {
          cursor
          node {
            ...AgentFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment AgentFields on Agent {
  id
  name
  displayName
  host
  state
  persistent
  totalRuns
  metrics
  createdAt
  heartbeatAt
  user {
    username
  }
}`) as unknown as TypedDocumentString<SweepAgentsQuery, SweepAgentsQueryVariables>;
export const SweepBestRunDocument = new TypedDocumentString(`
    query SweepBestRun($entity: String!, $project: String!, $sweep: String!, $order: String) {
  project(entityName: $entity, name: $project) {
    sweep(sweepName: $sweep) {
      runs(order: $order, first: 1) {
        edges {
          node {
            ...RunFields
            config
            summaryMetrics
            systemMetrics
            historyKeys
          }
        }
      }
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}`) as unknown as TypedDocumentString<SweepBestRunQuery, SweepBestRunQueryVariables>;
export const SweepRunsDocument = new TypedDocumentString(`
    query SweepRuns($entity: String!, $project: String!, $sweep: String!, $order: String, $first: Int!, $after: String) {
  project(entityName: $entity, name: $project) {
    sweep(sweepName: $sweep) {
      runs(order: $order, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...RunFields
            config
            summaryMetrics
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    fragment RunFields on Run {
  id
  name
  displayName
  state
  tags
  group
  jobType
  notes
  description
  commit
  readOnly
  sweepName
  projectId
  historyLineCount
  createdAt
  heartbeatAt
  updatedAt
  user {
    name
    username
  }
}`) as unknown as TypedDocumentString<SweepRunsQuery, SweepRunsQueryVariables>;
export const CreateInviteDocument = new TypedDocumentString(`
    mutation CreateInvite($entityName: String!, $email: String, $username: String, $admin: Boolean) {
  createInvite(
    input: {entityName: $entityName, email: $email, username: $username, admin: $admin}
  ) {
    success
    invite {
      id
      name
      email
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateInviteMutation, CreateInviteMutationVariables>;
export const CreateServiceAccountDocument = new TypedDocumentString(`
    mutation CreateServiceAccount($entityName: String!, $description: String!) {
  createServiceAccount(
    input: {entityName: $entityName, description: $description}
  ) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateServiceAccountMutation, CreateServiceAccountMutationVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($teamName: String!, $teamAdminUserName: String) {
  createTeam(input: {teamName: $teamName, teamAdminUserName: $teamAdminUserName}) {
    entity {
      ...TeamFields
    }
  }
}
    fragment MemberFields on Member {
  id
  admin
  pending
  email
  username
  name
  photoUrl
  accountType
  role
  apiKey
}
fragment TeamFields on Entity {
  id
  name
  available
  photoUrl
  readOnly
  readOnlyAdmin
  isTeam
  privateOnly
  storageBytes
  codeSavingEnabled
  defaultAccess
  isPaid
  createdAt
  members {
    ...MemberFields
  }
}`) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const DeleteInviteDocument = new TypedDocumentString(`
    mutation DeleteInvite($id: String!, $entityName: String!) {
  deleteInvite(input: {id: $id, entityName: $entityName}) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteInviteMutation, DeleteInviteMutationVariables>;
export const TeamDocument = new TypedDocumentString(`
    query Team($name: String!) {
  entity(name: $name) {
    ...TeamFields
  }
}
    fragment MemberFields on Member {
  id
  admin
  pending
  email
  username
  name
  photoUrl
  accountType
  role
  apiKey
}
fragment TeamFields on Entity {
  id
  name
  available
  photoUrl
  readOnly
  readOnlyAdmin
  isTeam
  privateOnly
  storageBytes
  codeSavingEnabled
  defaultAccess
  isPaid
  createdAt
  members {
    ...MemberFields
  }
}`) as unknown as TypedDocumentString<TeamQuery, TeamQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($email: String!, $admin: Boolean) {
  createUser(input: {email: $email, admin: $admin}) {
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  id
  name
  username
  email
  admin
  entity
  flags
  photoUrl
  accountType
  createdAt
  deletedAt
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const DeleteApiKeyDocument = new TypedDocumentString(`
    mutation DeleteApiKey($id: String!) {
  deleteApiKey(input: {id: $id}) {
    success
  }
}
    `) as unknown as TypedDocumentString<DeleteApiKeyMutation, DeleteApiKeyMutationVariables>;
export const GenerateApiKeyDocument = new TypedDocumentString(`
    mutation GenerateApiKey($description: String) {
  generateApiKey(input: {description: $description}) {
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  description
}`) as unknown as TypedDocumentString<GenerateApiKeyMutation, GenerateApiKeyMutationVariables>;
export const SearchUsersDocument = new TypedDocumentString(`
    query SearchUsers($query: String, $first: Int, $after: String) {
  users(query: $query, first: $first, after: $after) {
    edges {
      node {
        ...UserFields
        apiKeys {
          edges {
            node {
              ...ApiKeyFields
            }
          }
        }
        teams {
          edges {
            node {
              name
            }
          }
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  description
}
fragment UserFields on User {
  id
  name
  username
  email
  admin
  entity
  flags
  photoUrl
  accountType
  createdAt
  deletedAt
}`) as unknown as TypedDocumentString<SearchUsersQuery, SearchUsersQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...UserFields
    apiKeys {
      edges {
        node {
          ...ApiKeyFields
        }
      }
    }
    teams {
      edges {
        node {
          name
        }
      }
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  description
}
fragment UserFields on User {
  id
  name
  username
  email
  admin
  entity
  flags
  photoUrl
  accountType
  createdAt
  deletedAt
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
