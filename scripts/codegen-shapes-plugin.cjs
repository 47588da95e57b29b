// graphql-codegen plugin: emits, for each output type of the project's schema, its fields and
// their types (`[String!]!`), and the kind of each leaf type, so the SDK can check that an answer
// has the shape its operation asked for without building a schema at run time.
const { isEnumType, isInterfaceType, isObjectType, isScalarType, isUnionType } = require('graphql');

module.exports = {
  plugin(schema) {
    const types = {};
    const leaves = {};
    for (const [name, type] of Object.entries(schema.getTypeMap()).sort(([a], [b]) => a.localeCompare(b))) {
      if (name.startsWith('__')) continue;
      if (isScalarType(type)) leaves[name] = 'scalar';
      else if (isEnumType(type)) leaves[name] = 'enum';
      else if (isObjectType(type) || isInterfaceType(type)) {
        const fields = {};
        for (const [fieldName, field] of Object.entries(type.getFields())) fields[fieldName] = String(field.type);
        const entry = { fields };
        const interfaces = type.getInterfaces().map((i) => i.name);
        if (interfaces.length) entry.implements = interfaces;
        if (isInterfaceType(type)) entry.possible = schema.getPossibleTypes(type).map((t) => t.name);
        types[name] = entry;
      } else if (isUnionType(type)) types[name] = { fields: {}, possible: type.getTypes().map((t) => t.name) };
    }
    return [
      "// Output types of the project's W&B schema, their fields and field types, generated from schema/ by npm run codegen.",
      'export interface OutputShape {',
      '  readonly fields: Readonly<Record<string, string>>;',
      '  readonly implements?: readonly string[];',
      '  readonly possible?: readonly string[];',
      '}',
      `export const outputTypes: Readonly<Record<string, OutputShape>> = ${JSON.stringify(types)};`,
      `export const leafTypes: Readonly<Record<string, 'scalar' | 'enum'>> = ${JSON.stringify(leaves)};`,
      '',
    ].join('\n');
  },
};
