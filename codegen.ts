import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  DateTime: 'string',
  Duration: 'number',
  Int64: 'number',
  JSON: 'unknown',
  JSONString: 'string',
};

// `npm run codegen:check` writes to a temporary folder and compares it with generated/.
const out = process.env.CODEGEN_OUT ?? 'generated';

const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  documents: 'operations/**/*.graphql',
  generates: {
    [`${out}/graphql.ts`]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        strictScalars: true,
        useTypeImports: true,
        scalars,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        // Documents as query text, not JSON syntax trees: a field added to an operation is a
        // one-line diff, the bundle is a third of the size, and nothing is parsed at import
        // (the transport parses a document the first time it is sent).
        documentMode: 'string',
      },
    },
    [`${out}/resolvers.ts`]: {
      // The fake's resolver signatures: a schema field the fake serves that is removed or retyped fails to compile there.
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        strictScalars: true,
        useTypeImports: true,
        scalars,
        enumsAsTypes: true,
        contextType: '../src/testing/schema#FakeContext',
        defaultMapper: 'Partial<{T}>',
        makeResolverTypeCallable: true,
        mappers: {
          User: '../src/testing/users/records#UserRecord',
          Entity: '../src/testing/teams/records#EntityRecord',
          Organization: '../src/testing/teams/records#OrganizationRecord',
          Project: '../src/testing/projects/records#ProjectRecord',
          Run: '../src/testing/runs/records#RunRecord',
          File: '../src/testing/runs/records#FileView',
          ArtifactType: '../src/testing/artifacts/records#ArtifactTypeRecord',
          ArtifactCollection: '../src/testing/artifacts/records#ArtifactCollectionRecord',
          ArtifactSequence: '../src/testing/artifacts/records#ArtifactCollectionRecord',
          ArtifactPortfolio: '../src/testing/artifacts/records#ArtifactCollectionRecord',
          ArtifactCollectionMembership: '../src/testing/artifacts/records#ArtifactMembershipRecord',
          Artifact: '../src/testing/artifacts/records#ArtifactRecord',
          Integration: '../src/testing/integrations/records#IntegrationRecord',
          SlackIntegration: '../src/testing/integrations/records#SlackIntegrationRecord',
          GenericWebhookIntegration: '../src/testing/integrations/records#WebhookIntegrationRecord',
          Trigger: '../src/testing/automations/records#TriggerRecord',
          Sweep: '../src/testing/sweeps/records#SweepRecord',
          Agent: '../src/testing/sweeps/records#AgentRecord',
          View: '../src/testing/reports/records#ViewRecord',
          RunQueue: '../src/testing/launch/records#RunQueueRecord',
          RunQueueItem: '../src/testing/launch/records#RunQueueItemRecord',
          DefaultResourceConfig: '../src/testing/launch/records#ResourceConfigRecord',
          CustomChart: '../src/testing/charts/records#CustomChartRecord',
        },
      },
    },
    [`${out}/schema-sdl.ts`]: {
      plugins: ['./scripts/codegen-sdl-plugin.cjs'],
    },
  },
};

export default config;
