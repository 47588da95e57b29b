import { buildSchema, type GraphQLFieldResolver, type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import { typeDefs } from '../../generated/schema-sdl';
import type { FakeStore, UserRecord } from './store';

/** What every resolver of the fake receives as context. */
export interface FakeContext {
  readonly store: FakeStore;
  /** The user whose API key made the request. */
  readonly viewer: UserRecord;
  /** Origin of the request (`http://127.0.0.1:1234`), for the W&B URLs the fake hands out. */
  readonly origin: string;
  /** Origin of the storage URLs the fake hands out: another origin, as real storage is. */
  readonly storageOrigin: string;
  /** Names of the server features switched on. */
  readonly features: ReadonlySet<string>;
}

// Resolvers receive whatever record their parent returned; each area knows its own shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FakeResolver = GraphQLFieldResolver<any, FakeContext, any>;

/** Resolvers by type and field name, as each area of the fake declares them. */
export type ResolverMap = Record<string, Record<string, FakeResolver>>;

/**
 * Builds an executable schema from the project's SDL and the given resolvers. A resolver for a
 * type or field the SDL lacks is an error here, so the two cannot drift apart silently.
 */
export function buildFakeSchema(resolverMaps: readonly ResolverMap[]): GraphQLSchema {
  const schema = buildSchema(typeDefs);
  for (const map of resolverMaps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const type = schema.getType(typeName);
      if (!type || !(isObjectType(type) || isInterfaceType(type))) throw new Error(`fake resolvers: no object type ${typeName} in the schema`);
      const schemaFields = type.getFields();
      for (const [fieldName, resolve] of Object.entries(fields)) {
        const field = schemaFields[fieldName];
        if (!field) throw new Error(`fake resolvers: no field ${typeName}.${fieldName} in the schema`);
        field.resolve = resolve;
      }
    }
  }
  return schema;
}
