import type { Resolvers } from '../../../generated/resolvers';
import { canReadProject } from '../access';
import { connection } from '../connection';
import type { ViewRecord } from './records';
import type { FakeContext } from '../schema';
import { requireSupported } from '../unsupported';

function visible(ctx: FakeContext, view: ViewRecord): boolean {
  const project = ctx.store.project(view.entity, view.project);
  return project !== undefined && canReadProject(ctx, project);
}

/** Reports: views of a project, listed by type and name, or fetched by id. */
export const reportResolvers: Resolvers = {
  Query: {
    view: (_root, args, ctx) => {
      const view = ctx.store.views.get(args.id);
      if (!view || !visible(ctx, view) || (args.type && view.type !== args.type)) return null;
      return view;
    },
  },
  Project: {
    allViews: (project, args, ctx) => {
      requireSupported(ctx, 'Project.allViews');
      const views = [...ctx.store.views.values()].filter(
        (v) =>
          v.entity === project.entity &&
          v.project === project.name &&
          (!args.viewType || v.type === args.viewType) &&
          (!args.viewName || v.name === args.viewName) &&
          (!args.userName || v.user === args.userName),
      );
      return connection(views, args, (v) => v.id);
    },
  },
  View: {
    entityName: (view) => view.entity,
    projectName: (view) => view.project,
    project: (view, _args, ctx) => ctx.store.project(view.entity, view.project) ?? null,
    user: (view, _args, ctx) => (view.user ? (ctx.store.users.get(view.user) ?? null) : null),
  },
};
