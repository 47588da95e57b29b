import { buildSchema, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import type { Resolvers } from '../../generated/resolvers';
import { typeDefs } from '../../generated/schema-sdl';
import type { FakeStore } from './store';
import type { UserRecord } from './users/records';

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

/**
 * Builds an executable schema from the project's SDL and the areas' resolvers, in order (an area
 * may serve a field an earlier one serves, as registries extend projects). The resolvers' types
 * come from the SDL, so they cannot drift apart; a resolver for a type the schema lacks (a map
 * built at run time) is an error here too.
 */
export function buildFakeSchema(resolverMaps: readonly Resolvers[]): GraphQLSchema {
  const schema = buildSchema(typeDefs);
  for (const map of resolverMaps) {
    for (const [typeName, fields] of Object.entries(map) as Array<[string, Record<string, unknown>]>) {
      const type = schema.getType(typeName);
      if (!type || !isObjectType(type)) throw new Error(`fake resolvers: no object type ${typeName} in the schema`);
      const schemaFields = type.getFields();
      for (const [fieldName, resolve] of Object.entries(fields)) {
        const field = schemaFields[fieldName];
        if (!field || typeof resolve !== 'function') throw new Error(`fake resolvers: no field ${typeName}.${fieldName} in the schema`);
        field.resolve = resolve as GraphQLFieldResolver<unknown, FakeContext>;
      }
    }
  }
  return schema;
}
