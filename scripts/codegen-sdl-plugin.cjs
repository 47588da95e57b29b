// graphql-codegen plugin: emits the project's merged SDL as a string constant, so the fake W&B
// can build its executable schema without reading files at run time.
const { printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    return `// The project's W&B schema as SDL, generated from schema/ by npm run codegen.\nexport const typeDefs: string = ${JSON.stringify(printSchema(schema))};\n`;
  },
};
