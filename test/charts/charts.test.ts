import { InvalidArgumentError, NotSupportedError, PermissionError, type CreateCustomChartOptions } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';
import { pythonPost } from '../support/python';

const { fake, api } = useFakeWandb();

const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  mark: 'bar',
  data: { name: 'wandb' },
  encoding: { x: { field: '${field:x}', type: 'ordinal' }, y: { field: '${field:y}', type: 'quantitative' } },
};

const chart = (overrides: Partial<CreateCustomChartOptions> = {}): CreateCustomChartOptions => ({
  entity: 'team',
  name: 'bars',
  displayName: 'My bars',
  specType: 'vega2',
  access: 'private',
  spec,
  ...overrides,
});

describe('api.createCustomChart()', () => {
  it('creates the preset and returns its id', async () => {
    fake.seed.entity({ name: 'team' });
    expect(await api().createCustomChart(chart())).toBe('team/bars');
    expect(fake.store.customCharts.get('team/bars')).toMatchObject({ displayName: 'My bars', type: 'vega2', access: 'PRIVATE', user: 'demo-user' });
    expect(JSON.parse(fake.store.customCharts.get('team/bars')!.spec)).toEqual(spec);
    expect(await api().createCustomChart(chart({ name: 'text', access: 'public', spec: JSON.stringify(spec) }))).toBe('team/text');
    expect(fake.store.customCharts.get('team/text')?.access).toBe('PUBLIC');
  });

  it('refuses bad arguments before any request, naming the argument', async () => {
    const cases: Array<[Partial<CreateCustomChartOptions>, string]> = [
      [{ entity: '' }, 'entity'],
      [{ name: '' }, 'name'],
      [{ displayName: ' ' }, 'displayName'],
      [{ specType: 'vega3' as never }, 'specType'],
      [{ access: 'team' as never }, 'access'],
      [{ spec: '{not json' }, 'spec'],
      [{ spec: [] as never }, 'spec'],
    ];
    for (const [overrides, argument] of cases) {
      const error = await rejectionOf(api().createCustomChart(chart(overrides)));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(argument);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it("surfaces the server's refusal for an entity the key may not write to", async () => {
    fake.seed.entity({ name: 'strangers', withViewer: false });
    expect(await rejectionOf(api().createCustomChart(chart({ entity: 'strangers' })))).toBeInstanceOf(PermissionError);
  });

  it('says NotSupportedError when the server has no custom charts', async () => {
    fake.seed.entity({ name: 'team' });
    fake.store.unsupportedFields.add('Mutation.createCustomChart');
    const error = await rejectionOf(api().createCustomChart(chart()));
    expect(error).toBeInstanceOf(NotSupportedError);
    expect(error.message).toMatch(/^Custom charts: not supported/);
  });

  it('says NotSupportedError when the server rejects the mutation at validation (HTTP 400)', async () => {
    fake.seed.entity({ name: 'team' });
    fake.failNext('CreateCustomChart', {
      status: 400,
      body: JSON.stringify({ errors: [{ message: 'Cannot query field "createCustomChart" on type "Mutation".' }] }),
    });
    expect(await rejectionOf(api().createCustomChart(chart()))).toBeInstanceOf(NotSupportedError);
  });

  it('takes the request the Python client sends', async () => {
    fake.seed.entity({ name: 'team' });
    const { body } = await pythonPost(
      fake,
      `mutation CreateCustomChart($entity: String!, $name: String!, $displayName: String!, $type: String!, $access: String!, $spec: JSONString!) {
        createCustomChart(input: { entity: $entity, name: $name, displayName: $displayName, type: $type, access: $access, spec: $spec }) { chart { id } }
      }`,
      { entity: 'team', name: 'py', displayName: 'From Python', type: 'vega2', access: 'PRIVATE', spec: JSON.stringify(spec) },
    );
    expect(body).toEqual({ data: { createCustomChart: { chart: { id: 'team/py' } } } });
  });
});
