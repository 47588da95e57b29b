// The project's W&B schema as SDL, generated from schema/ by npm run codegen.
export const typeDefs: string = `input AddAliasesInput {
  aliases: [ArtifactCollectionAliasInput!]!
  artifactID: ID!
  clientMutationId: String
}

type AddAliasesPayload {
  aliases: [ArtifactCollectionAlias!]!
  artifact: Artifact!
  clientMutationId: String
  success: Boolean!
}

type Agent {
  createdAt: DateTime!
  displayName: String
  heartbeatAt: DateTime
  host: String!
  id: ID!
  metrics: JSONString!
  name: String!
  persistent: Boolean
  runs(after: String, before: String, first: Int, last: Int, order: String): RunConnection!
  state: String
  sweep: Sweep!
  totalRuns: Int!
  user: User
}

type AgentConnection {
  edges: [AgentEdge!]!
  pageInfo: PageInfo!
}

type AgentEdge {
  cursor: String!
  node: Agent!
}

enum AlertSeverity {
  ERROR
  INFO
  WARN
}

type ApiKey {
  description: String
  id: ID!
  name: String!
}

type ApiKeyConnection {
  edges: [ApiKeyEdge!]!
  pageInfo: PageInfo!
}

type ApiKeyEdge {
  cursor: String!
  node: ApiKey
}

type Artifact {
  aliases(artifactCollectionName: String): [ArtifactAlias!]!
  artifactCollections: ArtifactCollectionConnection!
  artifactMemberships: ArtifactCollectionMembershipConnection!
  artifactSequence: ArtifactSequence!
  artifactType: ArtifactType!
  commitHash(artifactCollectionName: String): String
  createdAt: DateTime!
  createdBy: Initiator
  currentManifest: ArtifactManifest
  description: String
  digest: String!
  digestAlgorithm: ArtifactDigestAlgorithm
  fileCount: Int64!
  files(after: String, before: String, contentType: [String!], first: Int, last: Int, names: [String!]): FileConnection!
  historyStep: Int64
  id: ID!
  metadata: JSONString
  size: Int64!
  state: ArtifactState!
  tags: [Tag!]!
  ttlDurationSeconds: Int64!
  ttlIsInherited: Boolean!
  updatedAt: DateTime
  usedBy(after: String, before: String, filters: JSONString, first: Int, last: Int, order: String): RunConnection!
  usedCount: Int!
  versionIndex(artifactCollectionName: String): Int
}

type ArtifactAlias {
  alias: String!
  artifact: Artifact
  artifactCollection: ArtifactCollection
  artifactCollectionName: String!
  id: ID!
}

type ArtifactAliasConnection {
  edges: [ArtifactAliasEdge!]!
  pageInfo: PageInfo!
}

type ArtifactAliasEdge {
  cursor: String!
  node: ArtifactAlias
}

input ArtifactAliasInput {
  alias: String!
  artifactCollectionName: String!
}

interface ArtifactCollection {
  aliases(after: String, before: String, first: Int, last: Int): ArtifactAliasConnection!
  artifactMembership(aliasName: String!): ArtifactCollectionMembership
  artifactMemberships(after: String, before: String, first: Int, last: Int): ArtifactCollectionMembershipConnection!
  artifacts(after: String, before: String, filters: JSONString, first: Int, last: Int, order: String): VersionedArtifactConnection
  createdAt: DateTime!
  defaultArtifactType: ArtifactType!
  description: String
  id: ID!
  name: String!
  project: Project!
  state: ArtifactCollectionState!
  tags(after: String, before: String, first: Int, last: Int, tagCategoryName: String): TagConnection!
  updatedAt: DateTime
}

type ArtifactCollectionAlias {
  alias: String!
  artifactCollectionName: String!
  entityName: String!
  projectName: String!
}

input ArtifactCollectionAliasInput {
  alias: String!
  artifactCollectionName: String!
  entityName: String!
  projectName: String!
}

type ArtifactCollectionConnection {
  edges: [ArtifactCollectionEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type ArtifactCollectionEdge {
  cursor: String!
  node: ArtifactCollection
}

type ArtifactCollectionMembership {
  aliases: [ArtifactAlias!]!
  artifact: Artifact
  artifactCollection: ArtifactCollection
  commitHash: String
  createdAt: DateTime!
  files(after: String, first: Int, names: [String!]): FileConnection
  id: ID!
  versionIndex: Int
}

type ArtifactCollectionMembershipConnection {
  edges: [ArtifactCollectionMembershipEdge!]!
  pageInfo: PageInfo!
}

type ArtifactCollectionMembershipEdge {
  cursor: String!
  node: ArtifactCollectionMembership
}

enum ArtifactCollectionState {
  DELETED
  READY
}

enum ArtifactCollectionType {
  PORTFOLIO
  SEQUENCE
}

type ArtifactConnection {
  edges: [ArtifactEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

enum ArtifactDigestAlgorithm {
  MANIFEST_MD5
  MANIFEST_XXH128
}

type ArtifactEdge {
  cursor: String!
  node: Artifact
}

type ArtifactManifest {
  artifact: Artifact!
  createdAt: DateTime!
  digest: String!
  file: File!
  id: ID!
  type: ArtifactManifestType!
}

enum ArtifactManifestType {
  FULL
  INCREMENTAL
  PATCH
}

type ArtifactPortfolio implements ArtifactCollection {
  aliases(after: String, before: String, first: Int, last: Int): ArtifactAliasConnection!
  artifactMembership(aliasName: String!): ArtifactCollectionMembership
  artifactMemberships(after: String, before: String, first: Int, last: Int): ArtifactCollectionMembershipConnection!
  artifacts(after: String, before: String, filters: JSONString, first: Int, last: Int, order: String): VersionedArtifactConnection!
  createdAt: DateTime!
  defaultArtifactType: ArtifactType!
  description: String
  id: ID!
  name: String!
  project: Project!
  state: ArtifactCollectionState!
  tags(after: String, before: String, first: Int, last: Int, tagCategoryName: String): TagConnection!
  updatedAt: DateTime
}

type ArtifactSequence implements ArtifactCollection {
  aliases(after: String, before: String, first: Int, last: Int): ArtifactAliasConnection!
  artifactMembership(aliasName: String!): ArtifactCollectionMembership
  artifactMemberships(after: String, before: String, first: Int, last: Int): ArtifactCollectionMembershipConnection!
  artifacts(after: String, before: String, filters: JSONString, first: Int, last: Int, order: String): VersionedArtifactConnection!
  createdAt: DateTime!
  defaultArtifactType: ArtifactType!
  description: String
  id: ID!
  latestArtifact: Artifact
  name: String!
  project: Project!
  state: ArtifactCollectionState!
  tags(after: String, before: String, first: Int, last: Int, tagCategoryName: String): TagConnection!
  updatedAt: DateTime
}

enum ArtifactState {
  COMMITTED
  DELETED
  PENDING
}

type ArtifactType {
  artifact(name: String!): Artifact
  artifactCollection(name: String!): ArtifactCollection
  artifactCollections(after: String, before: String, collectionTypes: [ArtifactCollectionType!], filters: JSONString, first: Int, last: Int, order: String): ArtifactCollectionConnection
  createdAt: DateTime!
  description: String
  id: ID!
  name: String!
  project: Project!
}

type ArtifactTypeConnection {
  edges: [ArtifactTypeEdge!]!
  pageInfo: PageInfo!
}

type ArtifactTypeEdge {
  cursor: String!
  node: ArtifactType
}

input ArtifactTypeInput {
  description: String
  name: String!
}

input CreateArtifactCollectionTagAssignmentsInput {
  artifactCollectionName: String!
  clientMutationID: String
  entityName: String!
  projectName: String!
  tags: [TagInput!]!
}

type CreateArtifactCollectionTagAssignmentsPayload {
  clientMutationID: String
  tags: [Tag!]!
}

input CreateArtifactInput {
  aliases: [ArtifactAliasInput!]
  artifactCollectionName: String
  artifactCollectionNames: [String!]
  artifactTypeName: String!
  clientID: ID
  clientMutationId: String
  description: String
  digest: String!
  digestAlgorithm: ArtifactDigestAlgorithm!
  distributedID: String
  enableDigestDeduplication: Boolean
  entityName: String!
  historyStep: Int64
  labels: JSONString
  metadata: JSONString
  projectName: String!
  runName: String
  sequenceClientID: ID
  storageRegion: String
  tags: [TagInput!]
  ttlDurationSeconds: Int64
}

type CreateArtifactPayload {
  artifact: Artifact!
  clientMutationId: String
}

input CreateCustomChartInput {
  access: String!
  clientMutationId: String
  displayName: String!
  entity: String!
  name: String!
  spec: JSONString!
  type: String!
}

type CreateCustomChartPayload {
  chart: CustomChart!
  clientMutationId: String
}

input CreateDefaultResourceConfigInput {
  clientMutationId: String
  config: JSONString!
  entityName: String!
  projectName: String
  resource: String!
  templateVariables: JSONString
}

type CreateDefaultResourceConfigPayload {
  clientMutationId: String
  defaultResourceConfigID: ID!
  success: Boolean!
}

input CreateFilterTriggerInput {
  clientMutationId: String
  description: String
  enabled: Boolean!
  eventFilter: JSONString!
  name: String!
  scopeID: ID!
  scopeType: TriggerScopeType!
  triggeredActionConfig: TriggeredActionConfig!
  triggeredActionType: TriggeredActionType!
  triggeringEventType: EventTriggeringConditionType!
}

type CreateFilterTriggerPayload {
  clientMutationId: String
  trigger: Trigger
}

input CreateInviteInput {
  accountType: String
  addSeat: Boolean
  admin: Boolean
  clientMutationId: String
  email: String
  entityName: String
  role: String
  username: String
}

type CreateInvitePayload {
  clientMutationId: String
  entity: Entity
  invite: Invite
  remainingSeats: Int
  remainingViewOnlySeats: Int
  success: Boolean!
}

input CreateProjectMembersInput {
  projectId: ID!
  teamIds: [ID!]
  userIds: [ID!]
}

type CreateProjectMembersPayload {
  success: Boolean!
}

input CreateRunFilesInput {
  clientMutationId: String
  entityName: String!
  files: [String!]!
  projectName: String!
  runName: String!
}

type CreateRunFilesPayload {
  clientMutationId: String
  files: [File!]!
  runID: ID!
  uploadHeaders: [String!]!
}

input CreateRunQueueInput {
  access: RunQueueAccessType!
  clientMutationId: String
  defaultResourceConfigID: ID
  entityName: String!
  prioritizationMode: RunQueuePrioritizationMode
  projectName: String!
  queueName: String!
}

type CreateRunQueuePayload {
  clientMutationId: String
  queueID: ID
  success: Boolean
}

input CreateServiceAccountInput {
  clientMutationId: String
  description: String
  entityName: String
}

type CreateServiceAccountPayload {
  clientMutationId: String
  user: User
}

input CreateTeamInput {
  clientMutationId: String
  defaultAccess: String
  organizationId: String
  teamAdminUserName: String
  teamName: String!
}

type CreateTeamPayload {
  clientMutationId: String
  entity: Entity
}

input CreateUserInput {
  accountType: String
  admin: Boolean
  clientMutationId: String
  email: String!
  password: String
}

type CreateUserPayload {
  clientMutationId: String
  user: User
}

type CustomChart {
  access: String!
  createdAt: DateTime!
  displayName: String!
  entity: Entity!
  id: ID!
  name: String!
  spec: JSONString!
  type: String!
  updatedAt: DateTime
  user: User!
}

scalar DateTime

type DefaultResourceConfig {
  config: JSON
  createdAt: DateTime!
  id: ID!
  resource: String!
  scope: DefaultResourceConfigScope!
  templateVariables: [TemplateVariable!]
  updatedAt: DateTime
}

type DefaultResourceConfigScope {
  ID: Int!
  Type: DefaultResourceConfigScopeType!
}

enum DefaultResourceConfigScopeType {
  ENTITY
  PROJECT
}

input DeleteAliasesInput {
  aliases: [ArtifactCollectionAliasInput!]!
  artifactID: ID!
  clientMutationId: String
}

type DeleteAliasesPayload {
  clientMutationId: String
  success: Boolean!
}

input DeleteApiKeyInput {
  clientMutationId: String
  id: String
}

type DeleteApiKeyPayload {
  clientMutationId: String
  success: Boolean
}

type DeleteArtifactCollectionPayload {
  artifactCollection: ArtifactCollection!
  clientMutationId: String
}

input DeleteArtifactCollectionTagAssignmentsInput {
  artifactCollectionName: String!
  clientMutationID: String
  entityName: String!
  projectName: String!
  tags: [TagInput!]!
}

type DeleteArtifactCollectionTagAssignmentsPayload {
  clientMutationID: String
  success: Boolean!
}

input DeleteArtifactInput {
  artifactID: ID!
  clientMutationId: String
  deleteAliases: Boolean
}

type DeleteArtifactPayload {
  artifact: Artifact!
  clientMutationId: String
}

input DeleteArtifactPortfolioInput {
  artifactPortfolioID: ID!
  clientMutationId: String
}

input DeleteArtifactSequenceInput {
  artifactSequenceID: ID!
  clientMutationId: String
}

input DeleteFilesInput {
  clientMutationId: String
  files: [ID!]!
  projectId: Int
}

type DeleteFilesPayload {
  clientMutationId: String
  success: Boolean!
}

input DeleteFromRunQueueInput {
  clientMutationId: String
  queueID: ID!
  runQueueItemId: ID!
}

type DeleteFromRunQueuePayload {
  clientMutationId: String
  success: Boolean
}

input DeleteInviteInput {
  clientMutationId: String
  entityName: String
  id: String
}

type DeleteInvitePayload {
  clientMutationId: String
  success: Boolean
}

input DeleteModelInput {
  clientMutationId: String
  id: String!
}

type DeleteModelPayload {
  clientMutationId: String
  success: Boolean
}

input DeleteProjectMembersInput {
  projectId: ID!
  teamIds: [ID!]
  userIds: [ID!]
}

type DeleteProjectMembersPayload {
  success: Boolean!
}

input DeleteRunInput {
  clientMutationId: String
  deleteArtifacts: Boolean
  id: ID!
}

type DeleteRunPayload {
  clientMutationId: String
}

input DeleteRunQueuesInput {
  clientMutationId: String
  queueIDs: [ID!]!
}

type DeleteRunQueuesPayload {
  clientMutationId: String
  success: Boolean
}

input DeleteTriggerInput {
  clientMutationId: String
  triggerID: ID!
}

type DeleteTriggerPayload {
  clientMutationId: String
  success: Boolean!
}

enum DotBehavior {
  KEEP_ALL_DOT_VALUES
  SKIP_FIRST_DOT_VALUE
}

scalar Duration

input EnqueueSweepRunInput {
  clientMutationId: String
  config: JSONString!
  displayName: String
  id: ID!
}

type EnqueueSweepRunPayload {
  clientMutationId: String
  id: ID!
  runQueueItemId: ID
}

type Entity {
  artifactCollections(after: String, before: String, collectionTypes: [ArtifactCollectionType!], filters: JSONString, first: Int, last: Int, order: String, projectFilters: JSONString): ArtifactCollectionConnection
  artifactMemberships(after: String, collectionFilters: JSONString, filters: JSONString, first: Int, order: String, projectFilters: JSONString): ArtifactCollectionMembershipConnection
  available: Boolean
  codeSavingEnabled: Boolean!
  createdAt: DateTime!
  defaultAccess: String!
  defaultResourceConfig(id: ID!): DefaultResourceConfig
  entityType: String
  id: ID!
  integrations(after: String, before: String, first: Int, last: Int): IntegrationConnection
  isPaid: Boolean
  isTeam: Boolean!
  limits: JSONString
  memberCount: Int!
  members: [Member!]!
  name: String!
  organization: Organization
  photoUrl: String
  privateOnly: Boolean!
  project(name: String): Project
  projects(after: String, before: String, filters: JSONString, first: Int, last: Int, order: String): ProjectConnection
  readOnly: Boolean
  readOnlyAdmin: Boolean!
  storageBytes: Int64!
  triggers(after: String, filters: JSONString, first: Int, order: String): TriggerConnection!
  updatedAt: DateTime
  user: User
}

type EntityConnection {
  edges: [EntityEdge!]!
}

type EntityEdge {
  cursor: String!
  node: Entity
}

enum EventTriggeringConditionType {
  ADD_ARTIFACT_ALIAS
  ADD_ARTIFACT_TAG
  ADD_COLLECTION_TAG
  CREATE_ARTIFACT
  LINK_MODEL
  REMOVE_ARTIFACT_TAG
  REMOVE_COLLECTION_TAG
  RUN_METRIC
  RUN_METRIC_CHANGE
  RUN_METRIC_ZSCORE
  RUN_STATE
  UNLINK_ARTIFACT
  UPDATE_ARTIFACT_ALIAS
  WEAVE_METRIC_THRESHOLD
}

type File {
  archived: Boolean
  artifact: Artifact
  createdAt: DateTime
  deletedAt: DateTime
  digest: String
  directUrl: String!
  displayName: String!
  exists: Boolean!
  id: ID!
  isReference: Boolean!
  md5: String
  mimetype: String
  name: String!
  ndbId: ID
  sizeBytes: Int64!
  special: Boolean
  storageBucket: String
  storagePath: String
  updatedAt: DateTime
  uploadHeaders: [String!]!
  uploadMultipartUrls: UploadMultipartUrls
  uploadUrl: String
  url(upload: Boolean): String
}

type FileConnection {
  edges: [FileEdge!]!
  pageInfo: PageInfo!
  totalCount: Int
  uploadHeaders: [String!]!
}

type FileEdge {
  cursor: String!
  node: File
}

type FilterEventTriggeringCondition {
  eventType: EventTriggeringConditionType!
  filter: String!
}

input GenerateApiKeyInput {
  clientMutationId: String
  description: String
}

type GenerateApiKeyPayload {
  apiKey: ApiKey
  clientMutationId: String
}

input GenericWebhookActionInput {
  integrationID: ID!
  requestPayload: JSONString
}

type GenericWebhookIntegration implements Integration {
  id: ID!
  name: String!
  urlEndpoint: String!
}

type GenericWebhookTriggeredAction {
  integration: Integration!
  requestPayload: JSONString
}

enum HistoryKeysFormat {
  BITMAP
  PLAINTEXT
}

union Initiator = Run | User

type InputArtifactConnection {
  edges: [InputArtifactEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type InputArtifactEdge {
  cursor: String!
  node: Artifact
  usedAs: [String!]!
}

scalar Int64

interface Integration {
  id: ID!
}

type IntegrationConnection {
  edges: [IntegrationEdge!]!
  pageInfo: PageInfo!
}

type IntegrationEdge {
  cursor: String!
  node: Integration
}

type Invite {
  accepted: Boolean
  createdAt: DateTime
  email: String
  entity: Entity
  expiresAt: DateTime
  fromUser: User
  id: ID!
  name: String!
  organization: Organization
  toUser: User
  updatedAt: DateTime
}

scalar JSON

scalar JSONString

input LinkArtifactInput {
  aliases: [ArtifactAliasInput!]
  artifactID: ID
  artifactPortfolioID: ID
  artifactPortfolioName: String
  clientID: ID
  clientMutationId: String
  entityName: String
  projectName: String
}

type LinkArtifactPayload {
  aliases: [ArtifactCollectionAlias!]!
  artifactCollectionID: ID!
  artifactID: ID!
  artifactMembership: ArtifactCollectionMembership
  clientMutationId: String
  createdAt: DateTime!
  versionIndex: Int
}

type LogLine {
  id: String
  label: String
  level: String
  line: String
  number: Int
  timestamp: String
}

type LogLineConnection {
  edges: [LogLineEdge!]!
  pageInfo: PageInfo!
}

type LogLineEdge {
  cursor: String!
  node: LogLine!
}

type Member {
  accountType: String
  admin: Boolean
  apiKey: String
  email: String
  id: String
  name: String!
  pending: Boolean
  photoUrl: String
  role: String
  username: String
}

type MoveArtifactCollectionPayload {
  artifactCollection: ArtifactCollection
  clientMutationId: String
}

input MoveArtifactSequenceInput {
  artifactSequenceID: ID!
  clientMutationId: String
  destinationArtifactTypeName: String!
}

type Mutation {
  addAliases(input: AddAliasesInput!): AddAliasesPayload
  createArtifact(input: CreateArtifactInput!): CreateArtifactPayload
  createArtifactCollectionTagAssignments(input: CreateArtifactCollectionTagAssignmentsInput!): CreateArtifactCollectionTagAssignmentsPayload
  createCustomChart(input: CreateCustomChartInput!): CreateCustomChartPayload
  createDefaultResourceConfig(input: CreateDefaultResourceConfigInput!): CreateDefaultResourceConfigPayload
  createFilterTrigger(input: CreateFilterTriggerInput!): CreateFilterTriggerPayload
  createInvite(input: CreateInviteInput!): CreateInvitePayload
  createProjectMembers(input: CreateProjectMembersInput!): CreateProjectMembersPayload
  createRunFiles(input: CreateRunFilesInput!): CreateRunFilesPayload
  createRunQueue(input: CreateRunQueueInput!): CreateRunQueuePayload
  createServiceAccount(input: CreateServiceAccountInput!): CreateServiceAccountPayload
  createTeam(input: CreateTeamInput!): CreateTeamPayload
  createUser(input: CreateUserInput!): CreateUserPayload
  deleteAliases(input: DeleteAliasesInput!): DeleteAliasesPayload
  deleteApiKey(input: DeleteApiKeyInput!): DeleteApiKeyPayload
  deleteArtifact(input: DeleteArtifactInput!): DeleteArtifactPayload
  deleteArtifactCollectionTagAssignments(input: DeleteArtifactCollectionTagAssignmentsInput!): DeleteArtifactCollectionTagAssignmentsPayload
  deleteArtifactPortfolio(input: DeleteArtifactPortfolioInput!): DeleteArtifactCollectionPayload
  deleteArtifactSequence(input: DeleteArtifactSequenceInput!): DeleteArtifactCollectionPayload
  deleteFiles(input: DeleteFilesInput!): DeleteFilesPayload
  deleteFromRunQueue(input: DeleteFromRunQueueInput!): DeleteFromRunQueuePayload
  deleteInvite(input: DeleteInviteInput!): DeleteInvitePayload
  deleteModel(input: DeleteModelInput!): DeleteModelPayload
  deleteProjectMembers(input: DeleteProjectMembersInput!): DeleteProjectMembersPayload
  deleteRun(input: DeleteRunInput!): DeleteRunPayload
  deleteRunQueues(input: DeleteRunQueuesInput!): DeleteRunQueuesPayload
  deleteTrigger(input: DeleteTriggerInput!): DeleteTriggerPayload
  enqueueSweepRun(input: EnqueueSweepRunInput!): EnqueueSweepRunPayload
  generateApiKey(input: GenerateApiKeyInput!): GenerateApiKeyPayload
  linkArtifact(input: LinkArtifactInput!): LinkArtifactPayload
  moveArtifactSequence(input: MoveArtifactSequenceInput!): MoveArtifactCollectionPayload
  pushToRunQueueByName(input: PushToRunQueueByNameInput!): PushToRunQueueByNamePayload
  stopRun(input: StopRunInput!): StopRunPayload
  unlinkArtifact(input: UnlinkArtifactInput!): UnlinkArtifactPayload
  updateArtifact(input: UpdateArtifactInput!): UpdateArtifactPayload
  updateArtifactPortfolio(input: UpdateArtifactPortfolioInput!): UpdateArtifactCollectionPayload
  updateArtifactSequence(input: UpdateArtifactSequenceInput!): UpdateArtifactCollectionPayload
  updateFilterTrigger(input: UpdateFilterTriggerInput!): UpdateFilterTriggerPayload
  updateProjectMember(input: UpdateProjectMemberInput!): UpdateProjectMemberPayload
  updateProjectTeamMember(input: UpdateProjectTeamMemberInput!): UpdateProjectTeamMemberPayload
  updateRunState(input: UpdateRunStateInput!): UpdateRunStatePayload
  upsertBucket(input: UpsertBucketInput!): UpsertBucketPayload
  upsertModel(input: UpsertModelInput!): UpsertModelPayload
  upsertRunQueue(input: UpsertRunQueueInput!): UpsertRunQueuePayload
  useArtifact(input: UseArtifactInput!): UseArtifactPayload
}

type NoOpTriggeredAction {
  noOp: Boolean
}

input NoOpTriggeredActionInput {
  noOp: Boolean
}

input NotificationActionInput {
  integrationID: ID!
  message: String
  severity: AlertSeverity
  title: String
}

type NotificationTriggeredAction {
  integration: Integration!
  message: String
  severity: AlertSeverity
  title: String
}

type Organization {
  id: ID!
  name: String!
  orgEntity: Entity
}

type PageInfo {
  endCursor: String
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
}

type ParquetHistory {
  liveData: [JSON!]!
  parquetUrls: [String!]!
}

type Project {
  access: String
  allViews(after: String, before: String, first: Int, last: Int, offset: Int, userId: Int, userName: String, viewName: String, viewType: String): ViewConnection
  allowAllArtifactTypesInRegistry: Boolean!
  artifact(name: String!): Artifact
  artifactCollection(name: String!): ArtifactCollection
  artifactCollectionMembership(name: String!): ArtifactCollectionMembership
  artifactCollections(after: String, before: String, collectionTypes: [ArtifactCollectionType!], filters: JSONString, first: Int, last: Int, order: String): ArtifactCollectionConnection
  artifactType(name: String!): ArtifactType
  artifactTypes(after: String, before: String, first: Int, includeAll: Boolean, last: Int): ArtifactTypeConnection!
  createdAt: DateTime!
  description: String
  entity: Entity!
  entityName: String!
  id: ID!
  internalId: ID!
  isBenchmark: Boolean!
  members: [ProjectMember!]!
  name: String!
  readOnly: Boolean
  run(desc: String, name: String!): Run
  runCount(filters: JSONString): Int!
  runQueue(name: String!): RunQueue
  runQueues: [RunQueue!]!
  runs(after: String, before: String, fields: [String], filters: JSONString, first: Int, groupKeys: [String], groupLevel: Int, historyFields: [String], jobKey: String, last: Int, names: [String], order: String): RunConnection
  sweep(sweepName: String!): Sweep
  sweeps(after: String, before: String, filters: JSONString, first: Int, last: Int, order: String): SweepConnection
  teamMembers: [ProjectTeamMember!]!
  totalSweeps: Int!
  triggers: [Trigger!]!
  updatedAt: DateTime
  user: User
  views: JSONString
}

type ProjectConnection {
  edges: [ProjectEdge!]!
  pageInfo: PageInfo!
}

type ProjectEdge {
  cursor: String!
  node: Project
}

type ProjectMember {
  email: String
  id: ID!
  name: String
  role: Role!
  username: String
}

type ProjectTeamMember {
  role: Role!
  team: Entity!
}

input PushToRunQueueByNameInput {
  clientMutationId: String
  entityName: String!
  projectName: String!
  queueName: String!
  runSpec: JSONString!
}

type PushToRunQueueByNamePayload {
  clientMutationId: String
  runQueueItemId: ID!
  runSpec: JSONString!
}

type Query {
  artifact(id: ID!): Artifact
  artifactCollection(id: ID!): ArtifactCollection
  customChart(id: ID!): CustomChart
  entity(login: Boolean, name: String): Entity
  models(after: String, batchSize: Int, before: String, entityName: String, first: Int, keysOnly: Boolean, last: Int, pageSize: Int): ProjectConnection
  organization(id: ID, name: String): Organization
  project(entityName: String, name: String): Project
  projects(after: String, anonymous: Boolean, before: String, entityName: String, first: Int, last: Int, order: String): ProjectConnection
  serverInfo: ServerInfo
  user(id: ID, userName: String): User
  users(after: String, before: String, first: Int, ids: [ID!], last: Int, query: String, usernames: [String!]): UserConnection
  view(id: ID!, type: String): View
  viewer(entityName: String): User
}

type Role {
  name: String!
}

type Run {
  commit: String
  config(dotBehavior: DotBehavior, keys: [String!]): JSONString
  createdAt: DateTime!
  description: String
  displayName: String
  events(samples: Int): [String!]!
  fileCount: Int
  files(after: String, before: String, contentType: [String!], first: Int, last: Int, names: [String], pattern: String): FileConnection
  group: String
  heartbeatAt: DateTime
  history(maxStep: Int64, minStep: Int64, samples: Int): [String!]!
  historyKeys(format: HistoryKeysFormat): JSON
  historyLineCount: Int
  host: String
  id: ID!
  inputArtifacts(after: String, before: String, filters: JSONString, first: Int, last: Int, order: String): InputArtifactConnection
  jobType: String
  logLineCount: Int
  logLines(after: String, before: String, first: Int, last: Int, useImprovedPagination: Boolean): LogLineConnection
  name: String!
  notes: String
  outputArtifacts(after: String, before: String, filters: JSONString, first: Int, last: Int, order: String): ArtifactConnection
  parquetHistory(liveKeys: [String!]!): ParquetHistory!
  project: Project
  projectId: ID!
  readOnly: Boolean
  sampledHistory(packVersion: Int, specs: [JSONString!]!): [JSON!]!
  shouldStop: Boolean
  state: String
  stopped: Boolean
  summaryMetrics(keys: [String!], packVersion: Int): JSONString
  sweep: Sweep
  sweepName: String
  systemMetrics: JSONString
  tags: [String!]
  updatedAt: DateTime
  user: User
}

type RunConnection {
  edges: [RunEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type RunEdge {
  cursor: String!
  node: Run!
}

type RunQueue {
  access: RunQueueAccessType!
  createdAt: DateTime!
  createdBy: Int
  defaultResourceConfigID: ID
  executorInfo: String!
  externalLinks: JSON
  id: ID!
  name: String!
  prioritizationMode: RunQueuePrioritizationMode
  runQueueItem(id: ID!): RunQueueItem
  runQueueItems(after: String, before: String, first: Int, last: Int): RunQueueItemConnection!
  updatedAt: DateTime
}

enum RunQueueAccessType {
  PROJECT
  USER
}

type RunQueueItem {
  associatedRunId: String
  createdAt: DateTime!
  id: ID!
  launchAgentId: ID
  runSpec: JSON!
  state: RunQueueItemState!
  updatedAt: DateTime
}

type RunQueueItemConnection {
  edges: [RunQueueItemEdge!]!
  pageInfo: PageInfo!
}

type RunQueueItemEdge {
  cursor: String!
  node: RunQueueItem!
}

enum RunQueueItemState {
  CLAIMED
  FAILED
  LEASED
  PENDING
}

enum RunQueuePrioritizationMode {
  DISABLED
  V0
}

type ServerFeature {
  isEnabled: Boolean!
  name: String!
}

type ServerInfo {
  features: [ServerFeature]!
  frontendHost: String!
}

type SlackIntegration implements Integration {
  channelName: String!
  id: ID!
  teamName: String!
}

input StopRunInput {
  clientMutationId: String
  id: ID!
}

type StopRunPayload {
  clientMutationId: String
  success: Boolean!
}

type Sweep {
  agent(agentName: String!): Agent
  agents: AgentConnection!
  bestLoss: Float
  config: String!
  controller: JSONString
  createdAt: DateTime!
  description: String
  displayName: String
  earlyStopJobRunning: Boolean!
  heartbeatAt: DateTime!
  id: ID!
  method: String!
  name: String!
  project: Project
  runCount: Int!
  runCountExpected: Int
  runTime: Int!
  runs(after: String, before: String, first: Int, last: Int, order: String): RunConnection!
  scheduler: JSONString
  state: String!
  updatedAt: DateTime
  user: User
}

type SweepConnection {
  edges: [SweepEdge!]!
  pageInfo: PageInfo!
}

type SweepEdge {
  cursor: String!
  node: Sweep!
}

type Tag {
  attributes: JSONString!
  id: ID!
  name: String!
  tagCategoryName: String!
}

type TagConnection {
  edges: [TagEdge!]!
  pageInfo: PageInfo!
}

type TagEdge {
  cursor: String!
  node: Tag!
}

input TagInput {
  attributes: JSONString
  tagCategoryName: String
  tagName: String!
}

type TemplateVariable {
  name: String!
  schema: JSON
}

type Trigger {
  createdAt: DateTime!
  createdBy: User!
  description: String
  enabled: Boolean!
  id: ID!
  name: String!
  scope: TriggerScope!
  triggeredAction: TriggeredAction!
  triggeringCondition: TriggeringCondition!
  updatedAt: DateTime
}

type TriggerConnection {
  edges: [TriggerEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type TriggerEdge {
  cursor: String!
  node: Trigger!
}

union TriggerScope = ArtifactPortfolio | ArtifactSequence | Entity | Project

enum TriggerScopeType {
  ARTIFACT_COLLECTION
  ENTITY
  PROJECT
}

union TriggeredAction = GenericWebhookTriggeredAction | NoOpTriggeredAction | NotificationTriggeredAction

input TriggeredActionConfig {
  genericWebhookActionInput: GenericWebhookActionInput
  noOpActionInput: NoOpTriggeredActionInput
  notificationActionInput: NotificationActionInput
}

enum TriggeredActionType {
  ARIA
  GENERIC_WEBHOOK
  NOTIFICATION
  NO_OP
  PUSH_NOTIFICATION
  QUEUE_JOB
}

union TriggeringCondition = FilterEventTriggeringCondition

input UnlinkArtifactInput {
  artifactID: ID!
  artifactPortfolioID: ID!
  clientMutationId: String
}

type UnlinkArtifactPayload {
  artifactID: ID!
  clientMutationId: String
  success: Boolean!
}

type UpdateArtifactCollectionPayload {
  artifactCollection: ArtifactCollection!
  clientMutationId: String
}

input UpdateArtifactInput {
  aliases: [ArtifactAliasInput!]
  artifactID: ID!
  clientMutationId: String
  description: String
  metadata: JSONString
  tagsToAdd: [TagInput!]
  tagsToDelete: [TagInput!]
  ttlDurationSeconds: Int64
}

type UpdateArtifactPayload {
  artifact: Artifact!
  clientMutationId: String
}

input UpdateArtifactPortfolioInput {
  artifactPortfolioID: ID!
  clientMutationId: String
  description: String
  name: String
}

input UpdateArtifactSequenceInput {
  artifactSequenceID: ID!
  clientMutationId: String
  description: String
  name: String
}

input UpdateFilterTriggerInput {
  clientMutationId: String
  description: String
  enabled: Boolean
  eventFilter: JSONString
  id: ID!
  name: String
  scopeID: ID
  scopeType: TriggerScopeType
  triggeredActionConfig: TriggeredActionConfig
  triggeredActionType: TriggeredActionType
  triggeringEventType: EventTriggeringConditionType
}

type UpdateFilterTriggerPayload {
  clientMutationId: String
  trigger: Trigger
}

input UpdateProjectMemberInput {
  clientMutationId: String
  projectId: ID!
  userId: ID!
  userProjectRole: String!
}

type UpdateProjectMemberPayload {
  clientMutationId: String
  success: Boolean!
}

input UpdateProjectTeamMemberInput {
  clientMutationId: String
  projectId: ID!
  teamId: ID!
  teamProjectRole: String!
}

type UpdateProjectTeamMemberPayload {
  clientMutationId: String
  success: Boolean!
}

input UpdateRunStateInput {
  clientMutationId: String
  id: ID!
  state: String!
}

type UpdateRunStatePayload {
  clientMutationId: String
  success: Boolean!
}

type UploadMultipartUrls {
  uploadID: String!
  uploadUrlParts: [UploadUrlPart!]!
}

type UploadUrlPart {
  partNumber: Int64!
  uploadUrl: String!
}

input UpsertBucketInput {
  clientMutationId: String
  commit: String
  config: JSONString
  description: String
  displayName: String
  entityName: String
  groupName: String
  host: String
  id: String
  jobType: String
  modelName: String
  name: String
  notes: String
  state: String
  summaryMetrics: JSONString
  sweep: String
  tags: [String]
}

type UpsertBucketPayload {
  bucket: Run
  clientMutationId: String
  inserted: Boolean
  updateAvailable: Boolean
}

input UpsertModelInput {
  access: String
  allowAllArtifactTypesInRegistry: Boolean
  artifactTypes: [ArtifactTypeInput!]
  clientMutationId: String
  description: String
  entityName: String
  id: String
  name: String
  views: JSONString
}

type UpsertModelPayload {
  clientMutationId: String
  entityName: String
  inserted: Boolean
  model: Project
  project: Project
}

input UpsertRunQueueInput {
  clientMutationId: String
  entityName: String!
  externalLinks: JSONString
  prioritizationMode: RunQueuePrioritizationMode
  projectName: String!
  queueName: String!
  resourceConfig: JSONString!
  resourceType: String!
  templateVariables: JSONString
}

type UpsertRunQueuePayload {
  clientMutationId: String
  configSchemaValidationErrors: [String!]
  success: Boolean!
}

input UseArtifactInput {
  artifactEntityName: String
  artifactID: ID!
  artifactProjectName: String
  clientMutationId: String
  entityName: String!
  projectName: String!
  runName: String!
  usedAs: String
}

type UseArtifactPayload {
  artifact: Artifact!
  clientMutationId: String
  run: Run!
}

type User {
  accountType: UserAccountType
  admin: Boolean
  apiKeys(after: String, batchSize: Int, before: String, first: Int, keysOnly: Boolean, last: Int, pageSize: Int): ApiKeyConnection
  createdAt: DateTime!
  defaultEntity: Entity
  deletedAt: DateTime
  email: String
  entity: String
  flags: JSONString
  id: ID!
  name: String!
  organizations(emailDomain: String): [Organization!]!
  photoUrl: String
  projects(after: String, first: Int): ProjectConnection
  teams(after: String, before: String, first: Int, last: Int): EntityConnection
  userEntity: Entity
  username: String
}

enum UserAccountType {
  ANONYMOUS
  SERVICE
  USER
  VIEWER
}

type UserConnection {
  edges: [UserEdge!]!
  pageInfo: PageInfo!
}

type UserEdge {
  cursor: String!
  node: User
}

type VersionedArtifactConnection {
  edges: [VersionedArtifactEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type VersionedArtifactEdge {
  cursor: String!
  node: Artifact!
  version: String!
}

type View {
  createdAt: DateTime!
  description: String
  displayName: String
  entityName: String!
  id: ID!
  name: String
  project: Project
  projectName: String!
  spec: JSONString
  type: String
  updatedAt: DateTime
  user: User
  viewCount: Int!
}

type ViewConnection {
  edges: [ViewEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type ViewEdge {
  cursor: String!
  node: View
}
`;
