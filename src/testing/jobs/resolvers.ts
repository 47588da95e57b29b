import { GraphQLError } from 'graphql';
import { requireWrite } from '../access';
import type { ResolverMap } from '../schema';
import { parseJsonObjectArg, requireSupported } from '../unsupported';
import { newRunQueueItem } from '../launch/resolvers';

interface PushToRunQueueByNameInput {
  entityName: string;
  projectName: string;
  queueName: string;
  runSpec: string;
  clientMutationId?: string | null;
}

/** Launch jobs: launching one puts its run spec on a run queue, for an agent to pick up. */
export const jobResolvers: ResolverMap = {
  Mutation: {
    pushToRunQueueByName: (_root, { input }: { input: PushToRunQueueByNameInput }, ctx) => {
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
