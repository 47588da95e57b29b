import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRecord } from '../src/testing/users/records';
import type { EntityRecord, OrganizationRecord } from '../src/testing/teams/records';
import type { ProjectRecord } from '../src/testing/projects/records';
import type { RunRecord, FileView } from '../src/testing/runs/records';
import type { ArtifactTypeRecord, ArtifactCollectionRecord, ArtifactMembershipRecord, ArtifactRecord } from '../src/testing/artifacts/records';
import type { IntegrationRecord, SlackIntegrationRecord, WebhookIntegrationRecord } from '../src/testing/integrations/records';
import type { TriggerRecord } from '../src/testing/automations/records';
import type { SweepRecord, AgentRecord } from '../src/testing/sweeps/records';
import type { ViewRecord } from '../src/testing/reports/records';
import type { RunQueueRecord, RunQueueItemRecord, ResourceConfigRecord } from '../src/testing/launch/records';
import type { CustomChartRecord } from '../src/testing/charts/records';
import type { FakeContext } from '../src/testing/schema';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  DateTime: { input: string; output: string };
  Duration: { input: number; output: number };
  Int64: { input: number; output: number };
  JSON: { input: unknown; output: unknown };
  JSONString: { input: string; output: string };
};

export type AddAliasesInput = {
  aliases: Array<ArtifactCollectionAliasInput>;
  artifactID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

export type AddAliasesPayload = {
  __typename?: 'AddAliasesPayload';
  aliases: Array<ArtifactCollectionAlias>;
  artifact: Artifact;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type Agent = {
  __typename?: 'Agent';
  createdAt: Scalars['DateTime']['output'];
  displayName?: Maybe<Scalars['String']['output']>;
  heartbeatAt?: Maybe<Scalars['DateTime']['output']>;
  host: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  metrics: Scalars['JSONString']['output'];
  name: Scalars['String']['output'];
  persistent?: Maybe<Scalars['Boolean']['output']>;
  runs: RunConnection;
  state?: Maybe<Scalars['String']['output']>;
  sweep: Sweep;
  totalRuns: Scalars['Int']['output'];
  user?: Maybe<User>;
};

export type AgentRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type AgentConnection = {
  __typename?: 'AgentConnection';
  edges: Array<AgentEdge>;
  pageInfo: PageInfo;
};

export type AgentEdge = {
  __typename?: 'AgentEdge';
  cursor: Scalars['String']['output'];
  node: Agent;
};

export type AlertSeverity = 'ERROR' | 'INFO' | 'WARN';

export type ApiKey = {
  __typename?: 'ApiKey';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<ApiKey>;
};

export type Artifact = {
  __typename?: 'Artifact';
  aliases: Array<ArtifactAlias>;
  artifactCollections: ArtifactCollectionConnection;
  artifactMemberships: ArtifactCollectionMembershipConnection;
  artifactSequence: ArtifactSequence;
  artifactType: ArtifactType;
  commitHash?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Initiator>;
  currentManifest?: Maybe<ArtifactManifest>;
  description?: Maybe<Scalars['String']['output']>;
  digest: Scalars['String']['output'];
  digestAlgorithm?: Maybe<ArtifactDigestAlgorithm>;
  fileCount: Scalars['Int64']['output'];
  files: FileConnection;
  historyStep?: Maybe<Scalars['Int64']['output']>;
  id: Scalars['ID']['output'];
  metadata?: Maybe<Scalars['JSONString']['output']>;
  size: Scalars['Int64']['output'];
  state: ArtifactState;
  tags: Array<Tag>;
  ttlDurationSeconds: Scalars['Int64']['output'];
  ttlIsInherited: Scalars['Boolean']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  usedBy: RunConnection;
  usedCount: Scalars['Int']['output'];
  versionIndex?: Maybe<Scalars['Int']['output']>;
};

export type ArtifactAliasesArgs = {
  artifactCollectionName?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactCommitHashArgs = {
  artifactCollectionName?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  contentType?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ArtifactUsedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactVersionIndexArgs = {
  artifactCollectionName?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactAlias = {
  __typename?: 'ArtifactAlias';
  alias: Scalars['String']['output'];
  artifact?: Maybe<Artifact>;
  artifactCollection?: Maybe<ArtifactCollection>;
  artifactCollectionName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type ArtifactAliasConnection = {
  __typename?: 'ArtifactAliasConnection';
  edges: Array<ArtifactAliasEdge>;
  pageInfo: PageInfo;
};

export type ArtifactAliasEdge = {
  __typename?: 'ArtifactAliasEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<ArtifactAlias>;
};

export type ArtifactAliasInput = {
  alias: Scalars['String']['input'];
  artifactCollectionName: Scalars['String']['input'];
};

export type ArtifactCollection = {
  aliases: ArtifactAliasConnection;
  artifactMembership?: Maybe<ArtifactCollectionMembership>;
  artifactMemberships: ArtifactCollectionMembershipConnection;
  artifacts?: Maybe<VersionedArtifactConnection>;
  createdAt: Scalars['DateTime']['output'];
  defaultArtifactType: ArtifactType;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  project: Project;
  state: ArtifactCollectionState;
  tags: TagConnection;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ArtifactCollectionAliasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ArtifactCollectionArtifactMembershipArgs = {
  aliasName: Scalars['String']['input'];
};

export type ArtifactCollectionArtifactMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ArtifactCollectionArtifactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactCollectionTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  tagCategoryName?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactCollectionAlias = {
  __typename?: 'ArtifactCollectionAlias';
  alias: Scalars['String']['output'];
  artifactCollectionName: Scalars['String']['output'];
  entityName: Scalars['String']['output'];
  projectName: Scalars['String']['output'];
};

export type ArtifactCollectionAliasInput = {
  alias: Scalars['String']['input'];
  artifactCollectionName: Scalars['String']['input'];
  entityName: Scalars['String']['input'];
  projectName: Scalars['String']['input'];
};

export type ArtifactCollectionConnection = {
  __typename?: 'ArtifactCollectionConnection';
  edges: Array<ArtifactCollectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArtifactCollectionEdge = {
  __typename?: 'ArtifactCollectionEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<ArtifactCollection>;
};

export type ArtifactCollectionMembership = {
  __typename?: 'ArtifactCollectionMembership';
  aliases: Array<ArtifactAlias>;
  artifact?: Maybe<Artifact>;
  artifactCollection?: Maybe<ArtifactCollection>;
  commitHash?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  files?: Maybe<FileConnection>;
  id: Scalars['ID']['output'];
  versionIndex?: Maybe<Scalars['Int']['output']>;
};

export type ArtifactCollectionMembershipFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ArtifactCollectionMembershipConnection = {
  __typename?: 'ArtifactCollectionMembershipConnection';
  edges: Array<ArtifactCollectionMembershipEdge>;
  pageInfo: PageInfo;
};

export type ArtifactCollectionMembershipEdge = {
  __typename?: 'ArtifactCollectionMembershipEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<ArtifactCollectionMembership>;
};

export type ArtifactCollectionState = 'DELETED' | 'READY';

export type ArtifactCollectionType = 'PORTFOLIO' | 'SEQUENCE';

export type ArtifactConnection = {
  __typename?: 'ArtifactConnection';
  edges: Array<ArtifactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArtifactDigestAlgorithm = 'MANIFEST_MD5' | 'MANIFEST_XXH128';

export type ArtifactEdge = {
  __typename?: 'ArtifactEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Artifact>;
};

export type ArtifactManifest = {
  __typename?: 'ArtifactManifest';
  artifact: Artifact;
  createdAt: Scalars['DateTime']['output'];
  digest: Scalars['String']['output'];
  file: File;
  id: Scalars['ID']['output'];
  type: ArtifactManifestType;
};

export type ArtifactManifestType = 'FULL' | 'INCREMENTAL' | 'PATCH';

export type ArtifactPortfolio = ArtifactCollection & {
  __typename?: 'ArtifactPortfolio';
  aliases: ArtifactAliasConnection;
  artifactMembership?: Maybe<ArtifactCollectionMembership>;
  artifactMemberships: ArtifactCollectionMembershipConnection;
  artifacts: VersionedArtifactConnection;
  createdAt: Scalars['DateTime']['output'];
  defaultArtifactType: ArtifactType;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  project: Project;
  state: ArtifactCollectionState;
  tags: TagConnection;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ArtifactPortfolioAliasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ArtifactPortfolioArtifactMembershipArgs = {
  aliasName: Scalars['String']['input'];
};

export type ArtifactPortfolioArtifactMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ArtifactPortfolioArtifactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactPortfolioTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  tagCategoryName?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactSequence = ArtifactCollection & {
  __typename?: 'ArtifactSequence';
  aliases: ArtifactAliasConnection;
  artifactMembership?: Maybe<ArtifactCollectionMembership>;
  artifactMemberships: ArtifactCollectionMembershipConnection;
  artifacts: VersionedArtifactConnection;
  createdAt: Scalars['DateTime']['output'];
  defaultArtifactType: ArtifactType;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  latestArtifact?: Maybe<Artifact>;
  name: Scalars['String']['output'];
  project: Project;
  state: ArtifactCollectionState;
  tags: TagConnection;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ArtifactSequenceAliasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ArtifactSequenceArtifactMembershipArgs = {
  aliasName: Scalars['String']['input'];
};

export type ArtifactSequenceArtifactMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ArtifactSequenceArtifactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactSequenceTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  tagCategoryName?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactState = 'COMMITTED' | 'DELETED' | 'PENDING';

export type ArtifactType = {
  __typename?: 'ArtifactType';
  artifact?: Maybe<Artifact>;
  artifactCollection?: Maybe<ArtifactCollection>;
  artifactCollections?: Maybe<ArtifactCollectionConnection>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  project: Project;
};

export type ArtifactTypeArtifactArgs = {
  name: Scalars['String']['input'];
};

export type ArtifactTypeArtifactCollectionArgs = {
  name: Scalars['String']['input'];
};

export type ArtifactTypeArtifactCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  collectionTypes?: InputMaybe<Array<ArtifactCollectionType>>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactTypeConnection = {
  __typename?: 'ArtifactTypeConnection';
  edges: Array<ArtifactTypeEdge>;
  pageInfo: PageInfo;
};

export type ArtifactTypeEdge = {
  __typename?: 'ArtifactTypeEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<ArtifactType>;
};

export type ArtifactTypeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateArtifactCollectionTagAssignmentsInput = {
  artifactCollectionName: Scalars['String']['input'];
  clientMutationID?: InputMaybe<Scalars['String']['input']>;
  entityName: Scalars['String']['input'];
  projectName: Scalars['String']['input'];
  tags: Array<TagInput>;
};

export type CreateArtifactCollectionTagAssignmentsPayload = {
  __typename?: 'CreateArtifactCollectionTagAssignmentsPayload';
  clientMutationID?: Maybe<Scalars['String']['output']>;
  tags: Array<Tag>;
};

export type CreateArtifactInput = {
  aliases?: InputMaybe<Array<ArtifactAliasInput>>;
  artifactCollectionName?: InputMaybe<Scalars['String']['input']>;
  artifactCollectionNames?: InputMaybe<Array<Scalars['String']['input']>>;
  artifactTypeName: Scalars['String']['input'];
  clientID?: InputMaybe<Scalars['ID']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  digest: Scalars['String']['input'];
  digestAlgorithm: ArtifactDigestAlgorithm;
  distributedID?: InputMaybe<Scalars['String']['input']>;
  enableDigestDeduplication?: InputMaybe<Scalars['Boolean']['input']>;
  entityName: Scalars['String']['input'];
  historyStep?: InputMaybe<Scalars['Int64']['input']>;
  labels?: InputMaybe<Scalars['JSONString']['input']>;
  metadata?: InputMaybe<Scalars['JSONString']['input']>;
  projectName: Scalars['String']['input'];
  runName?: InputMaybe<Scalars['String']['input']>;
  sequenceClientID?: InputMaybe<Scalars['ID']['input']>;
  storageRegion?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<TagInput>>;
  ttlDurationSeconds?: InputMaybe<Scalars['Int64']['input']>;
};

export type CreateArtifactPayload = {
  __typename?: 'CreateArtifactPayload';
  artifact: Artifact;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type CreateCustomChartInput = {
  access: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  entity: Scalars['String']['input'];
  name: Scalars['String']['input'];
  spec: Scalars['JSONString']['input'];
  type: Scalars['String']['input'];
};

export type CreateCustomChartPayload = {
  __typename?: 'CreateCustomChartPayload';
  chart: CustomChart;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type CreateDefaultResourceConfigInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  config: Scalars['JSONString']['input'];
  entityName: Scalars['String']['input'];
  projectName?: InputMaybe<Scalars['String']['input']>;
  resource: Scalars['String']['input'];
  templateVariables?: InputMaybe<Scalars['JSONString']['input']>;
};

export type CreateDefaultResourceConfigPayload = {
  __typename?: 'CreateDefaultResourceConfigPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  defaultResourceConfigID: Scalars['ID']['output'];
  success: Scalars['Boolean']['output'];
};

export type CreateFilterTriggerInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  enabled: Scalars['Boolean']['input'];
  eventFilter: Scalars['JSONString']['input'];
  name: Scalars['String']['input'];
  scopeID: Scalars['ID']['input'];
  scopeType: TriggerScopeType;
  triggeredActionConfig: TriggeredActionConfig;
  triggeredActionType: TriggeredActionType;
  triggeringEventType: EventTriggeringConditionType;
};

export type CreateFilterTriggerPayload = {
  __typename?: 'CreateFilterTriggerPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  trigger?: Maybe<Trigger>;
};

export type CreateInviteInput = {
  accountType?: InputMaybe<Scalars['String']['input']>;
  addSeat?: InputMaybe<Scalars['Boolean']['input']>;
  admin?: InputMaybe<Scalars['Boolean']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  entityName?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type CreateInvitePayload = {
  __typename?: 'CreateInvitePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  entity?: Maybe<Entity>;
  invite?: Maybe<Invite>;
  remainingSeats?: Maybe<Scalars['Int']['output']>;
  remainingViewOnlySeats?: Maybe<Scalars['Int']['output']>;
  success: Scalars['Boolean']['output'];
};

export type CreateProjectMembersInput = {
  projectId: Scalars['ID']['input'];
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type CreateProjectMembersPayload = {
  __typename?: 'CreateProjectMembersPayload';
  success: Scalars['Boolean']['output'];
};

export type CreateRunFilesInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  entityName: Scalars['String']['input'];
  files: Array<Scalars['String']['input']>;
  projectName: Scalars['String']['input'];
  runName: Scalars['String']['input'];
};

export type CreateRunFilesPayload = {
  __typename?: 'CreateRunFilesPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  files: Array<File>;
  runID: Scalars['ID']['output'];
  uploadHeaders: Array<Scalars['String']['output']>;
};

export type CreateRunQueueInput = {
  access: RunQueueAccessType;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  defaultResourceConfigID?: InputMaybe<Scalars['ID']['input']>;
  entityName: Scalars['String']['input'];
  prioritizationMode?: InputMaybe<RunQueuePrioritizationMode>;
  projectName: Scalars['String']['input'];
  queueName: Scalars['String']['input'];
};

export type CreateRunQueuePayload = {
  __typename?: 'CreateRunQueuePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  queueID?: Maybe<Scalars['ID']['output']>;
  success?: Maybe<Scalars['Boolean']['output']>;
};

export type CreateServiceAccountInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  entityName?: InputMaybe<Scalars['String']['input']>;
};

export type CreateServiceAccountPayload = {
  __typename?: 'CreateServiceAccountPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type CreateTeamInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  defaultAccess?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['String']['input']>;
  teamAdminUserName?: InputMaybe<Scalars['String']['input']>;
  teamName: Scalars['String']['input'];
};

export type CreateTeamPayload = {
  __typename?: 'CreateTeamPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  entity?: Maybe<Entity>;
};

export type CreateUserInput = {
  accountType?: InputMaybe<Scalars['String']['input']>;
  admin?: InputMaybe<Scalars['Boolean']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type CustomChart = {
  __typename?: 'CustomChart';
  access: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  entity: Entity;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  spec: Scalars['JSONString']['output'];
  type: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  user: User;
};

export type DefaultResourceConfig = {
  __typename?: 'DefaultResourceConfig';
  config?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  resource: Scalars['String']['output'];
  scope: DefaultResourceConfigScope;
  templateVariables?: Maybe<Array<TemplateVariable>>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type DefaultResourceConfigScope = {
  __typename?: 'DefaultResourceConfigScope';
  ID: Scalars['Int']['output'];
  Type: DefaultResourceConfigScopeType;
};

export type DefaultResourceConfigScopeType = 'ENTITY' | 'PROJECT';

export type DeleteAliasesInput = {
  aliases: Array<ArtifactCollectionAliasInput>;
  artifactID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteAliasesPayload = {
  __typename?: 'DeleteAliasesPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type DeleteApiKeyInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteApiKeyPayload = {
  __typename?: 'DeleteApiKeyPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success?: Maybe<Scalars['Boolean']['output']>;
};

export type DeleteArtifactCollectionPayload = {
  __typename?: 'DeleteArtifactCollectionPayload';
  artifactCollection: ArtifactCollection;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeleteArtifactCollectionTagAssignmentsInput = {
  artifactCollectionName: Scalars['String']['input'];
  clientMutationID?: InputMaybe<Scalars['String']['input']>;
  entityName: Scalars['String']['input'];
  projectName: Scalars['String']['input'];
  tags: Array<TagInput>;
};

export type DeleteArtifactCollectionTagAssignmentsPayload = {
  __typename?: 'DeleteArtifactCollectionTagAssignmentsPayload';
  clientMutationID?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type DeleteArtifactInput = {
  artifactID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  deleteAliases?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DeleteArtifactPayload = {
  __typename?: 'DeleteArtifactPayload';
  artifact: Artifact;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeleteArtifactPortfolioInput = {
  artifactPortfolioID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteArtifactSequenceInput = {
  artifactSequenceID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteFilesInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  files: Array<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['Int']['input']>;
};

export type DeleteFilesPayload = {
  __typename?: 'DeleteFilesPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type DeleteFromRunQueueInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  queueID: Scalars['ID']['input'];
  runQueueItemId: Scalars['ID']['input'];
};

export type DeleteFromRunQueuePayload = {
  __typename?: 'DeleteFromRunQueuePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success?: Maybe<Scalars['Boolean']['output']>;
};

export type DeleteInviteInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  entityName?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteInvitePayload = {
  __typename?: 'DeleteInvitePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success?: Maybe<Scalars['Boolean']['output']>;
};

export type DeleteModelInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['String']['input'];
};

export type DeleteModelPayload = {
  __typename?: 'DeleteModelPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success?: Maybe<Scalars['Boolean']['output']>;
};

export type DeleteProjectMembersInput = {
  projectId: Scalars['ID']['input'];
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type DeleteProjectMembersPayload = {
  __typename?: 'DeleteProjectMembersPayload';
  success: Scalars['Boolean']['output'];
};

export type DeleteRunInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  deleteArtifacts?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};

export type DeleteRunPayload = {
  __typename?: 'DeleteRunPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeleteRunQueuesInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  queueIDs: Array<Scalars['ID']['input']>;
};

export type DeleteRunQueuesPayload = {
  __typename?: 'DeleteRunQueuesPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success?: Maybe<Scalars['Boolean']['output']>;
};

export type DeleteTriggerInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  triggerID: Scalars['ID']['input'];
};

export type DeleteTriggerPayload = {
  __typename?: 'DeleteTriggerPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type DotBehavior = 'KEEP_ALL_DOT_VALUES' | 'SKIP_FIRST_DOT_VALUE';

export type EnqueueSweepRunInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  config: Scalars['JSONString']['input'];
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type EnqueueSweepRunPayload = {
  __typename?: 'EnqueueSweepRunPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  runQueueItemId?: Maybe<Scalars['ID']['output']>;
};

export type Entity = {
  __typename?: 'Entity';
  artifactCollections?: Maybe<ArtifactCollectionConnection>;
  artifactMemberships?: Maybe<ArtifactCollectionMembershipConnection>;
  available?: Maybe<Scalars['Boolean']['output']>;
  codeSavingEnabled: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  defaultAccess: Scalars['String']['output'];
  defaultResourceConfig?: Maybe<DefaultResourceConfig>;
  entityType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  integrations?: Maybe<IntegrationConnection>;
  isPaid?: Maybe<Scalars['Boolean']['output']>;
  isTeam: Scalars['Boolean']['output'];
  limits?: Maybe<Scalars['JSONString']['output']>;
  memberCount: Scalars['Int']['output'];
  members: Array<Member>;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  photoUrl?: Maybe<Scalars['String']['output']>;
  privateOnly: Scalars['Boolean']['output'];
  project?: Maybe<Project>;
  projects?: Maybe<ProjectConnection>;
  readOnly?: Maybe<Scalars['Boolean']['output']>;
  readOnlyAdmin: Scalars['Boolean']['output'];
  storageBytes: Scalars['Int64']['output'];
  triggers: TriggerConnection;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  user?: Maybe<User>;
};

export type EntityArtifactCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  collectionTypes?: InputMaybe<Array<ArtifactCollectionType>>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  projectFilters?: InputMaybe<Scalars['JSONString']['input']>;
};

export type EntityArtifactMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  collectionFilters?: InputMaybe<Scalars['JSONString']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  projectFilters?: InputMaybe<Scalars['JSONString']['input']>;
};

export type EntityDefaultResourceConfigArgs = {
  id: Scalars['ID']['input'];
};

export type EntityIntegrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityProjectArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
};

export type EntityProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type EntityTriggersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Entity>;
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

export type File = {
  __typename?: 'File';
  archived?: Maybe<Scalars['Boolean']['output']>;
  artifact?: Maybe<Artifact>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  digest?: Maybe<Scalars['String']['output']>;
  directUrl: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  exists: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  isReference: Scalars['Boolean']['output'];
  md5?: Maybe<Scalars['String']['output']>;
  mimetype?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  ndbId?: Maybe<Scalars['ID']['output']>;
  sizeBytes: Scalars['Int64']['output'];
  special?: Maybe<Scalars['Boolean']['output']>;
  storageBucket?: Maybe<Scalars['String']['output']>;
  storagePath?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  uploadHeaders: Array<Scalars['String']['output']>;
  uploadMultipartUrls?: Maybe<UploadMultipartUrls>;
  uploadUrl?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type FileUrlArgs = {
  upload?: InputMaybe<Scalars['Boolean']['input']>;
};

export type FileConnection = {
  __typename?: 'FileConnection';
  edges: Array<FileEdge>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
  uploadHeaders: Array<Scalars['String']['output']>;
};

export type FileEdge = {
  __typename?: 'FileEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<File>;
};

export type FilterEventTriggeringCondition = {
  __typename?: 'FilterEventTriggeringCondition';
  eventType: EventTriggeringConditionType;
  filter: Scalars['String']['output'];
};

export type GenerateApiKeyInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
};

export type GenerateApiKeyPayload = {
  __typename?: 'GenerateApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type GenericWebhookActionInput = {
  integrationID: Scalars['ID']['input'];
  requestPayload?: InputMaybe<Scalars['JSONString']['input']>;
};

export type GenericWebhookIntegration = Integration & {
  __typename?: 'GenericWebhookIntegration';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  urlEndpoint: Scalars['String']['output'];
};

export type GenericWebhookTriggeredAction = {
  __typename?: 'GenericWebhookTriggeredAction';
  integration: Integration;
  requestPayload?: Maybe<Scalars['JSONString']['output']>;
};

export type HistoryKeysFormat = 'BITMAP' | 'PLAINTEXT';

export type Initiator = Run | User;

export type InputArtifactConnection = {
  __typename?: 'InputArtifactConnection';
  edges: Array<InputArtifactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InputArtifactEdge = {
  __typename?: 'InputArtifactEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Artifact>;
  usedAs: Array<Scalars['String']['output']>;
};

export type Integration = {
  id: Scalars['ID']['output'];
};

export type IntegrationConnection = {
  __typename?: 'IntegrationConnection';
  edges: Array<IntegrationEdge>;
  pageInfo: PageInfo;
};

export type IntegrationEdge = {
  __typename?: 'IntegrationEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Integration>;
};

export type Invite = {
  __typename?: 'Invite';
  accepted?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  entity?: Maybe<Entity>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  fromUser?: Maybe<User>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  toUser?: Maybe<User>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type LinkArtifactInput = {
  aliases?: InputMaybe<Array<ArtifactAliasInput>>;
  artifactID?: InputMaybe<Scalars['ID']['input']>;
  artifactPortfolioID?: InputMaybe<Scalars['ID']['input']>;
  artifactPortfolioName?: InputMaybe<Scalars['String']['input']>;
  clientID?: InputMaybe<Scalars['ID']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  entityName?: InputMaybe<Scalars['String']['input']>;
  projectName?: InputMaybe<Scalars['String']['input']>;
};

export type LinkArtifactPayload = {
  __typename?: 'LinkArtifactPayload';
  aliases: Array<ArtifactCollectionAlias>;
  artifactCollectionID: Scalars['ID']['output'];
  artifactID: Scalars['ID']['output'];
  artifactMembership?: Maybe<ArtifactCollectionMembership>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  versionIndex?: Maybe<Scalars['Int']['output']>;
};

export type LogLine = {
  __typename?: 'LogLine';
  id?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  level?: Maybe<Scalars['String']['output']>;
  line?: Maybe<Scalars['String']['output']>;
  number?: Maybe<Scalars['Int']['output']>;
  timestamp?: Maybe<Scalars['String']['output']>;
};

export type LogLineConnection = {
  __typename?: 'LogLineConnection';
  edges: Array<LogLineEdge>;
  pageInfo: PageInfo;
};

export type LogLineEdge = {
  __typename?: 'LogLineEdge';
  cursor: Scalars['String']['output'];
  node: LogLine;
};

export type Member = {
  __typename?: 'Member';
  accountType?: Maybe<Scalars['String']['output']>;
  admin?: Maybe<Scalars['Boolean']['output']>;
  apiKey?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  pending?: Maybe<Scalars['Boolean']['output']>;
  photoUrl?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
};

export type MoveArtifactCollectionPayload = {
  __typename?: 'MoveArtifactCollectionPayload';
  artifactCollection?: Maybe<ArtifactCollection>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type MoveArtifactSequenceInput = {
  artifactSequenceID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  destinationArtifactTypeName: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addAliases?: Maybe<AddAliasesPayload>;
  createArtifact?: Maybe<CreateArtifactPayload>;
  createArtifactCollectionTagAssignments?: Maybe<CreateArtifactCollectionTagAssignmentsPayload>;
  createCustomChart?: Maybe<CreateCustomChartPayload>;
  createDefaultResourceConfig?: Maybe<CreateDefaultResourceConfigPayload>;
  createFilterTrigger?: Maybe<CreateFilterTriggerPayload>;
  createInvite?: Maybe<CreateInvitePayload>;
  createProjectMembers?: Maybe<CreateProjectMembersPayload>;
  createRunFiles?: Maybe<CreateRunFilesPayload>;
  createRunQueue?: Maybe<CreateRunQueuePayload>;
  createServiceAccount?: Maybe<CreateServiceAccountPayload>;
  createTeam?: Maybe<CreateTeamPayload>;
  createUser?: Maybe<CreateUserPayload>;
  deleteAliases?: Maybe<DeleteAliasesPayload>;
  deleteApiKey?: Maybe<DeleteApiKeyPayload>;
  deleteArtifact?: Maybe<DeleteArtifactPayload>;
  deleteArtifactCollectionTagAssignments?: Maybe<DeleteArtifactCollectionTagAssignmentsPayload>;
  deleteArtifactPortfolio?: Maybe<DeleteArtifactCollectionPayload>;
  deleteArtifactSequence?: Maybe<DeleteArtifactCollectionPayload>;
  deleteFiles?: Maybe<DeleteFilesPayload>;
  deleteFromRunQueue?: Maybe<DeleteFromRunQueuePayload>;
  deleteInvite?: Maybe<DeleteInvitePayload>;
  deleteModel?: Maybe<DeleteModelPayload>;
  deleteProjectMembers?: Maybe<DeleteProjectMembersPayload>;
  deleteRun?: Maybe<DeleteRunPayload>;
  deleteRunQueues?: Maybe<DeleteRunQueuesPayload>;
  deleteTrigger?: Maybe<DeleteTriggerPayload>;
  enqueueSweepRun?: Maybe<EnqueueSweepRunPayload>;
  generateApiKey?: Maybe<GenerateApiKeyPayload>;
  linkArtifact?: Maybe<LinkArtifactPayload>;
  moveArtifactSequence?: Maybe<MoveArtifactCollectionPayload>;
  pushToRunQueueByName?: Maybe<PushToRunQueueByNamePayload>;
  stopRun?: Maybe<StopRunPayload>;
  unlinkArtifact?: Maybe<UnlinkArtifactPayload>;
  updateArtifact?: Maybe<UpdateArtifactPayload>;
  updateArtifactPortfolio?: Maybe<UpdateArtifactCollectionPayload>;
  updateArtifactSequence?: Maybe<UpdateArtifactCollectionPayload>;
  updateFilterTrigger?: Maybe<UpdateFilterTriggerPayload>;
  updateProjectMember?: Maybe<UpdateProjectMemberPayload>;
  updateProjectTeamMember?: Maybe<UpdateProjectTeamMemberPayload>;
  updateRunState?: Maybe<UpdateRunStatePayload>;
  upsertBucket?: Maybe<UpsertBucketPayload>;
  upsertModel?: Maybe<UpsertModelPayload>;
  upsertRunQueue?: Maybe<UpsertRunQueuePayload>;
  useArtifact?: Maybe<UseArtifactPayload>;
};

export type MutationAddAliasesArgs = {
  input: AddAliasesInput;
};

export type MutationCreateArtifactArgs = {
  input: CreateArtifactInput;
};

export type MutationCreateArtifactCollectionTagAssignmentsArgs = {
  input: CreateArtifactCollectionTagAssignmentsInput;
};

export type MutationCreateCustomChartArgs = {
  input: CreateCustomChartInput;
};

export type MutationCreateDefaultResourceConfigArgs = {
  input: CreateDefaultResourceConfigInput;
};

export type MutationCreateFilterTriggerArgs = {
  input: CreateFilterTriggerInput;
};

export type MutationCreateInviteArgs = {
  input: CreateInviteInput;
};

export type MutationCreateProjectMembersArgs = {
  input: CreateProjectMembersInput;
};

export type MutationCreateRunFilesArgs = {
  input: CreateRunFilesInput;
};

export type MutationCreateRunQueueArgs = {
  input: CreateRunQueueInput;
};

export type MutationCreateServiceAccountArgs = {
  input: CreateServiceAccountInput;
};

export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};

export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

export type MutationDeleteAliasesArgs = {
  input: DeleteAliasesInput;
};

export type MutationDeleteApiKeyArgs = {
  input: DeleteApiKeyInput;
};

export type MutationDeleteArtifactArgs = {
  input: DeleteArtifactInput;
};

export type MutationDeleteArtifactCollectionTagAssignmentsArgs = {
  input: DeleteArtifactCollectionTagAssignmentsInput;
};

export type MutationDeleteArtifactPortfolioArgs = {
  input: DeleteArtifactPortfolioInput;
};

export type MutationDeleteArtifactSequenceArgs = {
  input: DeleteArtifactSequenceInput;
};

export type MutationDeleteFilesArgs = {
  input: DeleteFilesInput;
};

export type MutationDeleteFromRunQueueArgs = {
  input: DeleteFromRunQueueInput;
};

export type MutationDeleteInviteArgs = {
  input: DeleteInviteInput;
};

export type MutationDeleteModelArgs = {
  input: DeleteModelInput;
};

export type MutationDeleteProjectMembersArgs = {
  input: DeleteProjectMembersInput;
};

export type MutationDeleteRunArgs = {
  input: DeleteRunInput;
};

export type MutationDeleteRunQueuesArgs = {
  input: DeleteRunQueuesInput;
};

export type MutationDeleteTriggerArgs = {
  input: DeleteTriggerInput;
};

export type MutationEnqueueSweepRunArgs = {
  input: EnqueueSweepRunInput;
};

export type MutationGenerateApiKeyArgs = {
  input: GenerateApiKeyInput;
};

export type MutationLinkArtifactArgs = {
  input: LinkArtifactInput;
};

export type MutationMoveArtifactSequenceArgs = {
  input: MoveArtifactSequenceInput;
};

export type MutationPushToRunQueueByNameArgs = {
  input: PushToRunQueueByNameInput;
};

export type MutationStopRunArgs = {
  input: StopRunInput;
};

export type MutationUnlinkArtifactArgs = {
  input: UnlinkArtifactInput;
};

export type MutationUpdateArtifactArgs = {
  input: UpdateArtifactInput;
};

export type MutationUpdateArtifactPortfolioArgs = {
  input: UpdateArtifactPortfolioInput;
};

export type MutationUpdateArtifactSequenceArgs = {
  input: UpdateArtifactSequenceInput;
};

export type MutationUpdateFilterTriggerArgs = {
  input: UpdateFilterTriggerInput;
};

export type MutationUpdateProjectMemberArgs = {
  input: UpdateProjectMemberInput;
};

export type MutationUpdateProjectTeamMemberArgs = {
  input: UpdateProjectTeamMemberInput;
};

export type MutationUpdateRunStateArgs = {
  input: UpdateRunStateInput;
};

export type MutationUpsertBucketArgs = {
  input: UpsertBucketInput;
};

export type MutationUpsertModelArgs = {
  input: UpsertModelInput;
};

export type MutationUpsertRunQueueArgs = {
  input: UpsertRunQueueInput;
};

export type MutationUseArtifactArgs = {
  input: UseArtifactInput;
};

export type NoOpTriggeredAction = {
  __typename?: 'NoOpTriggeredAction';
  noOp?: Maybe<Scalars['Boolean']['output']>;
};

export type NoOpTriggeredActionInput = {
  noOp?: InputMaybe<Scalars['Boolean']['input']>;
};

export type NotificationActionInput = {
  integrationID: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<AlertSeverity>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type NotificationTriggeredAction = {
  __typename?: 'NotificationTriggeredAction';
  integration: Integration;
  message?: Maybe<Scalars['String']['output']>;
  severity?: Maybe<AlertSeverity>;
  title?: Maybe<Scalars['String']['output']>;
};

export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  orgEntity?: Maybe<Entity>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type ParquetHistory = {
  __typename?: 'ParquetHistory';
  liveData: Array<Scalars['JSON']['output']>;
  parquetUrls: Array<Scalars['String']['output']>;
};

export type Project = {
  __typename?: 'Project';
  access?: Maybe<Scalars['String']['output']>;
  allViews?: Maybe<ViewConnection>;
  allowAllArtifactTypesInRegistry: Scalars['Boolean']['output'];
  artifact?: Maybe<Artifact>;
  artifactCollection?: Maybe<ArtifactCollection>;
  artifactCollectionMembership?: Maybe<ArtifactCollectionMembership>;
  artifactCollections?: Maybe<ArtifactCollectionConnection>;
  artifactType?: Maybe<ArtifactType>;
  artifactTypes: ArtifactTypeConnection;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  entity: Entity;
  entityName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  internalId: Scalars['ID']['output'];
  isBenchmark: Scalars['Boolean']['output'];
  members: Array<ProjectMember>;
  name: Scalars['String']['output'];
  readOnly?: Maybe<Scalars['Boolean']['output']>;
  run?: Maybe<Run>;
  runCount: Scalars['Int']['output'];
  runQueue?: Maybe<RunQueue>;
  runQueues: Array<RunQueue>;
  runs?: Maybe<RunConnection>;
  sweep?: Maybe<Sweep>;
  sweeps?: Maybe<SweepConnection>;
  teamMembers: Array<ProjectTeamMember>;
  totalSweeps: Scalars['Int']['output'];
  triggers: Array<Trigger>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  user?: Maybe<User>;
  views?: Maybe<Scalars['JSONString']['output']>;
};

export type ProjectAllViewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['Int']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
  viewName?: InputMaybe<Scalars['String']['input']>;
  viewType?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectArtifactArgs = {
  name: Scalars['String']['input'];
};

export type ProjectArtifactCollectionArgs = {
  name: Scalars['String']['input'];
};

export type ProjectArtifactCollectionMembershipArgs = {
  name: Scalars['String']['input'];
};

export type ProjectArtifactCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  collectionTypes?: InputMaybe<Array<ArtifactCollectionType>>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectArtifactTypeArgs = {
  name: Scalars['String']['input'];
};

export type ProjectArtifactTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeAll?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectRunArgs = {
  desc?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type ProjectRunCountArgs = {
  filters?: InputMaybe<Scalars['JSONString']['input']>;
};

export type ProjectRunQueueArgs = {
  name: Scalars['String']['input'];
};

export type ProjectRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  fields?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupKeys?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  groupLevel?: InputMaybe<Scalars['Int']['input']>;
  historyFields?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  jobKey?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  names?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectSweepArgs = {
  sweepName: Scalars['String']['input'];
};

export type ProjectSweepsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Project>;
};

export type ProjectMember = {
  __typename?: 'ProjectMember';
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  role: Role;
  username?: Maybe<Scalars['String']['output']>;
};

export type ProjectTeamMember = {
  __typename?: 'ProjectTeamMember';
  role: Role;
  team: Entity;
};

export type PushToRunQueueByNameInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  entityName: Scalars['String']['input'];
  projectName: Scalars['String']['input'];
  queueName: Scalars['String']['input'];
  runSpec: Scalars['JSONString']['input'];
};

export type PushToRunQueueByNamePayload = {
  __typename?: 'PushToRunQueueByNamePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  runQueueItemId: Scalars['ID']['output'];
  runSpec: Scalars['JSONString']['output'];
};

export type Query = {
  __typename?: 'Query';
  artifact?: Maybe<Artifact>;
  artifactCollection?: Maybe<ArtifactCollection>;
  customChart?: Maybe<CustomChart>;
  entity?: Maybe<Entity>;
  models?: Maybe<ProjectConnection>;
  organization?: Maybe<Organization>;
  project?: Maybe<Project>;
  projects?: Maybe<ProjectConnection>;
  serverInfo?: Maybe<ServerInfo>;
  user?: Maybe<User>;
  users?: Maybe<UserConnection>;
  view?: Maybe<View>;
  viewer?: Maybe<User>;
};

export type QueryArtifactArgs = {
  id: Scalars['ID']['input'];
};

export type QueryArtifactCollectionArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCustomChartArgs = {
  id: Scalars['ID']['input'];
};

export type QueryEntityArgs = {
  login?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type QueryModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entityName?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keysOnly?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryOrganizationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type QueryProjectArgs = {
  entityName?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entityName?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type QueryUserArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
};

export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  usernames?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type QueryViewArgs = {
  id: Scalars['ID']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
};

export type QueryViewerArgs = {
  entityName?: InputMaybe<Scalars['String']['input']>;
};

export type Role = {
  __typename?: 'Role';
  name: Scalars['String']['output'];
};

export type Run = {
  __typename?: 'Run';
  commit?: Maybe<Scalars['String']['output']>;
  config?: Maybe<Scalars['JSONString']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  events: Array<Scalars['String']['output']>;
  fileCount?: Maybe<Scalars['Int']['output']>;
  files?: Maybe<FileConnection>;
  group?: Maybe<Scalars['String']['output']>;
  heartbeatAt?: Maybe<Scalars['DateTime']['output']>;
  history: Array<Scalars['String']['output']>;
  historyKeys?: Maybe<Scalars['JSON']['output']>;
  historyLineCount?: Maybe<Scalars['Int']['output']>;
  host?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inputArtifacts?: Maybe<InputArtifactConnection>;
  jobType?: Maybe<Scalars['String']['output']>;
  logLineCount?: Maybe<Scalars['Int']['output']>;
  logLines?: Maybe<LogLineConnection>;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  outputArtifacts?: Maybe<ArtifactConnection>;
  parquetHistory: ParquetHistory;
  project?: Maybe<Project>;
  projectId: Scalars['ID']['output'];
  readOnly?: Maybe<Scalars['Boolean']['output']>;
  sampledHistory: Array<Scalars['JSON']['output']>;
  shouldStop?: Maybe<Scalars['Boolean']['output']>;
  state?: Maybe<Scalars['String']['output']>;
  stopped?: Maybe<Scalars['Boolean']['output']>;
  summaryMetrics?: Maybe<Scalars['JSONString']['output']>;
  sweep?: Maybe<Sweep>;
  sweepName?: Maybe<Scalars['String']['output']>;
  systemMetrics?: Maybe<Scalars['JSONString']['output']>;
  tags?: Maybe<Array<Scalars['String']['output']>>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  user?: Maybe<User>;
};

export type RunConfigArgs = {
  dotBehavior?: InputMaybe<DotBehavior>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RunEventsArgs = {
  samples?: InputMaybe<Scalars['Int']['input']>;
};

export type RunFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  contentType?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  names?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  pattern?: InputMaybe<Scalars['String']['input']>;
};

export type RunHistoryArgs = {
  maxStep?: InputMaybe<Scalars['Int64']['input']>;
  minStep?: InputMaybe<Scalars['Int64']['input']>;
  samples?: InputMaybe<Scalars['Int']['input']>;
};

export type RunHistoryKeysArgs = {
  format?: InputMaybe<HistoryKeysFormat>;
};

export type RunInputArtifactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type RunLogLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  useImprovedPagination?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RunOutputArtifactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Scalars['JSONString']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type RunParquetHistoryArgs = {
  liveKeys: Array<Scalars['String']['input']>;
};

export type RunSampledHistoryArgs = {
  packVersion?: InputMaybe<Scalars['Int']['input']>;
  specs: Array<Scalars['JSONString']['input']>;
};

export type RunSummaryMetricsArgs = {
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  packVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type RunConnection = {
  __typename?: 'RunConnection';
  edges: Array<RunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RunEdge = {
  __typename?: 'RunEdge';
  cursor: Scalars['String']['output'];
  node: Run;
};

export type RunQueue = {
  __typename?: 'RunQueue';
  access: RunQueueAccessType;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['Int']['output']>;
  defaultResourceConfigID?: Maybe<Scalars['ID']['output']>;
  executorInfo: Scalars['String']['output'];
  externalLinks?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  prioritizationMode?: Maybe<RunQueuePrioritizationMode>;
  runQueueItem?: Maybe<RunQueueItem>;
  runQueueItems: RunQueueItemConnection;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RunQueueRunQueueItemArgs = {
  id: Scalars['ID']['input'];
};

export type RunQueueRunQueueItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type RunQueueAccessType = 'PROJECT' | 'USER';

export type RunQueueItem = {
  __typename?: 'RunQueueItem';
  associatedRunId?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  launchAgentId?: Maybe<Scalars['ID']['output']>;
  runSpec: Scalars['JSON']['output'];
  state: RunQueueItemState;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RunQueueItemConnection = {
  __typename?: 'RunQueueItemConnection';
  edges: Array<RunQueueItemEdge>;
  pageInfo: PageInfo;
};

export type RunQueueItemEdge = {
  __typename?: 'RunQueueItemEdge';
  cursor: Scalars['String']['output'];
  node: RunQueueItem;
};

export type RunQueueItemState = 'CLAIMED' | 'FAILED' | 'LEASED' | 'PENDING';

export type RunQueuePrioritizationMode = 'DISABLED' | 'V0';

export type ServerFeature = {
  __typename?: 'ServerFeature';
  isEnabled: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type ServerInfo = {
  __typename?: 'ServerInfo';
  features: Array<Maybe<ServerFeature>>;
  frontendHost: Scalars['String']['output'];
};

export type SlackIntegration = Integration & {
  __typename?: 'SlackIntegration';
  channelName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  teamName: Scalars['String']['output'];
};

export type StopRunInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type StopRunPayload = {
  __typename?: 'StopRunPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type Sweep = {
  __typename?: 'Sweep';
  agent?: Maybe<Agent>;
  agents: AgentConnection;
  bestLoss?: Maybe<Scalars['Float']['output']>;
  config: Scalars['String']['output'];
  controller?: Maybe<Scalars['JSONString']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  earlyStopJobRunning: Scalars['Boolean']['output'];
  heartbeatAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  method: Scalars['String']['output'];
  name: Scalars['String']['output'];
  project?: Maybe<Project>;
  runCount: Scalars['Int']['output'];
  runCountExpected?: Maybe<Scalars['Int']['output']>;
  runTime: Scalars['Int']['output'];
  runs: RunConnection;
  scheduler?: Maybe<Scalars['JSONString']['output']>;
  state: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  user?: Maybe<User>;
};

export type SweepAgentArgs = {
  agentName: Scalars['String']['input'];
};

export type SweepRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};

export type SweepConnection = {
  __typename?: 'SweepConnection';
  edges: Array<SweepEdge>;
  pageInfo: PageInfo;
};

export type SweepEdge = {
  __typename?: 'SweepEdge';
  cursor: Scalars['String']['output'];
  node: Sweep;
};

export type Tag = {
  __typename?: 'Tag';
  attributes: Scalars['JSONString']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  tagCategoryName: Scalars['String']['output'];
};

export type TagConnection = {
  __typename?: 'TagConnection';
  edges: Array<TagEdge>;
  pageInfo: PageInfo;
};

export type TagEdge = {
  __typename?: 'TagEdge';
  cursor: Scalars['String']['output'];
  node: Tag;
};

export type TagInput = {
  attributes?: InputMaybe<Scalars['JSONString']['input']>;
  tagCategoryName?: InputMaybe<Scalars['String']['input']>;
  tagName: Scalars['String']['input'];
};

export type TemplateVariable = {
  __typename?: 'TemplateVariable';
  name: Scalars['String']['output'];
  schema?: Maybe<Scalars['JSON']['output']>;
};

export type Trigger = {
  __typename?: 'Trigger';
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  description?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  scope: TriggerScope;
  triggeredAction: TriggeredAction;
  triggeringCondition: TriggeringCondition;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type TriggerConnection = {
  __typename?: 'TriggerConnection';
  edges: Array<TriggerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TriggerEdge = {
  __typename?: 'TriggerEdge';
  cursor: Scalars['String']['output'];
  node: Trigger;
};

export type TriggerScope = ArtifactPortfolio | ArtifactSequence | Entity | Project;

export type TriggerScopeType = 'ARTIFACT_COLLECTION' | 'ENTITY' | 'PROJECT';

export type TriggeredAction = GenericWebhookTriggeredAction | NoOpTriggeredAction | NotificationTriggeredAction;

export type TriggeredActionConfig = {
  genericWebhookActionInput?: InputMaybe<GenericWebhookActionInput>;
  noOpActionInput?: InputMaybe<NoOpTriggeredActionInput>;
  notificationActionInput?: InputMaybe<NotificationActionInput>;
};

export type TriggeredActionType = 'ARIA' | 'GENERIC_WEBHOOK' | 'NOTIFICATION' | 'NO_OP' | 'PUSH_NOTIFICATION' | 'QUEUE_JOB';

export type TriggeringCondition = FilterEventTriggeringCondition;

export type UnlinkArtifactInput = {
  artifactID: Scalars['ID']['input'];
  artifactPortfolioID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

export type UnlinkArtifactPayload = {
  __typename?: 'UnlinkArtifactPayload';
  artifactID: Scalars['ID']['output'];
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type UpdateArtifactCollectionPayload = {
  __typename?: 'UpdateArtifactCollectionPayload';
  artifactCollection: ArtifactCollection;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type UpdateArtifactInput = {
  aliases?: InputMaybe<Array<ArtifactAliasInput>>;
  artifactID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSONString']['input']>;
  tagsToAdd?: InputMaybe<Array<TagInput>>;
  tagsToDelete?: InputMaybe<Array<TagInput>>;
  ttlDurationSeconds?: InputMaybe<Scalars['Int64']['input']>;
};

export type UpdateArtifactPayload = {
  __typename?: 'UpdateArtifactPayload';
  artifact: Artifact;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type UpdateArtifactPortfolioInput = {
  artifactPortfolioID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateArtifactSequenceInput = {
  artifactSequenceID: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFilterTriggerInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  eventFilter?: InputMaybe<Scalars['JSONString']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  scopeID?: InputMaybe<Scalars['ID']['input']>;
  scopeType?: InputMaybe<TriggerScopeType>;
  triggeredActionConfig?: InputMaybe<TriggeredActionConfig>;
  triggeredActionType?: InputMaybe<TriggeredActionType>;
  triggeringEventType?: InputMaybe<EventTriggeringConditionType>;
};

export type UpdateFilterTriggerPayload = {
  __typename?: 'UpdateFilterTriggerPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  trigger?: Maybe<Trigger>;
};

export type UpdateProjectMemberInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  userProjectRole: Scalars['String']['input'];
};

export type UpdateProjectMemberPayload = {
  __typename?: 'UpdateProjectMemberPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type UpdateProjectTeamMemberInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
  teamProjectRole: Scalars['String']['input'];
};

export type UpdateProjectTeamMemberPayload = {
  __typename?: 'UpdateProjectTeamMemberPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type UpdateRunStateInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  state: Scalars['String']['input'];
};

export type UpdateRunStatePayload = {
  __typename?: 'UpdateRunStatePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type UploadMultipartUrls = {
  __typename?: 'UploadMultipartUrls';
  uploadID: Scalars['String']['output'];
  uploadUrlParts: Array<UploadUrlPart>;
};

export type UploadUrlPart = {
  __typename?: 'UploadUrlPart';
  partNumber: Scalars['Int64']['output'];
  uploadUrl: Scalars['String']['output'];
};

export type UpsertBucketInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['String']['input']>;
  config?: InputMaybe<Scalars['JSONString']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  entityName?: InputMaybe<Scalars['String']['input']>;
  groupName?: InputMaybe<Scalars['String']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  jobType?: InputMaybe<Scalars['String']['input']>;
  modelName?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  summaryMetrics?: InputMaybe<Scalars['JSONString']['input']>;
  sweep?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type UpsertBucketPayload = {
  __typename?: 'UpsertBucketPayload';
  bucket?: Maybe<Run>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  inserted?: Maybe<Scalars['Boolean']['output']>;
  updateAvailable?: Maybe<Scalars['Boolean']['output']>;
};

export type UpsertModelInput = {
  access?: InputMaybe<Scalars['String']['input']>;
  allowAllArtifactTypesInRegistry?: InputMaybe<Scalars['Boolean']['input']>;
  artifactTypes?: InputMaybe<Array<ArtifactTypeInput>>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  entityName?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  views?: InputMaybe<Scalars['JSONString']['input']>;
};

export type UpsertModelPayload = {
  __typename?: 'UpsertModelPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  entityName?: Maybe<Scalars['String']['output']>;
  inserted?: Maybe<Scalars['Boolean']['output']>;
  model?: Maybe<Project>;
  project?: Maybe<Project>;
};

export type UpsertRunQueueInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  entityName: Scalars['String']['input'];
  externalLinks?: InputMaybe<Scalars['JSONString']['input']>;
  prioritizationMode?: InputMaybe<RunQueuePrioritizationMode>;
  projectName: Scalars['String']['input'];
  queueName: Scalars['String']['input'];
  resourceConfig: Scalars['JSONString']['input'];
  resourceType: Scalars['String']['input'];
  templateVariables?: InputMaybe<Scalars['JSONString']['input']>;
};

export type UpsertRunQueuePayload = {
  __typename?: 'UpsertRunQueuePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  configSchemaValidationErrors?: Maybe<Array<Scalars['String']['output']>>;
  success: Scalars['Boolean']['output'];
};

export type UseArtifactInput = {
  artifactEntityName?: InputMaybe<Scalars['String']['input']>;
  artifactID: Scalars['ID']['input'];
  artifactProjectName?: InputMaybe<Scalars['String']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  entityName: Scalars['String']['input'];
  projectName: Scalars['String']['input'];
  runName: Scalars['String']['input'];
  usedAs?: InputMaybe<Scalars['String']['input']>;
};

export type UseArtifactPayload = {
  __typename?: 'UseArtifactPayload';
  artifact: Artifact;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  run: Run;
};

export type User = {
  __typename?: 'User';
  accountType?: Maybe<UserAccountType>;
  admin?: Maybe<Scalars['Boolean']['output']>;
  apiKeys?: Maybe<ApiKeyConnection>;
  createdAt: Scalars['DateTime']['output'];
  defaultEntity?: Maybe<Entity>;
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  entity?: Maybe<Scalars['String']['output']>;
  flags?: Maybe<Scalars['JSONString']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organizations: Array<Organization>;
  photoUrl?: Maybe<Scalars['String']['output']>;
  projects?: Maybe<ProjectConnection>;
  teams?: Maybe<EntityConnection>;
  userEntity?: Maybe<Entity>;
  username?: Maybe<Scalars['String']['output']>;
};

export type UserApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keysOnly?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};

export type UserOrganizationsArgs = {
  emailDomain?: InputMaybe<Scalars['String']['input']>;
};

export type UserProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UserTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type UserAccountType = 'ANONYMOUS' | 'SERVICE' | 'USER' | 'VIEWER';

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<User>;
};

export type VersionedArtifactConnection = {
  __typename?: 'VersionedArtifactConnection';
  edges: Array<VersionedArtifactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VersionedArtifactEdge = {
  __typename?: 'VersionedArtifactEdge';
  cursor: Scalars['String']['output'];
  node: Artifact;
  version: Scalars['String']['output'];
};

export type View = {
  __typename?: 'View';
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  entityName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  project?: Maybe<Project>;
  projectName: Scalars['String']['output'];
  spec?: Maybe<Scalars['JSONString']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  user?: Maybe<User>;
  viewCount: Scalars['Int']['output'];
};

export type ViewConnection = {
  __typename?: 'ViewConnection';
  edges: Array<ViewEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ViewEdge = {
  __typename?: 'ViewEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<View>;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs> | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>) | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (next: NextResolverFn<TResult>, parent: TParent, args: TArgs, context: TContext, info: GraphQLResolveInfo) => TResult | Promise<TResult>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Initiator: RunRecord | UserRecord;
  TriggerScope: ArtifactCollectionRecord | ArtifactCollectionRecord | EntityRecord | ProjectRecord;
  TriggeredAction:
    | Partial<Omit<GenericWebhookTriggeredAction, 'integration'> & { integration: _RefType['Integration'] }>
    | Partial<NoOpTriggeredAction>
    | Partial<Omit<NotificationTriggeredAction, 'integration'> & { integration: _RefType['Integration'] }>;
  TriggeringCondition: Partial<FilterEventTriggeringCondition>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddAliasesInput: ResolverTypeWrapper<Partial<AddAliasesInput>>;
  AddAliasesPayload: ResolverTypeWrapper<Partial<Omit<AddAliasesPayload, 'artifact'> & { artifact: ResolversTypes['Artifact'] }>>;
  Agent: ResolverTypeWrapper<AgentRecord>;
  AgentConnection: ResolverTypeWrapper<Partial<Omit<AgentConnection, 'edges'> & { edges: Array<ResolversTypes['AgentEdge']> }>>;
  AgentEdge: ResolverTypeWrapper<Partial<Omit<AgentEdge, 'node'> & { node: ResolversTypes['Agent'] }>>;
  AlertSeverity: ResolverTypeWrapper<Partial<AlertSeverity>>;
  ApiKey: ResolverTypeWrapper<Partial<ApiKey>>;
  ApiKeyConnection: ResolverTypeWrapper<Partial<ApiKeyConnection>>;
  ApiKeyEdge: ResolverTypeWrapper<Partial<ApiKeyEdge>>;
  Artifact: ResolverTypeWrapper<ArtifactRecord>;
  ArtifactAlias: ResolverTypeWrapper<
    Partial<
      Omit<ArtifactAlias, 'artifact' | 'artifactCollection'> & {
        artifact?: Maybe<ResolversTypes['Artifact']>;
        artifactCollection?: Maybe<ResolversTypes['ArtifactCollection']>;
      }
    >
  >;
  ArtifactAliasConnection: ResolverTypeWrapper<
    Partial<Omit<ArtifactAliasConnection, 'edges'> & { edges: Array<ResolversTypes['ArtifactAliasEdge']> }>
  >;
  ArtifactAliasEdge: ResolverTypeWrapper<Partial<Omit<ArtifactAliasEdge, 'node'> & { node?: Maybe<ResolversTypes['ArtifactAlias']> }>>;
  ArtifactAliasInput: ResolverTypeWrapper<Partial<ArtifactAliasInput>>;
  ArtifactCollection: ResolverTypeWrapper<ArtifactCollectionRecord>;
  ArtifactCollectionAlias: ResolverTypeWrapper<Partial<ArtifactCollectionAlias>>;
  ArtifactCollectionAliasInput: ResolverTypeWrapper<Partial<ArtifactCollectionAliasInput>>;
  ArtifactCollectionConnection: ResolverTypeWrapper<
    Partial<Omit<ArtifactCollectionConnection, 'edges'> & { edges: Array<ResolversTypes['ArtifactCollectionEdge']> }>
  >;
  ArtifactCollectionEdge: ResolverTypeWrapper<Partial<Omit<ArtifactCollectionEdge, 'node'> & { node?: Maybe<ResolversTypes['ArtifactCollection']> }>>;
  ArtifactCollectionMembership: ResolverTypeWrapper<ArtifactMembershipRecord>;
  ArtifactCollectionMembershipConnection: ResolverTypeWrapper<
    Partial<Omit<ArtifactCollectionMembershipConnection, 'edges'> & { edges: Array<ResolversTypes['ArtifactCollectionMembershipEdge']> }>
  >;
  ArtifactCollectionMembershipEdge: ResolverTypeWrapper<
    Partial<Omit<ArtifactCollectionMembershipEdge, 'node'> & { node?: Maybe<ResolversTypes['ArtifactCollectionMembership']> }>
  >;
  ArtifactCollectionState: ResolverTypeWrapper<Partial<ArtifactCollectionState>>;
  ArtifactCollectionType: ResolverTypeWrapper<Partial<ArtifactCollectionType>>;
  ArtifactConnection: ResolverTypeWrapper<Partial<Omit<ArtifactConnection, 'edges'> & { edges: Array<ResolversTypes['ArtifactEdge']> }>>;
  ArtifactDigestAlgorithm: ResolverTypeWrapper<Partial<ArtifactDigestAlgorithm>>;
  ArtifactEdge: ResolverTypeWrapper<Partial<Omit<ArtifactEdge, 'node'> & { node?: Maybe<ResolversTypes['Artifact']> }>>;
  ArtifactManifest: ResolverTypeWrapper<
    Partial<Omit<ArtifactManifest, 'artifact' | 'file'> & { artifact: ResolversTypes['Artifact']; file: ResolversTypes['File'] }>
  >;
  ArtifactManifestType: ResolverTypeWrapper<Partial<ArtifactManifestType>>;
  ArtifactPortfolio: ResolverTypeWrapper<ArtifactCollectionRecord>;
  ArtifactSequence: ResolverTypeWrapper<ArtifactCollectionRecord>;
  ArtifactState: ResolverTypeWrapper<Partial<ArtifactState>>;
  ArtifactType: ResolverTypeWrapper<ArtifactTypeRecord>;
  ArtifactTypeConnection: ResolverTypeWrapper<Partial<Omit<ArtifactTypeConnection, 'edges'> & { edges: Array<ResolversTypes['ArtifactTypeEdge']> }>>;
  ArtifactTypeEdge: ResolverTypeWrapper<Partial<Omit<ArtifactTypeEdge, 'node'> & { node?: Maybe<ResolversTypes['ArtifactType']> }>>;
  ArtifactTypeInput: ResolverTypeWrapper<Partial<ArtifactTypeInput>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  CreateArtifactCollectionTagAssignmentsInput: ResolverTypeWrapper<Partial<CreateArtifactCollectionTagAssignmentsInput>>;
  CreateArtifactCollectionTagAssignmentsPayload: ResolverTypeWrapper<Partial<CreateArtifactCollectionTagAssignmentsPayload>>;
  CreateArtifactInput: ResolverTypeWrapper<Partial<CreateArtifactInput>>;
  CreateArtifactPayload: ResolverTypeWrapper<Partial<Omit<CreateArtifactPayload, 'artifact'> & { artifact: ResolversTypes['Artifact'] }>>;
  CreateCustomChartInput: ResolverTypeWrapper<Partial<CreateCustomChartInput>>;
  CreateCustomChartPayload: ResolverTypeWrapper<Partial<Omit<CreateCustomChartPayload, 'chart'> & { chart: ResolversTypes['CustomChart'] }>>;
  CreateDefaultResourceConfigInput: ResolverTypeWrapper<Partial<CreateDefaultResourceConfigInput>>;
  CreateDefaultResourceConfigPayload: ResolverTypeWrapper<Partial<CreateDefaultResourceConfigPayload>>;
  CreateFilterTriggerInput: ResolverTypeWrapper<Partial<CreateFilterTriggerInput>>;
  CreateFilterTriggerPayload: ResolverTypeWrapper<
    Partial<Omit<CreateFilterTriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversTypes['Trigger']> }>
  >;
  CreateInviteInput: ResolverTypeWrapper<Partial<CreateInviteInput>>;
  CreateInvitePayload: ResolverTypeWrapper<
    Partial<Omit<CreateInvitePayload, 'entity' | 'invite'> & { entity?: Maybe<ResolversTypes['Entity']>; invite?: Maybe<ResolversTypes['Invite']> }>
  >;
  CreateProjectMembersInput: ResolverTypeWrapper<Partial<CreateProjectMembersInput>>;
  CreateProjectMembersPayload: ResolverTypeWrapper<Partial<CreateProjectMembersPayload>>;
  CreateRunFilesInput: ResolverTypeWrapper<Partial<CreateRunFilesInput>>;
  CreateRunFilesPayload: ResolverTypeWrapper<Partial<Omit<CreateRunFilesPayload, 'files'> & { files: Array<ResolversTypes['File']> }>>;
  CreateRunQueueInput: ResolverTypeWrapper<Partial<CreateRunQueueInput>>;
  CreateRunQueuePayload: ResolverTypeWrapper<Partial<CreateRunQueuePayload>>;
  CreateServiceAccountInput: ResolverTypeWrapper<Partial<CreateServiceAccountInput>>;
  CreateServiceAccountPayload: ResolverTypeWrapper<Partial<Omit<CreateServiceAccountPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>>;
  CreateTeamInput: ResolverTypeWrapper<Partial<CreateTeamInput>>;
  CreateTeamPayload: ResolverTypeWrapper<Partial<Omit<CreateTeamPayload, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>>;
  CreateUserInput: ResolverTypeWrapper<Partial<CreateUserInput>>;
  CreateUserPayload: ResolverTypeWrapper<Partial<Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>>;
  CustomChart: ResolverTypeWrapper<CustomChartRecord>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  DefaultResourceConfig: ResolverTypeWrapper<ResourceConfigRecord>;
  DefaultResourceConfigScope: ResolverTypeWrapper<Partial<DefaultResourceConfigScope>>;
  DefaultResourceConfigScopeType: ResolverTypeWrapper<Partial<DefaultResourceConfigScopeType>>;
  DeleteAliasesInput: ResolverTypeWrapper<Partial<DeleteAliasesInput>>;
  DeleteAliasesPayload: ResolverTypeWrapper<Partial<DeleteAliasesPayload>>;
  DeleteApiKeyInput: ResolverTypeWrapper<Partial<DeleteApiKeyInput>>;
  DeleteApiKeyPayload: ResolverTypeWrapper<Partial<DeleteApiKeyPayload>>;
  DeleteArtifactCollectionPayload: ResolverTypeWrapper<
    Partial<Omit<DeleteArtifactCollectionPayload, 'artifactCollection'> & { artifactCollection: ResolversTypes['ArtifactCollection'] }>
  >;
  DeleteArtifactCollectionTagAssignmentsInput: ResolverTypeWrapper<Partial<DeleteArtifactCollectionTagAssignmentsInput>>;
  DeleteArtifactCollectionTagAssignmentsPayload: ResolverTypeWrapper<Partial<DeleteArtifactCollectionTagAssignmentsPayload>>;
  DeleteArtifactInput: ResolverTypeWrapper<Partial<DeleteArtifactInput>>;
  DeleteArtifactPayload: ResolverTypeWrapper<Partial<Omit<DeleteArtifactPayload, 'artifact'> & { artifact: ResolversTypes['Artifact'] }>>;
  DeleteArtifactPortfolioInput: ResolverTypeWrapper<Partial<DeleteArtifactPortfolioInput>>;
  DeleteArtifactSequenceInput: ResolverTypeWrapper<Partial<DeleteArtifactSequenceInput>>;
  DeleteFilesInput: ResolverTypeWrapper<Partial<DeleteFilesInput>>;
  DeleteFilesPayload: ResolverTypeWrapper<Partial<DeleteFilesPayload>>;
  DeleteFromRunQueueInput: ResolverTypeWrapper<Partial<DeleteFromRunQueueInput>>;
  DeleteFromRunQueuePayload: ResolverTypeWrapper<Partial<DeleteFromRunQueuePayload>>;
  DeleteInviteInput: ResolverTypeWrapper<Partial<DeleteInviteInput>>;
  DeleteInvitePayload: ResolverTypeWrapper<Partial<DeleteInvitePayload>>;
  DeleteModelInput: ResolverTypeWrapper<Partial<DeleteModelInput>>;
  DeleteModelPayload: ResolverTypeWrapper<Partial<DeleteModelPayload>>;
  DeleteProjectMembersInput: ResolverTypeWrapper<Partial<DeleteProjectMembersInput>>;
  DeleteProjectMembersPayload: ResolverTypeWrapper<Partial<DeleteProjectMembersPayload>>;
  DeleteRunInput: ResolverTypeWrapper<Partial<DeleteRunInput>>;
  DeleteRunPayload: ResolverTypeWrapper<Partial<DeleteRunPayload>>;
  DeleteRunQueuesInput: ResolverTypeWrapper<Partial<DeleteRunQueuesInput>>;
  DeleteRunQueuesPayload: ResolverTypeWrapper<Partial<DeleteRunQueuesPayload>>;
  DeleteTriggerInput: ResolverTypeWrapper<Partial<DeleteTriggerInput>>;
  DeleteTriggerPayload: ResolverTypeWrapper<Partial<DeleteTriggerPayload>>;
  DotBehavior: ResolverTypeWrapper<Partial<DotBehavior>>;
  Duration: ResolverTypeWrapper<Partial<Scalars['Duration']['output']>>;
  EnqueueSweepRunInput: ResolverTypeWrapper<Partial<EnqueueSweepRunInput>>;
  EnqueueSweepRunPayload: ResolverTypeWrapper<Partial<EnqueueSweepRunPayload>>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Partial<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>>;
  EntityEdge: ResolverTypeWrapper<Partial<Omit<EntityEdge, 'node'> & { node?: Maybe<ResolversTypes['Entity']> }>>;
  EventTriggeringConditionType: ResolverTypeWrapper<Partial<EventTriggeringConditionType>>;
  File: ResolverTypeWrapper<FileView>;
  FileConnection: ResolverTypeWrapper<Partial<Omit<FileConnection, 'edges'> & { edges: Array<ResolversTypes['FileEdge']> }>>;
  FileEdge: ResolverTypeWrapper<Partial<Omit<FileEdge, 'node'> & { node?: Maybe<ResolversTypes['File']> }>>;
  FilterEventTriggeringCondition: ResolverTypeWrapper<Partial<FilterEventTriggeringCondition>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  GenerateApiKeyInput: ResolverTypeWrapper<Partial<GenerateApiKeyInput>>;
  GenerateApiKeyPayload: ResolverTypeWrapper<Partial<GenerateApiKeyPayload>>;
  GenericWebhookActionInput: ResolverTypeWrapper<Partial<GenericWebhookActionInput>>;
  GenericWebhookIntegration: ResolverTypeWrapper<WebhookIntegrationRecord>;
  GenericWebhookTriggeredAction: ResolverTypeWrapper<
    Partial<Omit<GenericWebhookTriggeredAction, 'integration'> & { integration: ResolversTypes['Integration'] }>
  >;
  HistoryKeysFormat: ResolverTypeWrapper<Partial<HistoryKeysFormat>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Initiator: Partial<ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Initiator']>>;
  InputArtifactConnection: ResolverTypeWrapper<
    Partial<Omit<InputArtifactConnection, 'edges'> & { edges: Array<ResolversTypes['InputArtifactEdge']> }>
  >;
  InputArtifactEdge: ResolverTypeWrapper<Partial<Omit<InputArtifactEdge, 'node'> & { node?: Maybe<ResolversTypes['Artifact']> }>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  Int64: ResolverTypeWrapper<Partial<Scalars['Int64']['output']>>;
  Integration: ResolverTypeWrapper<IntegrationRecord>;
  IntegrationConnection: ResolverTypeWrapper<Partial<Omit<IntegrationConnection, 'edges'> & { edges: Array<ResolversTypes['IntegrationEdge']> }>>;
  IntegrationEdge: ResolverTypeWrapper<Partial<Omit<IntegrationEdge, 'node'> & { node?: Maybe<ResolversTypes['Integration']> }>>;
  Invite: ResolverTypeWrapper<
    Partial<
      Omit<Invite, 'entity' | 'fromUser' | 'organization' | 'toUser'> & {
        entity?: Maybe<ResolversTypes['Entity']>;
        fromUser?: Maybe<ResolversTypes['User']>;
        organization?: Maybe<ResolversTypes['Organization']>;
        toUser?: Maybe<ResolversTypes['User']>;
      }
    >
  >;
  JSON: ResolverTypeWrapper<Partial<Scalars['JSON']['output']>>;
  JSONString: ResolverTypeWrapper<Partial<Scalars['JSONString']['output']>>;
  LinkArtifactInput: ResolverTypeWrapper<Partial<LinkArtifactInput>>;
  LinkArtifactPayload: ResolverTypeWrapper<
    Partial<Omit<LinkArtifactPayload, 'artifactMembership'> & { artifactMembership?: Maybe<ResolversTypes['ArtifactCollectionMembership']> }>
  >;
  LogLine: ResolverTypeWrapper<Partial<LogLine>>;
  LogLineConnection: ResolverTypeWrapper<Partial<LogLineConnection>>;
  LogLineEdge: ResolverTypeWrapper<Partial<LogLineEdge>>;
  Member: ResolverTypeWrapper<Partial<Member>>;
  MoveArtifactCollectionPayload: ResolverTypeWrapper<
    Partial<Omit<MoveArtifactCollectionPayload, 'artifactCollection'> & { artifactCollection?: Maybe<ResolversTypes['ArtifactCollection']> }>
  >;
  MoveArtifactSequenceInput: ResolverTypeWrapper<Partial<MoveArtifactSequenceInput>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NoOpTriggeredAction: ResolverTypeWrapper<Partial<NoOpTriggeredAction>>;
  NoOpTriggeredActionInput: ResolverTypeWrapper<Partial<NoOpTriggeredActionInput>>;
  NotificationActionInput: ResolverTypeWrapper<Partial<NotificationActionInput>>;
  NotificationTriggeredAction: ResolverTypeWrapper<
    Partial<Omit<NotificationTriggeredAction, 'integration'> & { integration: ResolversTypes['Integration'] }>
  >;
  Organization: ResolverTypeWrapper<OrganizationRecord>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  ParquetHistory: ResolverTypeWrapper<Partial<ParquetHistory>>;
  Project: ResolverTypeWrapper<ProjectRecord>;
  ProjectConnection: ResolverTypeWrapper<Partial<Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectEdge']> }>>;
  ProjectEdge: ResolverTypeWrapper<Partial<Omit<ProjectEdge, 'node'> & { node?: Maybe<ResolversTypes['Project']> }>>;
  ProjectMember: ResolverTypeWrapper<Partial<ProjectMember>>;
  ProjectTeamMember: ResolverTypeWrapper<Partial<Omit<ProjectTeamMember, 'team'> & { team: ResolversTypes['Entity'] }>>;
  PushToRunQueueByNameInput: ResolverTypeWrapper<Partial<PushToRunQueueByNameInput>>;
  PushToRunQueueByNamePayload: ResolverTypeWrapper<Partial<PushToRunQueueByNamePayload>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: ResolverTypeWrapper<Partial<Role>>;
  Run: ResolverTypeWrapper<RunRecord>;
  RunConnection: ResolverTypeWrapper<Partial<Omit<RunConnection, 'edges'> & { edges: Array<ResolversTypes['RunEdge']> }>>;
  RunEdge: ResolverTypeWrapper<Partial<Omit<RunEdge, 'node'> & { node: ResolversTypes['Run'] }>>;
  RunQueue: ResolverTypeWrapper<RunQueueRecord>;
  RunQueueAccessType: ResolverTypeWrapper<Partial<RunQueueAccessType>>;
  RunQueueItem: ResolverTypeWrapper<RunQueueItemRecord>;
  RunQueueItemConnection: ResolverTypeWrapper<Partial<Omit<RunQueueItemConnection, 'edges'> & { edges: Array<ResolversTypes['RunQueueItemEdge']> }>>;
  RunQueueItemEdge: ResolverTypeWrapper<Partial<Omit<RunQueueItemEdge, 'node'> & { node: ResolversTypes['RunQueueItem'] }>>;
  RunQueueItemState: ResolverTypeWrapper<Partial<RunQueueItemState>>;
  RunQueuePrioritizationMode: ResolverTypeWrapper<Partial<RunQueuePrioritizationMode>>;
  ServerFeature: ResolverTypeWrapper<Partial<ServerFeature>>;
  ServerInfo: ResolverTypeWrapper<Partial<ServerInfo>>;
  SlackIntegration: ResolverTypeWrapper<SlackIntegrationRecord>;
  StopRunInput: ResolverTypeWrapper<Partial<StopRunInput>>;
  StopRunPayload: ResolverTypeWrapper<Partial<StopRunPayload>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Sweep: ResolverTypeWrapper<SweepRecord>;
  SweepConnection: ResolverTypeWrapper<Partial<Omit<SweepConnection, 'edges'> & { edges: Array<ResolversTypes['SweepEdge']> }>>;
  SweepEdge: ResolverTypeWrapper<Partial<Omit<SweepEdge, 'node'> & { node: ResolversTypes['Sweep'] }>>;
  Tag: ResolverTypeWrapper<Partial<Tag>>;
  TagConnection: ResolverTypeWrapper<Partial<TagConnection>>;
  TagEdge: ResolverTypeWrapper<Partial<TagEdge>>;
  TagInput: ResolverTypeWrapper<Partial<TagInput>>;
  TemplateVariable: ResolverTypeWrapper<Partial<TemplateVariable>>;
  Trigger: ResolverTypeWrapper<TriggerRecord>;
  TriggerConnection: ResolverTypeWrapper<Partial<Omit<TriggerConnection, 'edges'> & { edges: Array<ResolversTypes['TriggerEdge']> }>>;
  TriggerEdge: ResolverTypeWrapper<Partial<Omit<TriggerEdge, 'node'> & { node: ResolversTypes['Trigger'] }>>;
  TriggerScope: Partial<ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TriggerScope']>>;
  TriggerScopeType: ResolverTypeWrapper<Partial<TriggerScopeType>>;
  TriggeredAction: Partial<ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TriggeredAction']>>;
  TriggeredActionConfig: ResolverTypeWrapper<Partial<TriggeredActionConfig>>;
  TriggeredActionType: ResolverTypeWrapper<Partial<TriggeredActionType>>;
  TriggeringCondition: Partial<ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TriggeringCondition']>>;
  UnlinkArtifactInput: ResolverTypeWrapper<Partial<UnlinkArtifactInput>>;
  UnlinkArtifactPayload: ResolverTypeWrapper<Partial<UnlinkArtifactPayload>>;
  UpdateArtifactCollectionPayload: ResolverTypeWrapper<
    Partial<Omit<UpdateArtifactCollectionPayload, 'artifactCollection'> & { artifactCollection: ResolversTypes['ArtifactCollection'] }>
  >;
  UpdateArtifactInput: ResolverTypeWrapper<Partial<UpdateArtifactInput>>;
  UpdateArtifactPayload: ResolverTypeWrapper<Partial<Omit<UpdateArtifactPayload, 'artifact'> & { artifact: ResolversTypes['Artifact'] }>>;
  UpdateArtifactPortfolioInput: ResolverTypeWrapper<Partial<UpdateArtifactPortfolioInput>>;
  UpdateArtifactSequenceInput: ResolverTypeWrapper<Partial<UpdateArtifactSequenceInput>>;
  UpdateFilterTriggerInput: ResolverTypeWrapper<Partial<UpdateFilterTriggerInput>>;
  UpdateFilterTriggerPayload: ResolverTypeWrapper<
    Partial<Omit<UpdateFilterTriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversTypes['Trigger']> }>
  >;
  UpdateProjectMemberInput: ResolverTypeWrapper<Partial<UpdateProjectMemberInput>>;
  UpdateProjectMemberPayload: ResolverTypeWrapper<Partial<UpdateProjectMemberPayload>>;
  UpdateProjectTeamMemberInput: ResolverTypeWrapper<Partial<UpdateProjectTeamMemberInput>>;
  UpdateProjectTeamMemberPayload: ResolverTypeWrapper<Partial<UpdateProjectTeamMemberPayload>>;
  UpdateRunStateInput: ResolverTypeWrapper<Partial<UpdateRunStateInput>>;
  UpdateRunStatePayload: ResolverTypeWrapper<Partial<UpdateRunStatePayload>>;
  UploadMultipartUrls: ResolverTypeWrapper<Partial<UploadMultipartUrls>>;
  UploadUrlPart: ResolverTypeWrapper<Partial<UploadUrlPart>>;
  UpsertBucketInput: ResolverTypeWrapper<Partial<UpsertBucketInput>>;
  UpsertBucketPayload: ResolverTypeWrapper<Partial<Omit<UpsertBucketPayload, 'bucket'> & { bucket?: Maybe<ResolversTypes['Run']> }>>;
  UpsertModelInput: ResolverTypeWrapper<Partial<UpsertModelInput>>;
  UpsertModelPayload: ResolverTypeWrapper<
    Partial<Omit<UpsertModelPayload, 'model' | 'project'> & { model?: Maybe<ResolversTypes['Project']>; project?: Maybe<ResolversTypes['Project']> }>
  >;
  UpsertRunQueueInput: ResolverTypeWrapper<Partial<UpsertRunQueueInput>>;
  UpsertRunQueuePayload: ResolverTypeWrapper<Partial<UpsertRunQueuePayload>>;
  UseArtifactInput: ResolverTypeWrapper<Partial<UseArtifactInput>>;
  UseArtifactPayload: ResolverTypeWrapper<
    Partial<Omit<UseArtifactPayload, 'artifact' | 'run'> & { artifact: ResolversTypes['Artifact']; run: ResolversTypes['Run'] }>
  >;
  User: ResolverTypeWrapper<UserRecord>;
  UserAccountType: ResolverTypeWrapper<Partial<UserAccountType>>;
  UserConnection: ResolverTypeWrapper<Partial<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>>;
  UserEdge: ResolverTypeWrapper<Partial<Omit<UserEdge, 'node'> & { node?: Maybe<ResolversTypes['User']> }>>;
  VersionedArtifactConnection: ResolverTypeWrapper<
    Partial<Omit<VersionedArtifactConnection, 'edges'> & { edges: Array<ResolversTypes['VersionedArtifactEdge']> }>
  >;
  VersionedArtifactEdge: ResolverTypeWrapper<Partial<Omit<VersionedArtifactEdge, 'node'> & { node: ResolversTypes['Artifact'] }>>;
  View: ResolverTypeWrapper<ViewRecord>;
  ViewConnection: ResolverTypeWrapper<Partial<Omit<ViewConnection, 'edges'> & { edges: Array<ResolversTypes['ViewEdge']> }>>;
  ViewEdge: ResolverTypeWrapper<Partial<Omit<ViewEdge, 'node'> & { node?: Maybe<ResolversTypes['View']> }>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddAliasesInput: Partial<AddAliasesInput>;
  AddAliasesPayload: Partial<Omit<AddAliasesPayload, 'artifact'> & { artifact: ResolversParentTypes['Artifact'] }>;
  Agent: AgentRecord;
  AgentConnection: Partial<Omit<AgentConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgentEdge']> }>;
  AgentEdge: Partial<Omit<AgentEdge, 'node'> & { node: ResolversParentTypes['Agent'] }>;
  ApiKey: Partial<ApiKey>;
  ApiKeyConnection: Partial<ApiKeyConnection>;
  ApiKeyEdge: Partial<ApiKeyEdge>;
  Artifact: ArtifactRecord;
  ArtifactAlias: Partial<
    Omit<ArtifactAlias, 'artifact' | 'artifactCollection'> & {
      artifact?: Maybe<ResolversParentTypes['Artifact']>;
      artifactCollection?: Maybe<ResolversParentTypes['ArtifactCollection']>;
    }
  >;
  ArtifactAliasConnection: Partial<Omit<ArtifactAliasConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArtifactAliasEdge']> }>;
  ArtifactAliasEdge: Partial<Omit<ArtifactAliasEdge, 'node'> & { node?: Maybe<ResolversParentTypes['ArtifactAlias']> }>;
  ArtifactAliasInput: Partial<ArtifactAliasInput>;
  ArtifactCollection: ArtifactCollectionRecord;
  ArtifactCollectionAlias: Partial<ArtifactCollectionAlias>;
  ArtifactCollectionAliasInput: Partial<ArtifactCollectionAliasInput>;
  ArtifactCollectionConnection: Partial<
    Omit<ArtifactCollectionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArtifactCollectionEdge']> }
  >;
  ArtifactCollectionEdge: Partial<Omit<ArtifactCollectionEdge, 'node'> & { node?: Maybe<ResolversParentTypes['ArtifactCollection']> }>;
  ArtifactCollectionMembership: ArtifactMembershipRecord;
  ArtifactCollectionMembershipConnection: Partial<
    Omit<ArtifactCollectionMembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArtifactCollectionMembershipEdge']> }
  >;
  ArtifactCollectionMembershipEdge: Partial<
    Omit<ArtifactCollectionMembershipEdge, 'node'> & { node?: Maybe<ResolversParentTypes['ArtifactCollectionMembership']> }
  >;
  ArtifactConnection: Partial<Omit<ArtifactConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArtifactEdge']> }>;
  ArtifactEdge: Partial<Omit<ArtifactEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Artifact']> }>;
  ArtifactManifest: Partial<
    Omit<ArtifactManifest, 'artifact' | 'file'> & { artifact: ResolversParentTypes['Artifact']; file: ResolversParentTypes['File'] }
  >;
  ArtifactPortfolio: ArtifactCollectionRecord;
  ArtifactSequence: ArtifactCollectionRecord;
  ArtifactType: ArtifactTypeRecord;
  ArtifactTypeConnection: Partial<Omit<ArtifactTypeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArtifactTypeEdge']> }>;
  ArtifactTypeEdge: Partial<Omit<ArtifactTypeEdge, 'node'> & { node?: Maybe<ResolversParentTypes['ArtifactType']> }>;
  ArtifactTypeInput: Partial<ArtifactTypeInput>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  CreateArtifactCollectionTagAssignmentsInput: Partial<CreateArtifactCollectionTagAssignmentsInput>;
  CreateArtifactCollectionTagAssignmentsPayload: Partial<CreateArtifactCollectionTagAssignmentsPayload>;
  CreateArtifactInput: Partial<CreateArtifactInput>;
  CreateArtifactPayload: Partial<Omit<CreateArtifactPayload, 'artifact'> & { artifact: ResolversParentTypes['Artifact'] }>;
  CreateCustomChartInput: Partial<CreateCustomChartInput>;
  CreateCustomChartPayload: Partial<Omit<CreateCustomChartPayload, 'chart'> & { chart: ResolversParentTypes['CustomChart'] }>;
  CreateDefaultResourceConfigInput: Partial<CreateDefaultResourceConfigInput>;
  CreateDefaultResourceConfigPayload: Partial<CreateDefaultResourceConfigPayload>;
  CreateFilterTriggerInput: Partial<CreateFilterTriggerInput>;
  CreateFilterTriggerPayload: Partial<Omit<CreateFilterTriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversParentTypes['Trigger']> }>;
  CreateInviteInput: Partial<CreateInviteInput>;
  CreateInvitePayload: Partial<
    Omit<CreateInvitePayload, 'entity' | 'invite'> & {
      entity?: Maybe<ResolversParentTypes['Entity']>;
      invite?: Maybe<ResolversParentTypes['Invite']>;
    }
  >;
  CreateProjectMembersInput: Partial<CreateProjectMembersInput>;
  CreateProjectMembersPayload: Partial<CreateProjectMembersPayload>;
  CreateRunFilesInput: Partial<CreateRunFilesInput>;
  CreateRunFilesPayload: Partial<Omit<CreateRunFilesPayload, 'files'> & { files: Array<ResolversParentTypes['File']> }>;
  CreateRunQueueInput: Partial<CreateRunQueueInput>;
  CreateRunQueuePayload: Partial<CreateRunQueuePayload>;
  CreateServiceAccountInput: Partial<CreateServiceAccountInput>;
  CreateServiceAccountPayload: Partial<Omit<CreateServiceAccountPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> }>;
  CreateTeamInput: Partial<CreateTeamInput>;
  CreateTeamPayload: Partial<Omit<CreateTeamPayload, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> }>;
  CreateUserInput: Partial<CreateUserInput>;
  CreateUserPayload: Partial<Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> }>;
  CustomChart: CustomChartRecord;
  DateTime: Partial<Scalars['DateTime']['output']>;
  DefaultResourceConfig: ResourceConfigRecord;
  DefaultResourceConfigScope: Partial<DefaultResourceConfigScope>;
  DeleteAliasesInput: Partial<DeleteAliasesInput>;
  DeleteAliasesPayload: Partial<DeleteAliasesPayload>;
  DeleteApiKeyInput: Partial<DeleteApiKeyInput>;
  DeleteApiKeyPayload: Partial<DeleteApiKeyPayload>;
  DeleteArtifactCollectionPayload: Partial<
    Omit<DeleteArtifactCollectionPayload, 'artifactCollection'> & { artifactCollection: ResolversParentTypes['ArtifactCollection'] }
  >;
  DeleteArtifactCollectionTagAssignmentsInput: Partial<DeleteArtifactCollectionTagAssignmentsInput>;
  DeleteArtifactCollectionTagAssignmentsPayload: Partial<DeleteArtifactCollectionTagAssignmentsPayload>;
  DeleteArtifactInput: Partial<DeleteArtifactInput>;
  DeleteArtifactPayload: Partial<Omit<DeleteArtifactPayload, 'artifact'> & { artifact: ResolversParentTypes['Artifact'] }>;
  DeleteArtifactPortfolioInput: Partial<DeleteArtifactPortfolioInput>;
  DeleteArtifactSequenceInput: Partial<DeleteArtifactSequenceInput>;
  DeleteFilesInput: Partial<DeleteFilesInput>;
  DeleteFilesPayload: Partial<DeleteFilesPayload>;
  DeleteFromRunQueueInput: Partial<DeleteFromRunQueueInput>;
  DeleteFromRunQueuePayload: Partial<DeleteFromRunQueuePayload>;
  DeleteInviteInput: Partial<DeleteInviteInput>;
  DeleteInvitePayload: Partial<DeleteInvitePayload>;
  DeleteModelInput: Partial<DeleteModelInput>;
  DeleteModelPayload: Partial<DeleteModelPayload>;
  DeleteProjectMembersInput: Partial<DeleteProjectMembersInput>;
  DeleteProjectMembersPayload: Partial<DeleteProjectMembersPayload>;
  DeleteRunInput: Partial<DeleteRunInput>;
  DeleteRunPayload: Partial<DeleteRunPayload>;
  DeleteRunQueuesInput: Partial<DeleteRunQueuesInput>;
  DeleteRunQueuesPayload: Partial<DeleteRunQueuesPayload>;
  DeleteTriggerInput: Partial<DeleteTriggerInput>;
  DeleteTriggerPayload: Partial<DeleteTriggerPayload>;
  Duration: Partial<Scalars['Duration']['output']>;
  EnqueueSweepRunInput: Partial<EnqueueSweepRunInput>;
  EnqueueSweepRunPayload: Partial<EnqueueSweepRunPayload>;
  Entity: EntityRecord;
  EntityConnection: Partial<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> }>;
  EntityEdge: Partial<Omit<EntityEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Entity']> }>;
  File: FileView;
  FileConnection: Partial<Omit<FileConnection, 'edges'> & { edges: Array<ResolversParentTypes['FileEdge']> }>;
  FileEdge: Partial<Omit<FileEdge, 'node'> & { node?: Maybe<ResolversParentTypes['File']> }>;
  FilterEventTriggeringCondition: Partial<FilterEventTriggeringCondition>;
  Float: Partial<Scalars['Float']['output']>;
  GenerateApiKeyInput: Partial<GenerateApiKeyInput>;
  GenerateApiKeyPayload: Partial<GenerateApiKeyPayload>;
  GenericWebhookActionInput: Partial<GenericWebhookActionInput>;
  GenericWebhookIntegration: WebhookIntegrationRecord;
  GenericWebhookTriggeredAction: Partial<Omit<GenericWebhookTriggeredAction, 'integration'> & { integration: ResolversParentTypes['Integration'] }>;
  ID: Partial<Scalars['ID']['output']>;
  Initiator: Partial<ResolversUnionTypes<ResolversParentTypes>['Initiator']>;
  InputArtifactConnection: Partial<Omit<InputArtifactConnection, 'edges'> & { edges: Array<ResolversParentTypes['InputArtifactEdge']> }>;
  InputArtifactEdge: Partial<Omit<InputArtifactEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Artifact']> }>;
  Int: Partial<Scalars['Int']['output']>;
  Int64: Partial<Scalars['Int64']['output']>;
  Integration: IntegrationRecord;
  IntegrationConnection: Partial<Omit<IntegrationConnection, 'edges'> & { edges: Array<ResolversParentTypes['IntegrationEdge']> }>;
  IntegrationEdge: Partial<Omit<IntegrationEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Integration']> }>;
  Invite: Partial<
    Omit<Invite, 'entity' | 'fromUser' | 'organization' | 'toUser'> & {
      entity?: Maybe<ResolversParentTypes['Entity']>;
      fromUser?: Maybe<ResolversParentTypes['User']>;
      organization?: Maybe<ResolversParentTypes['Organization']>;
      toUser?: Maybe<ResolversParentTypes['User']>;
    }
  >;
  JSON: Partial<Scalars['JSON']['output']>;
  JSONString: Partial<Scalars['JSONString']['output']>;
  LinkArtifactInput: Partial<LinkArtifactInput>;
  LinkArtifactPayload: Partial<
    Omit<LinkArtifactPayload, 'artifactMembership'> & { artifactMembership?: Maybe<ResolversParentTypes['ArtifactCollectionMembership']> }
  >;
  LogLine: Partial<LogLine>;
  LogLineConnection: Partial<LogLineConnection>;
  LogLineEdge: Partial<LogLineEdge>;
  Member: Partial<Member>;
  MoveArtifactCollectionPayload: Partial<
    Omit<MoveArtifactCollectionPayload, 'artifactCollection'> & { artifactCollection?: Maybe<ResolversParentTypes['ArtifactCollection']> }
  >;
  MoveArtifactSequenceInput: Partial<MoveArtifactSequenceInput>;
  Mutation: Record<PropertyKey, never>;
  NoOpTriggeredAction: Partial<NoOpTriggeredAction>;
  NoOpTriggeredActionInput: Partial<NoOpTriggeredActionInput>;
  NotificationActionInput: Partial<NotificationActionInput>;
  NotificationTriggeredAction: Partial<Omit<NotificationTriggeredAction, 'integration'> & { integration: ResolversParentTypes['Integration'] }>;
  Organization: OrganizationRecord;
  PageInfo: Partial<PageInfo>;
  ParquetHistory: Partial<ParquetHistory>;
  Project: ProjectRecord;
  ProjectConnection: Partial<Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectEdge']> }>;
  ProjectEdge: Partial<Omit<ProjectEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Project']> }>;
  ProjectMember: Partial<ProjectMember>;
  ProjectTeamMember: Partial<Omit<ProjectTeamMember, 'team'> & { team: ResolversParentTypes['Entity'] }>;
  PushToRunQueueByNameInput: Partial<PushToRunQueueByNameInput>;
  PushToRunQueueByNamePayload: Partial<PushToRunQueueByNamePayload>;
  Query: Record<PropertyKey, never>;
  Role: Partial<Role>;
  Run: RunRecord;
  RunConnection: Partial<Omit<RunConnection, 'edges'> & { edges: Array<ResolversParentTypes['RunEdge']> }>;
  RunEdge: Partial<Omit<RunEdge, 'node'> & { node: ResolversParentTypes['Run'] }>;
  RunQueue: RunQueueRecord;
  RunQueueItem: RunQueueItemRecord;
  RunQueueItemConnection: Partial<Omit<RunQueueItemConnection, 'edges'> & { edges: Array<ResolversParentTypes['RunQueueItemEdge']> }>;
  RunQueueItemEdge: Partial<Omit<RunQueueItemEdge, 'node'> & { node: ResolversParentTypes['RunQueueItem'] }>;
  ServerFeature: Partial<ServerFeature>;
  ServerInfo: Partial<ServerInfo>;
  SlackIntegration: SlackIntegrationRecord;
  StopRunInput: Partial<StopRunInput>;
  StopRunPayload: Partial<StopRunPayload>;
  String: Partial<Scalars['String']['output']>;
  Sweep: SweepRecord;
  SweepConnection: Partial<Omit<SweepConnection, 'edges'> & { edges: Array<ResolversParentTypes['SweepEdge']> }>;
  SweepEdge: Partial<Omit<SweepEdge, 'node'> & { node: ResolversParentTypes['Sweep'] }>;
  Tag: Partial<Tag>;
  TagConnection: Partial<TagConnection>;
  TagEdge: Partial<TagEdge>;
  TagInput: Partial<TagInput>;
  TemplateVariable: Partial<TemplateVariable>;
  Trigger: TriggerRecord;
  TriggerConnection: Partial<Omit<TriggerConnection, 'edges'> & { edges: Array<ResolversParentTypes['TriggerEdge']> }>;
  TriggerEdge: Partial<Omit<TriggerEdge, 'node'> & { node: ResolversParentTypes['Trigger'] }>;
  TriggerScope: Partial<ResolversUnionTypes<ResolversParentTypes>['TriggerScope']>;
  TriggeredAction: Partial<ResolversUnionTypes<ResolversParentTypes>['TriggeredAction']>;
  TriggeredActionConfig: Partial<TriggeredActionConfig>;
  TriggeringCondition: Partial<ResolversUnionTypes<ResolversParentTypes>['TriggeringCondition']>;
  UnlinkArtifactInput: Partial<UnlinkArtifactInput>;
  UnlinkArtifactPayload: Partial<UnlinkArtifactPayload>;
  UpdateArtifactCollectionPayload: Partial<
    Omit<UpdateArtifactCollectionPayload, 'artifactCollection'> & { artifactCollection: ResolversParentTypes['ArtifactCollection'] }
  >;
  UpdateArtifactInput: Partial<UpdateArtifactInput>;
  UpdateArtifactPayload: Partial<Omit<UpdateArtifactPayload, 'artifact'> & { artifact: ResolversParentTypes['Artifact'] }>;
  UpdateArtifactPortfolioInput: Partial<UpdateArtifactPortfolioInput>;
  UpdateArtifactSequenceInput: Partial<UpdateArtifactSequenceInput>;
  UpdateFilterTriggerInput: Partial<UpdateFilterTriggerInput>;
  UpdateFilterTriggerPayload: Partial<Omit<UpdateFilterTriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversParentTypes['Trigger']> }>;
  UpdateProjectMemberInput: Partial<UpdateProjectMemberInput>;
  UpdateProjectMemberPayload: Partial<UpdateProjectMemberPayload>;
  UpdateProjectTeamMemberInput: Partial<UpdateProjectTeamMemberInput>;
  UpdateProjectTeamMemberPayload: Partial<UpdateProjectTeamMemberPayload>;
  UpdateRunStateInput: Partial<UpdateRunStateInput>;
  UpdateRunStatePayload: Partial<UpdateRunStatePayload>;
  UploadMultipartUrls: Partial<UploadMultipartUrls>;
  UploadUrlPart: Partial<UploadUrlPart>;
  UpsertBucketInput: Partial<UpsertBucketInput>;
  UpsertBucketPayload: Partial<Omit<UpsertBucketPayload, 'bucket'> & { bucket?: Maybe<ResolversParentTypes['Run']> }>;
  UpsertModelInput: Partial<UpsertModelInput>;
  UpsertModelPayload: Partial<
    Omit<UpsertModelPayload, 'model' | 'project'> & {
      model?: Maybe<ResolversParentTypes['Project']>;
      project?: Maybe<ResolversParentTypes['Project']>;
    }
  >;
  UpsertRunQueueInput: Partial<UpsertRunQueueInput>;
  UpsertRunQueuePayload: Partial<UpsertRunQueuePayload>;
  UseArtifactInput: Partial<UseArtifactInput>;
  UseArtifactPayload: Partial<
    Omit<UseArtifactPayload, 'artifact' | 'run'> & { artifact: ResolversParentTypes['Artifact']; run: ResolversParentTypes['Run'] }
  >;
  User: UserRecord;
  UserConnection: Partial<Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> }>;
  UserEdge: Partial<Omit<UserEdge, 'node'> & { node?: Maybe<ResolversParentTypes['User']> }>;
  VersionedArtifactConnection: Partial<Omit<VersionedArtifactConnection, 'edges'> & { edges: Array<ResolversParentTypes['VersionedArtifactEdge']> }>;
  VersionedArtifactEdge: Partial<Omit<VersionedArtifactEdge, 'node'> & { node: ResolversParentTypes['Artifact'] }>;
  View: ViewRecord;
  ViewConnection: Partial<Omit<ViewConnection, 'edges'> & { edges: Array<ResolversParentTypes['ViewEdge']> }>;
  ViewEdge: Partial<Omit<ViewEdge, 'node'> & { node?: Maybe<ResolversParentTypes['View']> }>;
};

export type AddAliasesPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['AddAliasesPayload'] = ResolversParentTypes['AddAliasesPayload'],
> = {
  aliases?: Resolver<Array<ResolversTypes['ArtifactCollectionAlias']>, ParentType, ContextType>;
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AgentResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heartbeatAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<ResolversTypes['JSONString'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persistent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['RunConnection'], ParentType, ContextType, Partial<AgentRunsArgs>>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sweep?: Resolver<ResolversTypes['Sweep'], ParentType, ContextType>;
  totalRuns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type AgentConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['AgentConnection'] = ResolversParentTypes['AgentConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['AgentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AgentEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['AgentEdge'] = ResolversParentTypes['AgentEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
};

export type ArtifactResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Artifact'] = ResolversParentTypes['Artifact']> = {
  aliases?: Resolver<Array<ResolversTypes['ArtifactAlias']>, ParentType, ContextType, Partial<ArtifactAliasesArgs>>;
  artifactCollections?: Resolver<ResolversTypes['ArtifactCollectionConnection'], ParentType, ContextType>;
  artifactMemberships?: Resolver<ResolversTypes['ArtifactCollectionMembershipConnection'], ParentType, ContextType>;
  artifactSequence?: Resolver<ResolversTypes['ArtifactSequence'], ParentType, ContextType>;
  artifactType?: Resolver<ResolversTypes['ArtifactType'], ParentType, ContextType>;
  commitHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ArtifactCommitHashArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Initiator']>, ParentType, ContextType>;
  currentManifest?: Resolver<Maybe<ResolversTypes['ArtifactManifest']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  digestAlgorithm?: Resolver<Maybe<ResolversTypes['ArtifactDigestAlgorithm']>, ParentType, ContextType>;
  fileCount?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  files?: Resolver<ResolversTypes['FileConnection'], ParentType, ContextType, Partial<ArtifactFilesArgs>>;
  historyStep?: Resolver<Maybe<ResolversTypes['Int64']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ArtifactState'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  ttlDurationSeconds?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  ttlIsInherited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  usedBy?: Resolver<ResolversTypes['RunConnection'], ParentType, ContextType, Partial<ArtifactUsedByArgs>>;
  usedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versionIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, Partial<ArtifactVersionIndexArgs>>;
};

export type ArtifactAliasResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactAlias'] = ResolversParentTypes['ArtifactAlias'],
> = {
  alias?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType>;
  artifactCollection?: Resolver<Maybe<ResolversTypes['ArtifactCollection']>, ParentType, ContextType>;
  artifactCollectionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ArtifactAliasConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactAliasConnection'] = ResolversParentTypes['ArtifactAliasConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ArtifactAliasEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArtifactAliasEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactAliasEdge'] = ResolversParentTypes['ArtifactAliasEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ArtifactAlias']>, ParentType, ContextType>;
};

export type ArtifactCollectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactCollection'] = ResolversParentTypes['ArtifactCollection'],
> = {
  __resolveType: TypeResolveFn<'ArtifactPortfolio' | 'ArtifactSequence', ParentType, ContextType>;
};

export type ArtifactCollectionAliasResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactCollectionAlias'] = ResolversParentTypes['ArtifactCollectionAlias'],
> = {
  alias?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  artifactCollectionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArtifactCollectionConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactCollectionConnection'] = ResolversParentTypes['ArtifactCollectionConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ArtifactCollectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArtifactCollectionEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactCollectionEdge'] = ResolversParentTypes['ArtifactCollectionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ArtifactCollection']>, ParentType, ContextType>;
};

export type ArtifactCollectionMembershipResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactCollectionMembership'] = ResolversParentTypes['ArtifactCollectionMembership'],
> = {
  aliases?: Resolver<Array<ResolversTypes['ArtifactAlias']>, ParentType, ContextType>;
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType>;
  artifactCollection?: Resolver<Maybe<ResolversTypes['ArtifactCollection']>, ParentType, ContextType>;
  commitHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  files?: Resolver<Maybe<ResolversTypes['FileConnection']>, ParentType, ContextType, Partial<ArtifactCollectionMembershipFilesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  versionIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ArtifactCollectionMembershipConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactCollectionMembershipConnection'] = ResolversParentTypes['ArtifactCollectionMembershipConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ArtifactCollectionMembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArtifactCollectionMembershipEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactCollectionMembershipEdge'] = ResolversParentTypes['ArtifactCollectionMembershipEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ArtifactCollectionMembership']>, ParentType, ContextType>;
};

export type ArtifactConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactConnection'] = ResolversParentTypes['ArtifactConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ArtifactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArtifactEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactEdge'] = ResolversParentTypes['ArtifactEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType>;
};

export type ArtifactManifestResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactManifest'] = ResolversParentTypes['ArtifactManifest'],
> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['File'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ArtifactManifestType'], ParentType, ContextType>;
};

export type ArtifactPortfolioResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactPortfolio'] = ResolversParentTypes['ArtifactPortfolio'],
> = {
  aliases?: Resolver<ResolversTypes['ArtifactAliasConnection'], ParentType, ContextType, Partial<ArtifactPortfolioAliasesArgs>>;
  artifactMembership?: Resolver<
    Maybe<ResolversTypes['ArtifactCollectionMembership']>,
    ParentType,
    ContextType,
    RequireFields<ArtifactPortfolioArtifactMembershipArgs, 'aliasName'>
  >;
  artifactMemberships?: Resolver<
    ResolversTypes['ArtifactCollectionMembershipConnection'],
    ParentType,
    ContextType,
    Partial<ArtifactPortfolioArtifactMembershipsArgs>
  >;
  artifacts?: Resolver<ResolversTypes['VersionedArtifactConnection'], ParentType, ContextType, Partial<ArtifactPortfolioArtifactsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultArtifactType?: Resolver<ResolversTypes['ArtifactType'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ArtifactCollectionState'], ParentType, ContextType>;
  tags?: Resolver<ResolversTypes['TagConnection'], ParentType, ContextType, Partial<ArtifactPortfolioTagsArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArtifactSequenceResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactSequence'] = ResolversParentTypes['ArtifactSequence'],
> = {
  aliases?: Resolver<ResolversTypes['ArtifactAliasConnection'], ParentType, ContextType, Partial<ArtifactSequenceAliasesArgs>>;
  artifactMembership?: Resolver<
    Maybe<ResolversTypes['ArtifactCollectionMembership']>,
    ParentType,
    ContextType,
    RequireFields<ArtifactSequenceArtifactMembershipArgs, 'aliasName'>
  >;
  artifactMemberships?: Resolver<
    ResolversTypes['ArtifactCollectionMembershipConnection'],
    ParentType,
    ContextType,
    Partial<ArtifactSequenceArtifactMembershipsArgs>
  >;
  artifacts?: Resolver<ResolversTypes['VersionedArtifactConnection'], ParentType, ContextType, Partial<ArtifactSequenceArtifactsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultArtifactType?: Resolver<ResolversTypes['ArtifactType'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestArtifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ArtifactCollectionState'], ParentType, ContextType>;
  tags?: Resolver<ResolversTypes['TagConnection'], ParentType, ContextType, Partial<ArtifactSequenceTagsArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArtifactTypeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactType'] = ResolversParentTypes['ArtifactType'],
> = {
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType, RequireFields<ArtifactTypeArtifactArgs, 'name'>>;
  artifactCollection?: Resolver<
    Maybe<ResolversTypes['ArtifactCollection']>,
    ParentType,
    ContextType,
    RequireFields<ArtifactTypeArtifactCollectionArgs, 'name'>
  >;
  artifactCollections?: Resolver<
    Maybe<ResolversTypes['ArtifactCollectionConnection']>,
    ParentType,
    ContextType,
    Partial<ArtifactTypeArtifactCollectionsArgs>
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ArtifactTypeConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactTypeConnection'] = ResolversParentTypes['ArtifactTypeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ArtifactTypeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArtifactTypeEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ArtifactTypeEdge'] = ResolversParentTypes['ArtifactTypeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ArtifactType']>, ParentType, ContextType>;
};

export type CreateArtifactCollectionTagAssignmentsPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateArtifactCollectionTagAssignmentsPayload'] =
    ResolversParentTypes['CreateArtifactCollectionTagAssignmentsPayload'],
> = {
  clientMutationID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
};

export type CreateArtifactPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateArtifactPayload'] = ResolversParentTypes['CreateArtifactPayload'],
> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateCustomChartPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateCustomChartPayload'] = ResolversParentTypes['CreateCustomChartPayload'],
> = {
  chart?: Resolver<ResolversTypes['CustomChart'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateDefaultResourceConfigPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateDefaultResourceConfigPayload'] = ResolversParentTypes['CreateDefaultResourceConfigPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultResourceConfigID?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CreateFilterTriggerPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateFilterTriggerPayload'] = ResolversParentTypes['CreateFilterTriggerPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType>;
};

export type CreateInvitePayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateInvitePayload'] = ResolversParentTypes['CreateInvitePayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  invite?: Resolver<Maybe<ResolversTypes['Invite']>, ParentType, ContextType>;
  remainingSeats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remainingViewOnlySeats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CreateProjectMembersPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateProjectMembersPayload'] = ResolversParentTypes['CreateProjectMembersPayload'],
> = {
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CreateRunFilesPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateRunFilesPayload'] = ResolversParentTypes['CreateRunFilesPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['File']>, ParentType, ContextType>;
  runID?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  uploadHeaders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateRunQueuePayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateRunQueuePayload'] = ResolversParentTypes['CreateRunQueuePayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queueID?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  success?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type CreateServiceAccountPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateServiceAccountPayload'] = ResolversParentTypes['CreateServiceAccountPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type CreateTeamPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateTeamPayload'] = ResolversParentTypes['CreateTeamPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type CreateUserPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CreateUserPayload'] = ResolversParentTypes['CreateUserPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type CustomChartResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['CustomChart'] = ResolversParentTypes['CustomChart'],
> = {
  access?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['JSONString'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DefaultResourceConfigResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DefaultResourceConfig'] = ResolversParentTypes['DefaultResourceConfig'],
> = {
  config?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['DefaultResourceConfigScope'], ParentType, ContextType>;
  templateVariables?: Resolver<Maybe<Array<ResolversTypes['TemplateVariable']>>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type DefaultResourceConfigScopeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DefaultResourceConfigScope'] = ResolversParentTypes['DefaultResourceConfigScope'],
> = {
  ID?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  Type?: Resolver<ResolversTypes['DefaultResourceConfigScopeType'], ParentType, ContextType>;
};

export type DeleteAliasesPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteAliasesPayload'] = ResolversParentTypes['DeleteAliasesPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DeleteApiKeyPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteApiKeyPayload'] = ResolversParentTypes['DeleteApiKeyPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type DeleteArtifactCollectionPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteArtifactCollectionPayload'] = ResolversParentTypes['DeleteArtifactCollectionPayload'],
> = {
  artifactCollection?: Resolver<ResolversTypes['ArtifactCollection'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteArtifactCollectionTagAssignmentsPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteArtifactCollectionTagAssignmentsPayload'] =
    ResolversParentTypes['DeleteArtifactCollectionTagAssignmentsPayload'],
> = {
  clientMutationID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DeleteArtifactPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteArtifactPayload'] = ResolversParentTypes['DeleteArtifactPayload'],
> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteFilesPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteFilesPayload'] = ResolversParentTypes['DeleteFilesPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DeleteFromRunQueuePayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteFromRunQueuePayload'] = ResolversParentTypes['DeleteFromRunQueuePayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type DeleteInvitePayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteInvitePayload'] = ResolversParentTypes['DeleteInvitePayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type DeleteModelPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteModelPayload'] = ResolversParentTypes['DeleteModelPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type DeleteProjectMembersPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteProjectMembersPayload'] = ResolversParentTypes['DeleteProjectMembersPayload'],
> = {
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DeleteRunPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteRunPayload'] = ResolversParentTypes['DeleteRunPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteRunQueuesPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteRunQueuesPayload'] = ResolversParentTypes['DeleteRunQueuesPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type DeleteTriggerPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['DeleteTriggerPayload'] = ResolversParentTypes['DeleteTriggerPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DurationScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Duration'], any> {
  name: 'Duration';
}

export type EnqueueSweepRunPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['EnqueueSweepRunPayload'] = ResolversParentTypes['EnqueueSweepRunPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  runQueueItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  artifactCollections?: Resolver<
    Maybe<ResolversTypes['ArtifactCollectionConnection']>,
    ParentType,
    ContextType,
    Partial<EntityArtifactCollectionsArgs>
  >;
  artifactMemberships?: Resolver<
    Maybe<ResolversTypes['ArtifactCollectionMembershipConnection']>,
    ParentType,
    ContextType,
    Partial<EntityArtifactMembershipsArgs>
  >;
  available?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  codeSavingEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultAccess?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defaultResourceConfig?: Resolver<
    Maybe<ResolversTypes['DefaultResourceConfig']>,
    ParentType,
    ContextType,
    RequireFields<EntityDefaultResourceConfigArgs, 'id'>
  >;
  entityType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  integrations?: Resolver<Maybe<ResolversTypes['IntegrationConnection']>, ParentType, ContextType, Partial<EntityIntegrationsArgs>>;
  isPaid?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isTeam?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  limits?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  photoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  privateOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, Partial<EntityProjectArgs>>;
  projects?: Resolver<Maybe<ResolversTypes['ProjectConnection']>, ParentType, ContextType, Partial<EntityProjectsArgs>>;
  readOnly?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  readOnlyAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  storageBytes?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  triggers?: Resolver<ResolversTypes['TriggerConnection'], ParentType, ContextType, Partial<EntityTriggersArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
};

export type EntityEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type FileResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['File'] = ResolversParentTypes['File']> = {
  archived?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  digest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isReference?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  md5?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mimetype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ndbId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  special?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  storageBucket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storagePath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  uploadHeaders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  uploadMultipartUrls?: Resolver<Maybe<ResolversTypes['UploadMultipartUrls']>, ParentType, ContextType>;
  uploadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<FileUrlArgs>>;
};

export type FileConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['FileConnection'] = ResolversParentTypes['FileConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['FileEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uploadHeaders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FileEdgeResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['FileEdge'] = ResolversParentTypes['FileEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['File']>, ParentType, ContextType>;
};

export type FilterEventTriggeringConditionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['FilterEventTriggeringCondition'] = ResolversParentTypes['FilterEventTriggeringCondition'],
> = {
  eventType?: Resolver<ResolversTypes['EventTriggeringConditionType'], ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenerateApiKeyPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['GenerateApiKeyPayload'] = ResolversParentTypes['GenerateApiKeyPayload'],
> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GenericWebhookIntegrationResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['GenericWebhookIntegration'] = ResolversParentTypes['GenericWebhookIntegration'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urlEndpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenericWebhookTriggeredActionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['GenericWebhookTriggeredAction'] = ResolversParentTypes['GenericWebhookTriggeredAction'],
> = {
  integration?: Resolver<ResolversTypes['Integration'], ParentType, ContextType>;
  requestPayload?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InitiatorResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['Initiator'] = ResolversParentTypes['Initiator'],
> = {
  __resolveType: TypeResolveFn<'Run' | 'User', ParentType, ContextType>;
};

export type InputArtifactConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['InputArtifactConnection'] = ResolversParentTypes['InputArtifactConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['InputArtifactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InputArtifactEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['InputArtifactEdge'] = ResolversParentTypes['InputArtifactEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType>;
  usedAs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface Int64ScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Int64'], any> {
  name: 'Int64';
}

export type IntegrationResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['Integration'] = ResolversParentTypes['Integration'],
> = {
  __resolveType: TypeResolveFn<'GenericWebhookIntegration' | 'SlackIntegration', ParentType, ContextType>;
};

export type IntegrationConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['IntegrationConnection'] = ResolversParentTypes['IntegrationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['IntegrationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type IntegrationEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['IntegrationEdge'] = ResolversParentTypes['IntegrationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Integration']>, ParentType, ContextType>;
};

export type InviteResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Invite'] = ResolversParentTypes['Invite']> = {
  accepted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  toUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface JsonStringScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONString'], any> {
  name: 'JSONString';
}

export type LinkArtifactPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['LinkArtifactPayload'] = ResolversParentTypes['LinkArtifactPayload'],
> = {
  aliases?: Resolver<Array<ResolversTypes['ArtifactCollectionAlias']>, ParentType, ContextType>;
  artifactCollectionID?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  artifactID?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  artifactMembership?: Resolver<Maybe<ResolversTypes['ArtifactCollectionMembership']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versionIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LogLineResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['LogLine'] = ResolversParentTypes['LogLine']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LogLineConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['LogLineConnection'] = ResolversParentTypes['LogLineConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LogLineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LogLineEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['LogLineEdge'] = ResolversParentTypes['LogLineEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LogLine'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  accountType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  admin?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  apiKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pending?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  photoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MoveArtifactCollectionPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['MoveArtifactCollectionPayload'] = ResolversParentTypes['MoveArtifactCollectionPayload'],
> = {
  artifactCollection?: Resolver<Maybe<ResolversTypes['ArtifactCollection']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAliases?: Resolver<Maybe<ResolversTypes['AddAliasesPayload']>, ParentType, ContextType, RequireFields<MutationAddAliasesArgs, 'input'>>;
  createArtifact?: Resolver<
    Maybe<ResolversTypes['CreateArtifactPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationCreateArtifactArgs, 'input'>
  >;
  createArtifactCollectionTagAssignments?: Resolver<
    Maybe<ResolversTypes['CreateArtifactCollectionTagAssignmentsPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationCreateArtifactCollectionTagAssignmentsArgs, 'input'>
  >;
  createCustomChart?: Resolver<
    Maybe<ResolversTypes['CreateCustomChartPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationCreateCustomChartArgs, 'input'>
  >;
  createDefaultResourceConfig?: Resolver<
    Maybe<ResolversTypes['CreateDefaultResourceConfigPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationCreateDefaultResourceConfigArgs, 'input'>
  >;
  createFilterTrigger?: Resolver<
    Maybe<ResolversTypes['CreateFilterTriggerPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationCreateFilterTriggerArgs, 'input'>
  >;
  createInvite?: Resolver<Maybe<ResolversTypes['CreateInvitePayload']>, ParentType, ContextType, RequireFields<MutationCreateInviteArgs, 'input'>>;
  createProjectMembers?: Resolver<
    Maybe<ResolversTypes['CreateProjectMembersPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationCreateProjectMembersArgs, 'input'>
  >;
  createRunFiles?: Resolver<
    Maybe<ResolversTypes['CreateRunFilesPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationCreateRunFilesArgs, 'input'>
  >;
  createRunQueue?: Resolver<
    Maybe<ResolversTypes['CreateRunQueuePayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationCreateRunQueueArgs, 'input'>
  >;
  createServiceAccount?: Resolver<
    Maybe<ResolversTypes['CreateServiceAccountPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationCreateServiceAccountArgs, 'input'>
  >;
  createTeam?: Resolver<Maybe<ResolversTypes['CreateTeamPayload']>, ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  createUser?: Resolver<Maybe<ResolversTypes['CreateUserPayload']>, ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deleteAliases?: Resolver<Maybe<ResolversTypes['DeleteAliasesPayload']>, ParentType, ContextType, RequireFields<MutationDeleteAliasesArgs, 'input'>>;
  deleteApiKey?: Resolver<Maybe<ResolversTypes['DeleteApiKeyPayload']>, ParentType, ContextType, RequireFields<MutationDeleteApiKeyArgs, 'input'>>;
  deleteArtifact?: Resolver<
    Maybe<ResolversTypes['DeleteArtifactPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationDeleteArtifactArgs, 'input'>
  >;
  deleteArtifactCollectionTagAssignments?: Resolver<
    Maybe<ResolversTypes['DeleteArtifactCollectionTagAssignmentsPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationDeleteArtifactCollectionTagAssignmentsArgs, 'input'>
  >;
  deleteArtifactPortfolio?: Resolver<
    Maybe<ResolversTypes['DeleteArtifactCollectionPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationDeleteArtifactPortfolioArgs, 'input'>
  >;
  deleteArtifactSequence?: Resolver<
    Maybe<ResolversTypes['DeleteArtifactCollectionPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationDeleteArtifactSequenceArgs, 'input'>
  >;
  deleteFiles?: Resolver<Maybe<ResolversTypes['DeleteFilesPayload']>, ParentType, ContextType, RequireFields<MutationDeleteFilesArgs, 'input'>>;
  deleteFromRunQueue?: Resolver<
    Maybe<ResolversTypes['DeleteFromRunQueuePayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationDeleteFromRunQueueArgs, 'input'>
  >;
  deleteInvite?: Resolver<Maybe<ResolversTypes['DeleteInvitePayload']>, ParentType, ContextType, RequireFields<MutationDeleteInviteArgs, 'input'>>;
  deleteModel?: Resolver<Maybe<ResolversTypes['DeleteModelPayload']>, ParentType, ContextType, RequireFields<MutationDeleteModelArgs, 'input'>>;
  deleteProjectMembers?: Resolver<
    Maybe<ResolversTypes['DeleteProjectMembersPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationDeleteProjectMembersArgs, 'input'>
  >;
  deleteRun?: Resolver<Maybe<ResolversTypes['DeleteRunPayload']>, ParentType, ContextType, RequireFields<MutationDeleteRunArgs, 'input'>>;
  deleteRunQueues?: Resolver<
    Maybe<ResolversTypes['DeleteRunQueuesPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationDeleteRunQueuesArgs, 'input'>
  >;
  deleteTrigger?: Resolver<Maybe<ResolversTypes['DeleteTriggerPayload']>, ParentType, ContextType, RequireFields<MutationDeleteTriggerArgs, 'input'>>;
  enqueueSweepRun?: Resolver<
    Maybe<ResolversTypes['EnqueueSweepRunPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationEnqueueSweepRunArgs, 'input'>
  >;
  generateApiKey?: Resolver<
    Maybe<ResolversTypes['GenerateApiKeyPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationGenerateApiKeyArgs, 'input'>
  >;
  linkArtifact?: Resolver<Maybe<ResolversTypes['LinkArtifactPayload']>, ParentType, ContextType, RequireFields<MutationLinkArtifactArgs, 'input'>>;
  moveArtifactSequence?: Resolver<
    Maybe<ResolversTypes['MoveArtifactCollectionPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationMoveArtifactSequenceArgs, 'input'>
  >;
  pushToRunQueueByName?: Resolver<
    Maybe<ResolversTypes['PushToRunQueueByNamePayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationPushToRunQueueByNameArgs, 'input'>
  >;
  stopRun?: Resolver<Maybe<ResolversTypes['StopRunPayload']>, ParentType, ContextType, RequireFields<MutationStopRunArgs, 'input'>>;
  unlinkArtifact?: Resolver<
    Maybe<ResolversTypes['UnlinkArtifactPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUnlinkArtifactArgs, 'input'>
  >;
  updateArtifact?: Resolver<
    Maybe<ResolversTypes['UpdateArtifactPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpdateArtifactArgs, 'input'>
  >;
  updateArtifactPortfolio?: Resolver<
    Maybe<ResolversTypes['UpdateArtifactCollectionPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpdateArtifactPortfolioArgs, 'input'>
  >;
  updateArtifactSequence?: Resolver<
    Maybe<ResolversTypes['UpdateArtifactCollectionPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpdateArtifactSequenceArgs, 'input'>
  >;
  updateFilterTrigger?: Resolver<
    Maybe<ResolversTypes['UpdateFilterTriggerPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpdateFilterTriggerArgs, 'input'>
  >;
  updateProjectMember?: Resolver<
    Maybe<ResolversTypes['UpdateProjectMemberPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpdateProjectMemberArgs, 'input'>
  >;
  updateProjectTeamMember?: Resolver<
    Maybe<ResolversTypes['UpdateProjectTeamMemberPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpdateProjectTeamMemberArgs, 'input'>
  >;
  updateRunState?: Resolver<
    Maybe<ResolversTypes['UpdateRunStatePayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpdateRunStateArgs, 'input'>
  >;
  upsertBucket?: Resolver<Maybe<ResolversTypes['UpsertBucketPayload']>, ParentType, ContextType, RequireFields<MutationUpsertBucketArgs, 'input'>>;
  upsertModel?: Resolver<Maybe<ResolversTypes['UpsertModelPayload']>, ParentType, ContextType, RequireFields<MutationUpsertModelArgs, 'input'>>;
  upsertRunQueue?: Resolver<
    Maybe<ResolversTypes['UpsertRunQueuePayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpsertRunQueueArgs, 'input'>
  >;
  useArtifact?: Resolver<Maybe<ResolversTypes['UseArtifactPayload']>, ParentType, ContextType, RequireFields<MutationUseArtifactArgs, 'input'>>;
};

export type NoOpTriggeredActionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['NoOpTriggeredAction'] = ResolversParentTypes['NoOpTriggeredAction'],
> = {
  noOp?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationTriggeredActionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['NotificationTriggeredAction'] = ResolversParentTypes['NotificationTriggeredAction'],
> = {
  integration?: Resolver<ResolversTypes['Integration'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['AlertSeverity']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgEntity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParquetHistoryResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ParquetHistory'] = ResolversParentTypes['ParquetHistory'],
> = {
  liveData?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  parquetUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  access?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  allViews?: Resolver<Maybe<ResolversTypes['ViewConnection']>, ParentType, ContextType, Partial<ProjectAllViewsArgs>>;
  allowAllArtifactTypesInRegistry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType, RequireFields<ProjectArtifactArgs, 'name'>>;
  artifactCollection?: Resolver<
    Maybe<ResolversTypes['ArtifactCollection']>,
    ParentType,
    ContextType,
    RequireFields<ProjectArtifactCollectionArgs, 'name'>
  >;
  artifactCollectionMembership?: Resolver<
    Maybe<ResolversTypes['ArtifactCollectionMembership']>,
    ParentType,
    ContextType,
    RequireFields<ProjectArtifactCollectionMembershipArgs, 'name'>
  >;
  artifactCollections?: Resolver<
    Maybe<ResolversTypes['ArtifactCollectionConnection']>,
    ParentType,
    ContextType,
    Partial<ProjectArtifactCollectionsArgs>
  >;
  artifactType?: Resolver<Maybe<ResolversTypes['ArtifactType']>, ParentType, ContextType, RequireFields<ProjectArtifactTypeArgs, 'name'>>;
  artifactTypes?: Resolver<ResolversTypes['ArtifactTypeConnection'], ParentType, ContextType, Partial<ProjectArtifactTypesArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  entityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isBenchmark?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ProjectMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readOnly?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType, RequireFields<ProjectRunArgs, 'name'>>;
  runCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<ProjectRunCountArgs>>;
  runQueue?: Resolver<Maybe<ResolversTypes['RunQueue']>, ParentType, ContextType, RequireFields<ProjectRunQueueArgs, 'name'>>;
  runQueues?: Resolver<Array<ResolversTypes['RunQueue']>, ParentType, ContextType>;
  runs?: Resolver<Maybe<ResolversTypes['RunConnection']>, ParentType, ContextType, Partial<ProjectRunsArgs>>;
  sweep?: Resolver<Maybe<ResolversTypes['Sweep']>, ParentType, ContextType, RequireFields<ProjectSweepArgs, 'sweepName'>>;
  sweeps?: Resolver<Maybe<ResolversTypes['SweepConnection']>, ParentType, ContextType, Partial<ProjectSweepsArgs>>;
  teamMembers?: Resolver<Array<ResolversTypes['ProjectTeamMember']>, ParentType, ContextType>;
  totalSweeps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  triggers?: Resolver<Array<ResolversTypes['Trigger']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  views?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
};

export type ProjectMemberResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ProjectMember'] = ResolversParentTypes['ProjectMember'],
> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectTeamMemberResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ProjectTeamMember'] = ResolversParentTypes['ProjectTeamMember'],
> = {
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type PushToRunQueueByNamePayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['PushToRunQueueByNamePayload'] = ResolversParentTypes['PushToRunQueueByNamePayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runQueueItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  runSpec?: Resolver<ResolversTypes['JSONString'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType, RequireFields<QueryArtifactArgs, 'id'>>;
  artifactCollection?: Resolver<
    Maybe<ResolversTypes['ArtifactCollection']>,
    ParentType,
    ContextType,
    RequireFields<QueryArtifactCollectionArgs, 'id'>
  >;
  customChart?: Resolver<Maybe<ResolversTypes['CustomChart']>, ParentType, ContextType, RequireFields<QueryCustomChartArgs, 'id'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, Partial<QueryEntityArgs>>;
  models?: Resolver<Maybe<ResolversTypes['ProjectConnection']>, ParentType, ContextType, Partial<QueryModelsArgs>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryOrganizationArgs>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, Partial<QueryProjectArgs>>;
  projects?: Resolver<Maybe<ResolversTypes['ProjectConnection']>, ParentType, ContextType, Partial<QueryProjectsArgs>>;
  serverInfo?: Resolver<Maybe<ResolversTypes['ServerInfo']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, Partial<QueryUserArgs>>;
  users?: Resolver<Maybe<ResolversTypes['UserConnection']>, ParentType, ContextType, Partial<QueryUsersArgs>>;
  view?: Resolver<Maybe<ResolversTypes['View']>, ParentType, ContextType, RequireFields<QueryViewArgs, 'id'>>;
  viewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, Partial<QueryViewerArgs>>;
};

export type RoleResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RunResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Run'] = ResolversParentTypes['Run']> = {
  commit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  config?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType, Partial<RunConfigArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<RunEventsArgs>>;
  fileCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  files?: Resolver<Maybe<ResolversTypes['FileConnection']>, ParentType, ContextType, Partial<RunFilesArgs>>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heartbeatAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<RunHistoryArgs>>;
  historyKeys?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType, Partial<RunHistoryKeysArgs>>;
  historyLineCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputArtifacts?: Resolver<Maybe<ResolversTypes['InputArtifactConnection']>, ParentType, ContextType, Partial<RunInputArtifactsArgs>>;
  jobType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logLineCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  logLines?: Resolver<Maybe<ResolversTypes['LogLineConnection']>, ParentType, ContextType, Partial<RunLogLinesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outputArtifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, Partial<RunOutputArtifactsArgs>>;
  parquetHistory?: Resolver<ResolversTypes['ParquetHistory'], ParentType, ContextType, RequireFields<RunParquetHistoryArgs, 'liveKeys'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readOnly?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sampledHistory?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType, RequireFields<RunSampledHistoryArgs, 'specs'>>;
  shouldStop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stopped?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  summaryMetrics?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType, Partial<RunSummaryMetricsArgs>>;
  sweep?: Resolver<Maybe<ResolversTypes['Sweep']>, ParentType, ContextType>;
  sweepName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemMetrics?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RunConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['RunConnection'] = ResolversParentTypes['RunConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['RunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RunEdgeResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['RunEdge'] = ResolversParentTypes['RunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Run'], ParentType, ContextType>;
};

export type RunQueueResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['RunQueue'] = ResolversParentTypes['RunQueue']> = {
  access?: Resolver<ResolversTypes['RunQueueAccessType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  defaultResourceConfigID?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  executorInfo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  externalLinks?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prioritizationMode?: Resolver<Maybe<ResolversTypes['RunQueuePrioritizationMode']>, ParentType, ContextType>;
  runQueueItem?: Resolver<Maybe<ResolversTypes['RunQueueItem']>, ParentType, ContextType, RequireFields<RunQueueRunQueueItemArgs, 'id'>>;
  runQueueItems?: Resolver<ResolversTypes['RunQueueItemConnection'], ParentType, ContextType, Partial<RunQueueRunQueueItemsArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RunQueueItemResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['RunQueueItem'] = ResolversParentTypes['RunQueueItem'],
> = {
  associatedRunId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  launchAgentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  runSpec?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RunQueueItemState'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RunQueueItemConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['RunQueueItemConnection'] = ResolversParentTypes['RunQueueItemConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['RunQueueItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RunQueueItemEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['RunQueueItemEdge'] = ResolversParentTypes['RunQueueItemEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RunQueueItem'], ParentType, ContextType>;
};

export type ServerFeatureResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ServerFeature'] = ResolversParentTypes['ServerFeature'],
> = {
  isEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServerInfoResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ServerInfo'] = ResolversParentTypes['ServerInfo'],
> = {
  features?: Resolver<Array<Maybe<ResolversTypes['ServerFeature']>>, ParentType, ContextType>;
  frontendHost?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SlackIntegrationResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['SlackIntegration'] = ResolversParentTypes['SlackIntegration'],
> = {
  channelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  teamName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StopRunPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['StopRunPayload'] = ResolversParentTypes['StopRunPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SweepResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Sweep'] = ResolversParentTypes['Sweep']> = {
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType, RequireFields<SweepAgentArgs, 'agentName'>>;
  agents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType>;
  bestLoss?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  config?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  controller?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  earlyStopJobRunning?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  heartbeatAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  runCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runCountExpected?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['RunConnection'], ParentType, ContextType, Partial<SweepRunsArgs>>;
  scheduler?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type SweepConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['SweepConnection'] = ResolversParentTypes['SweepConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['SweepEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SweepEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['SweepEdge'] = ResolversParentTypes['SweepEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Sweep'], ParentType, ContextType>;
};

export type TagResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  attributes?: Resolver<ResolversTypes['JSONString'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tagCategoryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TagConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['TagConnection'] = ResolversParentTypes['TagConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TagEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TagEdgeResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['TagEdge'] = ResolversParentTypes['TagEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tag'], ParentType, ContextType>;
};

export type TemplateVariableResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['TemplateVariable'] = ResolversParentTypes['TemplateVariable'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schema?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type TriggerResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['Trigger'] = ResolversParentTypes['Trigger']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['TriggerScope'], ParentType, ContextType>;
  triggeredAction?: Resolver<ResolversTypes['TriggeredAction'], ParentType, ContextType>;
  triggeringCondition?: Resolver<ResolversTypes['TriggeringCondition'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type TriggerConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['TriggerConnection'] = ResolversParentTypes['TriggerConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TriggerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TriggerEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['TriggerEdge'] = ResolversParentTypes['TriggerEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Trigger'], ParentType, ContextType>;
};

export type TriggerScopeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['TriggerScope'] = ResolversParentTypes['TriggerScope'],
> = {
  __resolveType: TypeResolveFn<'ArtifactPortfolio' | 'ArtifactSequence' | 'Entity' | 'Project', ParentType, ContextType>;
};

export type TriggeredActionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['TriggeredAction'] = ResolversParentTypes['TriggeredAction'],
> = {
  __resolveType: TypeResolveFn<'GenericWebhookTriggeredAction' | 'NoOpTriggeredAction' | 'NotificationTriggeredAction', ParentType, ContextType>;
};

export type TriggeringConditionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['TriggeringCondition'] = ResolversParentTypes['TriggeringCondition'],
> = {
  __resolveType: TypeResolveFn<'FilterEventTriggeringCondition', ParentType, ContextType>;
};

export type UnlinkArtifactPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UnlinkArtifactPayload'] = ResolversParentTypes['UnlinkArtifactPayload'],
> = {
  artifactID?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UpdateArtifactCollectionPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UpdateArtifactCollectionPayload'] = ResolversParentTypes['UpdateArtifactCollectionPayload'],
> = {
  artifactCollection?: Resolver<ResolversTypes['ArtifactCollection'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpdateArtifactPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UpdateArtifactPayload'] = ResolversParentTypes['UpdateArtifactPayload'],
> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpdateFilterTriggerPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UpdateFilterTriggerPayload'] = ResolversParentTypes['UpdateFilterTriggerPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType>;
};

export type UpdateProjectMemberPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UpdateProjectMemberPayload'] = ResolversParentTypes['UpdateProjectMemberPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UpdateProjectTeamMemberPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UpdateProjectTeamMemberPayload'] = ResolversParentTypes['UpdateProjectTeamMemberPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UpdateRunStatePayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UpdateRunStatePayload'] = ResolversParentTypes['UpdateRunStatePayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UploadMultipartUrlsResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UploadMultipartUrls'] = ResolversParentTypes['UploadMultipartUrls'],
> = {
  uploadID?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadUrlParts?: Resolver<Array<ResolversTypes['UploadUrlPart']>, ParentType, ContextType>;
};

export type UploadUrlPartResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UploadUrlPart'] = ResolversParentTypes['UploadUrlPart'],
> = {
  partNumber?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  uploadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UpsertBucketPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UpsertBucketPayload'] = ResolversParentTypes['UpsertBucketPayload'],
> = {
  bucket?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inserted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  updateAvailable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type UpsertModelPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UpsertModelPayload'] = ResolversParentTypes['UpsertModelPayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inserted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
};

export type UpsertRunQueuePayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UpsertRunQueuePayload'] = ResolversParentTypes['UpsertRunQueuePayload'],
> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  configSchemaValidationErrors?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UseArtifactPayloadResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UseArtifactPayload'] = ResolversParentTypes['UseArtifactPayload'],
> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  run?: Resolver<ResolversTypes['Run'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  accountType?: Resolver<Maybe<ResolversTypes['UserAccountType']>, ParentType, ContextType>;
  admin?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  apiKeys?: Resolver<Maybe<ResolversTypes['ApiKeyConnection']>, ParentType, ContextType, Partial<UserApiKeysArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultEntity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  flags?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<UserOrganizationsArgs>>;
  photoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projects?: Resolver<Maybe<ResolversTypes['ProjectConnection']>, ParentType, ContextType, Partial<UserProjectsArgs>>;
  teams?: Resolver<Maybe<ResolversTypes['EntityConnection']>, ParentType, ContextType, Partial<UserTeamsArgs>>;
  userEntity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type VersionedArtifactConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['VersionedArtifactConnection'] = ResolversParentTypes['VersionedArtifactConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['VersionedArtifactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VersionedArtifactEdgeResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['VersionedArtifactEdge'] = ResolversParentTypes['VersionedArtifactEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['View'] = ResolversParentTypes['View']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['JSONString']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  viewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ViewConnectionResolvers<
  ContextType = FakeContext,
  ParentType extends ResolversParentTypes['ViewConnection'] = ResolversParentTypes['ViewConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ViewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ViewEdgeResolvers<ContextType = FakeContext, ParentType extends ResolversParentTypes['ViewEdge'] = ResolversParentTypes['ViewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['View']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = FakeContext> = {
  AddAliasesPayload?: AddAliasesPayloadResolvers<ContextType>;
  Agent?: AgentResolvers<ContextType>;
  AgentConnection?: AgentConnectionResolvers<ContextType>;
  AgentEdge?: AgentEdgeResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  Artifact?: ArtifactResolvers<ContextType>;
  ArtifactAlias?: ArtifactAliasResolvers<ContextType>;
  ArtifactAliasConnection?: ArtifactAliasConnectionResolvers<ContextType>;
  ArtifactAliasEdge?: ArtifactAliasEdgeResolvers<ContextType>;
  ArtifactCollection?: ArtifactCollectionResolvers<ContextType>;
  ArtifactCollectionAlias?: ArtifactCollectionAliasResolvers<ContextType>;
  ArtifactCollectionConnection?: ArtifactCollectionConnectionResolvers<ContextType>;
  ArtifactCollectionEdge?: ArtifactCollectionEdgeResolvers<ContextType>;
  ArtifactCollectionMembership?: ArtifactCollectionMembershipResolvers<ContextType>;
  ArtifactCollectionMembershipConnection?: ArtifactCollectionMembershipConnectionResolvers<ContextType>;
  ArtifactCollectionMembershipEdge?: ArtifactCollectionMembershipEdgeResolvers<ContextType>;
  ArtifactConnection?: ArtifactConnectionResolvers<ContextType>;
  ArtifactEdge?: ArtifactEdgeResolvers<ContextType>;
  ArtifactManifest?: ArtifactManifestResolvers<ContextType>;
  ArtifactPortfolio?: ArtifactPortfolioResolvers<ContextType>;
  ArtifactSequence?: ArtifactSequenceResolvers<ContextType>;
  ArtifactType?: ArtifactTypeResolvers<ContextType>;
  ArtifactTypeConnection?: ArtifactTypeConnectionResolvers<ContextType>;
  ArtifactTypeEdge?: ArtifactTypeEdgeResolvers<ContextType>;
  CreateArtifactCollectionTagAssignmentsPayload?: CreateArtifactCollectionTagAssignmentsPayloadResolvers<ContextType>;
  CreateArtifactPayload?: CreateArtifactPayloadResolvers<ContextType>;
  CreateCustomChartPayload?: CreateCustomChartPayloadResolvers<ContextType>;
  CreateDefaultResourceConfigPayload?: CreateDefaultResourceConfigPayloadResolvers<ContextType>;
  CreateFilterTriggerPayload?: CreateFilterTriggerPayloadResolvers<ContextType>;
  CreateInvitePayload?: CreateInvitePayloadResolvers<ContextType>;
  CreateProjectMembersPayload?: CreateProjectMembersPayloadResolvers<ContextType>;
  CreateRunFilesPayload?: CreateRunFilesPayloadResolvers<ContextType>;
  CreateRunQueuePayload?: CreateRunQueuePayloadResolvers<ContextType>;
  CreateServiceAccountPayload?: CreateServiceAccountPayloadResolvers<ContextType>;
  CreateTeamPayload?: CreateTeamPayloadResolvers<ContextType>;
  CreateUserPayload?: CreateUserPayloadResolvers<ContextType>;
  CustomChart?: CustomChartResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DefaultResourceConfig?: DefaultResourceConfigResolvers<ContextType>;
  DefaultResourceConfigScope?: DefaultResourceConfigScopeResolvers<ContextType>;
  DeleteAliasesPayload?: DeleteAliasesPayloadResolvers<ContextType>;
  DeleteApiKeyPayload?: DeleteApiKeyPayloadResolvers<ContextType>;
  DeleteArtifactCollectionPayload?: DeleteArtifactCollectionPayloadResolvers<ContextType>;
  DeleteArtifactCollectionTagAssignmentsPayload?: DeleteArtifactCollectionTagAssignmentsPayloadResolvers<ContextType>;
  DeleteArtifactPayload?: DeleteArtifactPayloadResolvers<ContextType>;
  DeleteFilesPayload?: DeleteFilesPayloadResolvers<ContextType>;
  DeleteFromRunQueuePayload?: DeleteFromRunQueuePayloadResolvers<ContextType>;
  DeleteInvitePayload?: DeleteInvitePayloadResolvers<ContextType>;
  DeleteModelPayload?: DeleteModelPayloadResolvers<ContextType>;
  DeleteProjectMembersPayload?: DeleteProjectMembersPayloadResolvers<ContextType>;
  DeleteRunPayload?: DeleteRunPayloadResolvers<ContextType>;
  DeleteRunQueuesPayload?: DeleteRunQueuesPayloadResolvers<ContextType>;
  DeleteTriggerPayload?: DeleteTriggerPayloadResolvers<ContextType>;
  Duration?: GraphQLScalarType;
  EnqueueSweepRunPayload?: EnqueueSweepRunPayloadResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  File?: FileResolvers<ContextType>;
  FileConnection?: FileConnectionResolvers<ContextType>;
  FileEdge?: FileEdgeResolvers<ContextType>;
  FilterEventTriggeringCondition?: FilterEventTriggeringConditionResolvers<ContextType>;
  GenerateApiKeyPayload?: GenerateApiKeyPayloadResolvers<ContextType>;
  GenericWebhookIntegration?: GenericWebhookIntegrationResolvers<ContextType>;
  GenericWebhookTriggeredAction?: GenericWebhookTriggeredActionResolvers<ContextType>;
  Initiator?: InitiatorResolvers<ContextType>;
  InputArtifactConnection?: InputArtifactConnectionResolvers<ContextType>;
  InputArtifactEdge?: InputArtifactEdgeResolvers<ContextType>;
  Int64?: GraphQLScalarType;
  Integration?: IntegrationResolvers<ContextType>;
  IntegrationConnection?: IntegrationConnectionResolvers<ContextType>;
  IntegrationEdge?: IntegrationEdgeResolvers<ContextType>;
  Invite?: InviteResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JSONString?: GraphQLScalarType;
  LinkArtifactPayload?: LinkArtifactPayloadResolvers<ContextType>;
  LogLine?: LogLineResolvers<ContextType>;
  LogLineConnection?: LogLineConnectionResolvers<ContextType>;
  LogLineEdge?: LogLineEdgeResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MoveArtifactCollectionPayload?: MoveArtifactCollectionPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NoOpTriggeredAction?: NoOpTriggeredActionResolvers<ContextType>;
  NotificationTriggeredAction?: NotificationTriggeredActionResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParquetHistory?: ParquetHistoryResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectMember?: ProjectMemberResolvers<ContextType>;
  ProjectTeamMember?: ProjectTeamMemberResolvers<ContextType>;
  PushToRunQueueByNamePayload?: PushToRunQueueByNamePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Run?: RunResolvers<ContextType>;
  RunConnection?: RunConnectionResolvers<ContextType>;
  RunEdge?: RunEdgeResolvers<ContextType>;
  RunQueue?: RunQueueResolvers<ContextType>;
  RunQueueItem?: RunQueueItemResolvers<ContextType>;
  RunQueueItemConnection?: RunQueueItemConnectionResolvers<ContextType>;
  RunQueueItemEdge?: RunQueueItemEdgeResolvers<ContextType>;
  ServerFeature?: ServerFeatureResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  SlackIntegration?: SlackIntegrationResolvers<ContextType>;
  StopRunPayload?: StopRunPayloadResolvers<ContextType>;
  Sweep?: SweepResolvers<ContextType>;
  SweepConnection?: SweepConnectionResolvers<ContextType>;
  SweepEdge?: SweepEdgeResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TagConnection?: TagConnectionResolvers<ContextType>;
  TagEdge?: TagEdgeResolvers<ContextType>;
  TemplateVariable?: TemplateVariableResolvers<ContextType>;
  Trigger?: TriggerResolvers<ContextType>;
  TriggerConnection?: TriggerConnectionResolvers<ContextType>;
  TriggerEdge?: TriggerEdgeResolvers<ContextType>;
  TriggerScope?: TriggerScopeResolvers<ContextType>;
  TriggeredAction?: TriggeredActionResolvers<ContextType>;
  TriggeringCondition?: TriggeringConditionResolvers<ContextType>;
  UnlinkArtifactPayload?: UnlinkArtifactPayloadResolvers<ContextType>;
  UpdateArtifactCollectionPayload?: UpdateArtifactCollectionPayloadResolvers<ContextType>;
  UpdateArtifactPayload?: UpdateArtifactPayloadResolvers<ContextType>;
  UpdateFilterTriggerPayload?: UpdateFilterTriggerPayloadResolvers<ContextType>;
  UpdateProjectMemberPayload?: UpdateProjectMemberPayloadResolvers<ContextType>;
  UpdateProjectTeamMemberPayload?: UpdateProjectTeamMemberPayloadResolvers<ContextType>;
  UpdateRunStatePayload?: UpdateRunStatePayloadResolvers<ContextType>;
  UploadMultipartUrls?: UploadMultipartUrlsResolvers<ContextType>;
  UploadUrlPart?: UploadUrlPartResolvers<ContextType>;
  UpsertBucketPayload?: UpsertBucketPayloadResolvers<ContextType>;
  UpsertModelPayload?: UpsertModelPayloadResolvers<ContextType>;
  UpsertRunQueuePayload?: UpsertRunQueuePayloadResolvers<ContextType>;
  UseArtifactPayload?: UseArtifactPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  VersionedArtifactConnection?: VersionedArtifactConnectionResolvers<ContextType>;
  VersionedArtifactEdge?: VersionedArtifactEdgeResolvers<ContextType>;
  View?: ViewResolvers<ContextType>;
  ViewConnection?: ViewConnectionResolvers<ContextType>;
  ViewEdge?: ViewEdgeResolvers<ContextType>;
};
