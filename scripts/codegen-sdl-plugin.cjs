// graphql-codegen plugin: emits the project's merged SDL as a string constant, so the fake W&B
// can build its executable schema without reading files at run time. The SDL is written as a
// template literal, one schema line per source line, so a schema change shows as a line diff.
const { printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    const sdl = printSchema(schema).replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    return `// The project's W&B schema as SDL, generated from schema/ by npm run codegen.\nexport const typeDefs: string = \`${sdl}\n\`;\n`;
  },
};
