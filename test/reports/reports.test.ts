import { InvalidArgumentError, NotFoundError, NotSupportedError, Report } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

/** Answers the next runs listing with no runs, so a test can read the filters the SDK sent. */
function captureNextRuns() {
  const empty = { data: { project: { runCount: 0, runs: { edges: [], pageInfo: { endCursor: null, hasNextPage: false } } } } };
  fake.failNext('Runs', { status: 200, body: JSON.stringify(empty) });
  return () => fake.requests.filter((r) => r.operationName === 'Runs').at(-1)?.variables;
}

function seedProject() {
  fake.seed.entity({ name: 'team' });
  for (const [id, lr] of [
    ['r1', 0.1],
    ['r2', 0.01],
    ['r3', 0.001],
  ] as const) {
    fake.seed.run({ entity: 'team', project: 'p', id, config: { lr }, summary: { loss: lr * 2 } });
  }
}

describe('api.reports()', () => {
  it("lists a project's reports with parsed specs", async () => {
    seedProject();
    const seeded = fake.seed.report({
      entity: 'team',
      project: 'p',
      name: 'weekly',
      displayName: 'Weekly: loss & lr!',
      description: 'what changed',
      runSets: [{ name: 'picked', selections: ['r1', 'r3'] }],
      createdAt: new Date('2026-02-01T10:00:00Z'),
      updatedAt: new Date('2026-02-02T10:00:00Z'),
    });
    fake.seed.report({ entity: 'team', project: 'p', displayName: 'Workspace', type: 'project-view' });
    fake.seed.report({ entity: 'team', project: 'other', displayName: 'Elsewhere' });
    const reports = await api().reports('team/p').toArray();
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report).toBeInstanceOf(Report);
    expect(report).toMatchObject({
      id: seeded.id,
      name: 'weekly',
      displayName: 'Weekly: loss & lr!',
      description: 'what changed',
      entity: 'team',
      project: 'p',
      user: { username: 'demo-user', name: 'demo-user', email: 'demo-user@example.com' },
      createdAt: new Date('2026-02-01T10:00:00Z'),
      updatedAt: new Date('2026-02-02T10:00:00Z'),
    });
    expect(report.spec).toMatchObject({ panelGroups: [{ runSets: [{ name: 'picked' }] }] });
    expect(report.sections).toHaveLength(1);
    expect(report.sections[0]?.runSets[0]).toMatchObject({ name: 'picked', selections: ['r1', 'r3'] });
    expect(report.url).toBe(`https://wandb.test/team/p/reports/Weekly-loss-lr--${seeded.id.replace(/=/g, '')}`);
  });

  it('finds a report by name (URL-encoded names too), in pages, with a count', async () => {
    seedProject();
    for (let i = 0; i < 5; i++) fake.seed.report({ entity: 'team', project: 'p', name: `r ${i}`, displayName: `Report ${i}` });
    const named = await api().reports('team/p', { name: 'r%203' }).toArray();
    expect(named.map((r) => r.displayName)).toEqual(['Report 3']);
    const all = api().reports('team/p', { perPage: 2 });
    expect((await all.toArray()).map((r) => r.displayName)).toEqual(['Report 0', 'Report 1', 'Report 2', 'Report 3', 'Report 4']);
    expect(fake.operations().filter((o) => o === 'ProjectReports')).toHaveLength(4);
    expect(await api().reports('team/p').length()).toBe(5);
  });

  it('uses the default project, and says NotFoundError for a missing project', async () => {
    seedProject();
    fake.seed.report({ entity: 'team', project: 'p', displayName: 'One' });
    expect((await api({ entity: 'team', project: 'p' }).reports().toArray()).map((r) => r.displayName)).toEqual(['One']);
    expect(await rejectionOf(api().reports('team/nope').toArray())).toBeInstanceOf(NotFoundError);
  });

  it('refuses bad arguments before any request', async () => {
    expect(() => api().reports('a/b/c')).toThrow(InvalidArgumentError);
    expect(() => api().reports('team/p', { perPage: 0 })).toThrow(InvalidArgumentError);
    expect(() => api().reports('team/p', { name: '' })).toThrow(InvalidArgumentError);
    expect(fake.requests).toHaveLength(0);
  });

  it('says NotSupportedError when the server has no reports', async () => {
    seedProject();
    fake.store.unsupportedFields.add('Project.allViews');
    expect(await rejectionOf(api().reports('team/p').toArray())).toBeInstanceOf(NotSupportedError);
  });
});

