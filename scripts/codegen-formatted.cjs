// graphql-codegen plugin: runs the plugins named in its `generate` option on the same inputs and
// formats their output with the repository's prettier settings. The formatting happens inside
// codegen, so `graphql-codegen --check` compares the formatted text that generated/ holds.
const path = require('node:path');
const { codegen } = require('@graphql-codegen/core');
const { getCachedDocumentNodeFromSchema } = require('@graphql-codegen/plugin-helpers');
const prettier = require('prettier');

function load(name) {
  return require(name.startsWith('.') ? path.resolve(name) : `@graphql-codegen/${name}`);
}

module.exports = {
  plugin: async (schema, documents, config, info) => {
    const { generate, ...rest } = config;
    if (!Array.isArray(generate) || generate.length === 0) throw new Error('codegen-formatted: the `generate` option must list plugins');
    const content = await codegen({
      filename: info.outputFile,
      schema: getCachedDocumentNodeFromSchema(schema),
      schemaAst: schema,
      documents,
      config: rest,
      plugins: generate.map((name) => ({ [name]: {} })),
      pluginMap: Object.fromEntries(generate.map((name) => [name, load(name)])),
    });
    const options = await prettier.resolveConfig(path.resolve('codegen.ts'));
    return prettier.format(content, { ...options, filepath: path.resolve(info.outputFile ?? 'generated.ts') });
  },
};
