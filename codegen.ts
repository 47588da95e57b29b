import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  DateTime: 'string',
  Duration: 'number',
  Int64: 'number',
  JSON: 'unknown',
  JSONString: 'string',
};

// Every output goes through scripts/codegen-formatted.cjs, which runs the plugins listed in
// `generate` and formats their text with prettier, so generated/ diffs line by line and
// `graphql-codegen --check` compares exactly what is committed.
const formatted = ['./scripts/codegen-formatted.cjs'];

const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  documents: 'operations/**/*.graphql',
  generates: {
    'generated/graphql.ts': {
      plugins: formatted,
      config: {
        generate: ['typescript-operations', 'typed-document-node'],
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
    'generated/resolvers.ts': {
      // The fake's resolver signatures: a schema field the fake serves that is removed or retyped fails to compile there.
      plugins: formatted,
      config: {
        generate: ['typescript', 'typescript-resolvers'],
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
    'generated/schema-sdl.ts': {
      plugins: formatted,
      config: { generate: ['./scripts/codegen-sdl-plugin.cjs'] },
    },
    'generated/schema-shapes.ts': {
      plugins: formatted,
      config: { generate: ['./scripts/codegen-shapes-plugin.cjs'] },
    },
  },
};

export default config;
