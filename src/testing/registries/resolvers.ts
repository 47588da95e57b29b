import { GraphQLError } from 'graphql';
import { canReadProject, requireWrite } from '../access';
import {
  collectionsOf,
  deleteProjectArtifacts,
  ensureArtifactType,
  membershipsOf,
  projectMembers,
  REGISTRY_PREFIX,
  registrySettings,
  setRegistrySettings,
  type ArtifactMembershipRecord,
  type ArtifactRecord,
} from '../artifacts/records';
import { connection, type ConnectionArgs } from '../connection';
import type { FakeContext, FakeResolver, ResolverMap } from '../schema';
import { unbase64, type EntityRecord, type ProjectRecord } from '../store';
import { collectionDoc, listCollections, mongoFilter, sortByOrder, versionDoc } from '../artifacts/resolvers';
import { projectResolvers } from '../projects/resolvers';

/** What a project (registry) filter sees of a project. */
function projectDoc(project: ProjectRecord): Record<string, unknown> {
  return {
    name: project.name,
    description: project.description,
    access: project.access,
    created_at: project.createdAt,
    createdAt: project.createdAt,
    updated_at: project.updatedAt,
    updatedAt: project.updatedAt,
  };
}

/** The entity's projects the viewer may read, narrowed by a Mongo-style filter on project fields. */
function entityProjects(ctx: FakeContext, entity: EntityRecord, filters: string | null | undefined, argument: string): ProjectRecord[] {
  const match = mongoFilter(filters, argument);
  return ctx.store.projectsOf(entity.name).filter((p) => canReadProject(ctx, p) && match(projectDoc(p)));
}

const ARTIFACT_TYPE_NAME = /^[A-Za-z0-9_\-.]+$/;

interface UpsertModelArgs {
  input: {
    name?: string | null;
    entityName?: string | null;
    allowAllArtifactTypesInRegistry?: boolean | null;
    artifactTypes?: Array<{ name: string; description?: string | null }> | null;
  };
}

// Registries are projects: creating one is an `upsertModel` with registry fields, so the plain
// project mutation runs first and the registry settings are applied on top.
const upsertProject = projectResolvers.Mutation?.upsertModel as FakeResolver;

export const registryResolvers: ResolverMap = {
  Project: {
    allowAllArtifactTypesInRegistry: (project: ProjectRecord, _args, ctx) =>
      registrySettings(ctx.store, project.entity, project.name)?.allowAllArtifactTypes ?? false,
  },
  Entity: {
    projects: (entity: EntityRecord, args: ConnectionArgs & { filters?: string | null; order?: string | null }, ctx) => {
      const projects = entityProjects(ctx, entity, args.filters, 'filters');
      const ordered = args.order
        ? sortByOrder(projects, args.order, '+name', (p, f) => projectDoc(p)[f], ['name', 'createdAt', 'updatedAt'])
        : projects;
      return connection(ordered, args, (p) => p.name);
    },
    artifactCollections: (
      entity: EntityRecord,
      args: ConnectionArgs & { projectFilters?: string | null; filters?: string | null; order?: string | null; collectionTypes?: string[] | null },
      ctx,
    ) => {
      const projects = entityProjects(ctx, entity, args.projectFilters, 'projectFilters');
      return listCollections(
        projects.flatMap((p) => collectionsOf(ctx.store, p.entity, p.name)),
        args,
      );
    },
    artifactMemberships: (
      entity: EntityRecord,
      args: ConnectionArgs & { projectFilters?: string | null; collectionFilters?: string | null; filters?: string | null; order?: string | null },
      ctx,
    ) => {
      const collectionMatch = mongoFilter(args.collectionFilters, 'collectionFilters');
      const versionMatch = mongoFilter(args.filters, 'filters');
      const memberships = entityProjects(ctx, entity, args.projectFilters, 'projectFilters')
        .flatMap((p) => collectionsOf(ctx.store, p.entity, p.name))
        .filter((c) => collectionMatch(collectionDoc(c)))
        .flatMap((c) => membershipsOf(ctx.store, c.id))
        .filter((m) => {
          const artifact = ctx.store.artifacts.get(m.artifactId) as ArtifactRecord;
          return artifact.state === 'COMMITTED' && versionMatch(versionDoc(artifact, m));
        });
      const ordered = args.order
        ? sortByOrder(
            memberships,
            args.order,
            '-createdAt',
            (m: ArtifactMembershipRecord, f) => versionDoc(ctx.store.artifacts.get(m.artifactId) as ArtifactRecord, m)[f],
            ['createdAt', 'updatedAt', 'versionIndex'],
          )
        : memberships;
      return connection(ordered, args, (m) => m.id);
    },
  },
  Mutation: {
    upsertModel: (root, args: UpsertModelArgs, ctx, info) => {
      const { allowAllArtifactTypesInRegistry: allowAll, artifactTypes } = args.input;
      if (!args.input.name?.startsWith(REGISTRY_PREFIX) && (allowAll !== undefined || artifactTypes !== undefined)) {
        throw new GraphQLError('upsertModel: artifact types are settings of registries (projects named wandb-registry-*)');
      }
      for (const type of artifactTypes ?? []) {
        if (!ARTIFACT_TYPE_NAME.test(type.name) || type.name === 'job' || type.name.startsWith('wandb-')) {
          throw new GraphQLError(`invalid artifact type ${JSON.stringify(type.name)}`);
        }
      }
      const result = upsertProject(root, args, ctx, info) as { inserted: boolean; project: ProjectRecord };
      const project = result.project;
      if (project.name.startsWith(REGISTRY_PREFIX)) {
        const current = registrySettings(ctx.store, project.entity, project.name);
        setRegistrySettings(ctx.store, project.entity, project.name, {
          allowAllArtifactTypes: allowAll ?? current?.allowAllArtifactTypes ?? !artifactTypes?.length,
        });
        for (const type of artifactTypes ?? []) ensureArtifactType(ctx.store, project.entity, project.name, type.name, type.description ?? null);
        // Whoever creates a registry administers it.
        if (result.inserted) projectMembers(ctx.store, project.entity, project.name).users.set(ctx.viewer.username, 'admin');
      }
      return result;
    },
    deleteModel: (_root, { input }: { input: { id: string; clientMutationId?: string | null } }, ctx) => {
      const project = [...ctx.store.projects.values()].find(
        (p) => p.id === input.id || p.internalId === input.id || unbase64(input.id) === unbase64(p.id),
      );
      if (!project || !canReadProject(ctx, project)) throw new GraphQLError(`project ${input.id} not found`);
      requireWrite(ctx, project.entity);
      deleteProjectArtifacts(ctx.store, project.entity, project.name);
      ctx.store.projects.delete(`${project.entity}/${project.name}`);
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
  },
};
