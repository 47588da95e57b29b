import type { Resolvers } from '../../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { requireWrite } from '../access';

import { parseJsonObjectArg, requireSupported } from '../unsupported';
import { newRunQueueItem } from '../launch/resolvers';

/** Launch jobs: launching one puts its run spec on a run queue, for an agent to pick up. */
export const jobResolvers: Resolvers = {
  Mutation: {
    pushToRunQueueByName: (_root, { input }, ctx) => {
      requireSupported(ctx, 'Mutation.pushToRunQueueByName');
      const queue = ctx.store.runQueues.get(`${input.entityName}/${input.projectName}/${input.queueName}`);
      if (!queue) throw new GraphQLError(`run queue ${input.queueName} not found in ${input.entityName}/${input.projectName}`);
      requireWrite(ctx, queue.entity);
      const runSpec = parseJsonObjectArg(input.runSpec, 'runSpec');
      if (!runSpec) throw new GraphQLError('runSpec must be a JSON object');
      const item = newRunQueueItem(ctx, queue, { runSpec });
      return { runQueueItemId: item.id, runSpec: JSON.stringify(item.runSpec), clientMutationId: input.clientMutationId ?? null };
    },
  },
};