describe('report.runs()', () => {
  it('lists every run of a run set without filters or selection', async () => {
    seedProject();
    fake.seed.report({
      entity: 'team',
      project: 'p',
      displayName: 'All',
      runSets: [{ sort: { key: { section: 'run', name: 'createdAt' }, ascending: true } }],
    });
    const [report] = await api().reports('team/p').toArray();
    const runs = await report!.runs().toArray();
    expect(runs.map((r) => r.name)).toEqual(['r1', 'r2', 'r3']);
    expect(fake.requests.at(-1)?.variables).toMatchObject({ entity: 'team', project: 'p', order: '+createdAt', filters: null });
  });

  it("sends the run set's selection, filters and sort to the runs listing", async () => {
    seedProject();
    fake.seed.report({
      entity: 'team',
      project: 'p',
      displayName: 'Filtered',
      runSets: [
        {
          selections: ['r2', 'r3'],
          sort: { key: { section: 'summary', name: 'loss' }, ascending: true },
          filters: {
            op: 'OR',
            filters: [
              {
                op: 'AND',
                filters: [
                  { key: { section: 'config', name: 'lr.value' }, op: '<=', value: 0.01 },
                  { key: { section: 'run', name: 'state' }, op: '=', value: 'finished' },
                  { key: { section: 'tags', name: 'baseline' }, op: '=', value: false },
                  { key: { section: 'summary', name: 'loss' }, op: '>', value: 1, disabled: true },
                ],
              },
            ],
          },
        },
      ],
    });
    const [report] = await api().reports('team/p').toArray();
    const sent = captureNextRuns();
    await report!.runs({ perPage: 7 }).toArray();
    expect(sent()).toMatchObject({ order: '+summary_metrics.loss', first: 7 });
    expect(JSON.parse(sent()?.filters as string)).toEqual({
      $and: [
        {
          $or: [
            {
              $and: [{ 'config.lr.value': { $lte: 0.01 } }, { state: 'finished' }, { $or: [{ tags: null }, { tags: { $ne: 'baseline' } }] }],
            },
          ],
        },
        { name: { $in: ['r2', 'r3'] } },
      ],
    });

    const unselected = captureNextRuns();
    await report!.runs({ onlySelected: false }).toArray();
    const plain = JSON.parse(unselected()?.filters as string) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(['$or']);
    expect(JSON.stringify(plain)).not.toContain('$in');
  });

  it('reads run sets from the panel-grid blocks of newer reports', async () => {
    seedProject();
    fake.seed.report({
      entity: 'team',
      project: 'p',
      displayName: 'Blocks',
      spec: {
        version: 5,
        blocks: [
          { type: 'paragraph', children: [{ text: 'hello' }] },
          {
            type: 'panel-grid',
            metadata: {
              openRunSet: 1,
              runSets: [
                { name: 'first', selections: { tree: ['r1'] } },
                { name: 'second', selections: { tree: ['r2'] } },
              ],
            },
          },
        ],
      },
    });
    const [report] = await api().reports('team/p').toArray();
    expect(report!.sections.map((s) => s.runSets.map((r) => r.name))).toEqual([['first', 'second']]);
    const sent = captureNextRuns();
    await report!.runs().toArray();
    expect(JSON.parse(sent()?.filters as string)).toEqual({ name: { $in: ['r2'] } });
  });

  it('refuses a section or run set the report does not have', async () => {
    seedProject();
    fake.seed.report({ entity: 'team', project: 'p', displayName: 'Empty', spec: { blocks: [] } });
    fake.seed.report({ entity: 'team', project: 'p', displayName: 'One set', runSets: [{}] });
    const [empty, one] = await api().reports('team/p').toArray();
    expect(() => empty!.runs()).toThrow(InvalidArgumentError);
    expect(() => one!.runs({ runSet: 3 })).toThrow(/no run set 3/);
  });
});

describe('api.fromPath() for reports', () => {
  it('finds a report from its URL (Title--id, padding dropped)', async () => {
    seedProject();
    const seeded = fake.seed.report({ entity: 'team', project: 'p', displayName: 'Weekly summary' });
    const [listed] = await api().reports('team/p').toArray();
    const found = await api().fromPath(listed!.url);
    expect(found).toBeInstanceOf(Report);
    expect((found as Report).id).toBe(seeded.id);
    expect(await api().fromPath(`team/p/reports/${seeded.id}`)).toBeInstanceOf(Report);
  });

  it('says NotFoundError for an unknown id or a report of another project', async () => {
    seedProject();
    const seeded = fake.seed.report({ entity: 'team', project: 'other', displayName: 'Elsewhere' });
    expect(await rejectionOf(api().fromPath('team/p/reports/Title--VmlldzoxMjM0'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(api().fromPath(`team/p/reports/Elsewhere--${seeded.id}`))).toBeInstanceOf(NotFoundError);
  });

  it('refuses a report part without an id before any request', async () => {
    const error = await rejectionOf(api().fromPath('team/p/reports/Weekly-summary'));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toMatch(/Title--report_id/);
    expect(fake.requests).toHaveLength(0);
  });
});
