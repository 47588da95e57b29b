import { CreateCustomChartDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, ServerError, describeValue } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { checkName } from '../client/paths';
import { requireServerSupport } from '../client/support';
import type { CallOptions } from '../client/transport';

/** Options of `api.createCustomChart()`. */
export interface CreateCustomChartOptions extends CallOptions {
  /** The entity (user or team) that owns the chart. */
  entity: string;
  /** The chart preset's id within the entity. */
  name: string;
  /** The name shown in the W&B app. */
  displayName: string;
  /** The spec language: `vega2` (Vega-Lite). */
  specType: 'vega2';
  /** `private` (the entity only) or `public`. */
  access: 'private' | 'public';
  /** The Vega-Lite spec, as an object or JSON text. */
  spec: Record<string, unknown> | string;
}

/** @internal `api.createCustomChart()`. */
export async function createCustomChart(ctx: SdkContext, options: CreateCustomChartOptions): Promise<string> {
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError('options', 'createCustomChart takes an options object');
  const { entity, name, displayName, specType, access, spec, ...callOptions } = options;
  checkName(entity, 'entity');
  checkName(name, 'chart name', 'name');
  if (typeof displayName !== 'string' || !displayName.trim()) throw new InvalidArgumentError('displayName', 'displayName must be a non-empty string');
  if (specType !== 'vega2') throw new InvalidArgumentError('specType', `specType must be "vega2", got ${describeValue(specType)}`);
  if (access !== 'private' && access !== 'public')
    throw new InvalidArgumentError('access', `access must be "private" or "public", got ${describeValue(access)}`);
  let specJson: string;
  if (typeof spec === 'string') {
    try {
      JSON.parse(spec);
    } catch (e) {
      throw new InvalidArgumentError('spec', 'spec is a string but not valid JSON', { cause: e });
    }
    specJson = spec;
  } else if (spec !== null && typeof spec === 'object' && !Array.isArray(spec)) {
    specJson = encodeJsonArgument(spec, 'spec');
  } else {
    throw new InvalidArgumentError('spec', 'spec must be a Vega-Lite spec object or its JSON text');
  }
  const input = { entity, name, displayName, type: specType, access: access.toUpperCase(), spec: specJson };
  const data = await requireServerSupport('Custom charts', () => ctx.transport.execute(CreateCustomChartDocument, { input }, callOptions));
  const chart = data.createCustomChart?.chart;
  if (!chart) throw new ServerError(`The server did not create custom chart ${entity}/${name}`, { operation: 'CreateCustomChart' });
  return chart.id;
}
