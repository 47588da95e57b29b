// The libraries the fake and the facades build on load under Jest's CommonJS runtime.
import { Query } from 'mingo';
import YAML from 'yaml';

it('loads mingo and yaml under jest', () => {
  expect(new Query({ 'config.lr': { $gte: 0.01 } }).test({ config: { lr: 0.1 } })).toBe(true);
  expect(YAML.parse('a: 1')).toEqual({ a: 1 });
});

it('loads hyparquet and hyparquet-writer under jest', async () => {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const { parquetReadObjects } = await import('hyparquet');
  const file = parquetWriteBuffer({ columnData: [{ name: 'loss', data: [1.5, 0.9], type: 'DOUBLE' }] });
  await expect(parquetReadObjects({ file })).resolves.toEqual([{ loss: 1.5 }, { loss: 0.9 }]);
});
