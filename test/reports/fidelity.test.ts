import { useFakeWandb } from '../support/fake';
import { pythonPost } from '../support/python';

/** `api.reports()` of the Python client (wandb 0.30.0), from the fields WIRE.md lists. */
const { fake } = useFakeWandb();

const PROJECT_VIEWS = `query ProjectViews($project: String!, $entity: String!, $reportCursor: String,
    $reportLimit: Int!, $viewType: String = "runs", $viewName: String) {
  project(name: $project, entityName: $entity) {
    allViews(viewType: $viewType, viewName: $viewName, first: $reportLimit, after: $reportCursor) {
      edges {
        node { id name displayName description user { username photoUrl email } spec updatedAt createdAt }
        cursor
      }
      pageInfo { endCursor hasNextPage }
    }
  }
}`;

describe('requests of the Python client for reports', () => {
  it("ProjectViews, paged with reportCursor and the query's default view type", async () => {
    fake.seed.entity({ name: 'team' });
    fake.seed.report({ entity: 'team', project: 'p', displayName: 'First', runSets: [{ selections: ['a'] }] });
    fake.seed.report({ entity: 'team', project: 'p', displayName: 'Second' });
    fake.seed.report({ entity: 'team', project: 'p', displayName: 'Workspace', type: 'project-view' });

    const first = await pythonPost(fake, PROJECT_VIEWS, { project: 'p', entity: 'team', viewName: null, reportCursor: null, reportLimit: 1 });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const page = (
      first.body.data?.project as {
        allViews: { edges: Array<{ cursor: string; node: Record<string, unknown> }>; pageInfo: { hasNextPage: boolean } };
      }
    ).allViews;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const node = page.edges[0]!.node;
    expect(node).toMatchObject({
      displayName: 'First',
      description: null,
      user: { username: 'demo-user', photoUrl: null, email: 'demo-user@example.com' },
    });
    expect(JSON.parse(node.spec as string)).toMatchObject({ panelGroups: [{ runSets: [{ selections: { tree: ['a'] } }] }] });

    // The client takes the next cursor from the last edge.
    const second = await pythonPost(fake, PROJECT_VIEWS, {
      project: 'p',
      entity: 'team',
      viewName: null,
      reportCursor: page.edges[0]!.cursor,
      reportLimit: 1,
    });
    const rest = (second.body.data?.project as { allViews: { edges: Array<{ node: { displayName: string } }>; pageInfo: { hasNextPage: boolean } } })
      .allViews;
    expect(rest.edges.map((e) => e.node.displayName)).toEqual(['Second']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('a missing project is null, which the client reports as "does not exist"', async () => {
    const { body } = await pythonPost(fake, PROJECT_VIEWS, { project: 'nope', entity: 'demo-user', reportLimit: 50 });
    expect(body).toEqual({ data: { project: null } });
  });
});
