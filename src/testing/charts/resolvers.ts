import type { Resolvers } from '../../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { isMember, linked, requireWrite } from '../access';
import type { CustomChartRecord } from './records';

import { requireSupported } from '../unsupported';

/** Custom chart presets of an entity. */
export const chartResolvers: Resolvers = {
  Query: {
    customChart: (_root, args, ctx) => {
      const chart = ctx.store.customCharts.get(args.id);
      return chart && (chart.access === 'PUBLIC' || isMember(ctx, chart.entity)) ? chart : null;
    },
  },
  Mutation: {
    createCustomChart: (_root, { input }, ctx) => {
      requireSupported(ctx, 'Mutation.createCustomChart');
      if (!ctx.store.entities.has(input.entity)) throw new GraphQLError(`entity ${input.entity} not found`);
      requireWrite(ctx, input.entity);
      if (!input.name) throw new GraphQLError('name must not be empty');
      if (!['PRIVATE', 'PUBLIC'].includes(input.access)) throw new GraphQLError(`access must be PRIVATE or PUBLIC, got ${input.access}`);
      try {
        JSON.parse(input.spec);
      } catch {
        throw new GraphQLError('spec is not valid JSON');
      }
      const id = `${input.entity}/${input.name}`;
      if (ctx.store.customCharts.has(id)) throw new GraphQLError(`a custom chart named ${input.name} already exists in ${input.entity}`);
      const now = ctx.store.tick();
      const chart: CustomChartRecord = {
        id,
        entity: input.entity,
        name: input.name,
        displayName: input.displayName,
        type: input.type,
        access: input.access,
        spec: input.spec,
        user: ctx.viewer.username,
        createdAt: now,
        updatedAt: now,
      };
      ctx.store.customCharts.set(id, chart);
      return { chart, clientMutationId: input.clientMutationId ?? null };
    },
  },
  CustomChart: {
    entity: (chart, _args, ctx) => linked(ctx.store.entities.get(chart.entity), `entity ${chart.entity}`),
    user: (chart, _args, ctx) => linked(ctx.store.users.get(chart.user), `user ${chart.user}`),
  },
};
