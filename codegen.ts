import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  DateTime: 'string',
  Duration: 'number',
  Int64: 'number',
  JSON: 'unknown',
  JSONString: 'string',
};

const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  documents: 'operations/**/*.graphql',
  generates: {
    'generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        strictScalars: true,
        useTypeImports: true,
        scalars,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'generated/schema-sdl.ts': {
      plugins: ['./scripts/codegen-sdl-plugin.cjs'],
    },
    'generated/schema-shapes.ts': {
      plugins: ['./scripts/codegen-shapes-plugin.cjs'],
    },
  },
};

export default config;
