import { describeValue, InvalidArgumentError } from './errors';

/** The logical operators, which combine whole filter documents. */
const LOGICAL = new Set(['$and', '$or', '$nor']);
/** The operators W&B's Mongo-style filters take on one field. */
const FIELD_OPERATORS = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$all', '$exists', '$regex', '$options']);
const LIST_OPERATORS = new Set(['$in', '$nin', '$all']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function checkCondition(condition: unknown, argument: string, at: string): void {
  if (!isPlainObject(condition)) return;
  const keys = Object.keys(condition);
  const operators = keys.filter((k) => k.startsWith('$'));
  if (operators.length === 0) return;
  if (operators.length !== keys.length)
    throw new InvalidArgumentError(argument, `${argument}${at} mixes operators with plain keys (${keys.join(', ')})`);
  for (const operator of operators) {
    const value = condition[operator];
    const where = `${argument}${at}.${operator}`;
    if (!FIELD_OPERATORS.has(operator))
      throw new InvalidArgumentError(argument, `${where}: unknown operator; W&B takes ${[...FIELD_OPERATORS].join(' ')}`);
    if (LIST_OPERATORS.has(operator) && !Array.isArray(value))
      throw new InvalidArgumentError(argument, `${where} needs a list, got ${describeValue(value)}`);
    if (operator === '$exists' && typeof value !== 'boolean')
      throw new InvalidArgumentError(argument, `${where} needs true or false, got ${describeValue(value)}`);
    if (operator === '$options' && typeof value !== 'string')
      throw new InvalidArgumentError(argument, `${where} needs a string of regex flags, got ${describeValue(value)}`);
    if (operator === '$regex') {
      if (typeof value !== 'string') throw new InvalidArgumentError(argument, `${where} needs a string, got ${describeValue(value)}`);
      try {
        new RegExp(value);
      } catch {
        throw new InvalidArgumentError(argument, `${where}: ${JSON.stringify(value)} is not a valid regular expression`);
      }
    }
  }
}

function checkDocument(filter: unknown, argument: string, at: string): void {
  if (!isPlainObject(filter))
    throw new InvalidArgumentError(argument, `${argument}${at} must be a filter object such as { name: 'x' }, got ${describeValue(filter)}`);
  for (const [key, value] of Object.entries(filter)) {
    const where = `${at}.${key}`;
    if (LOGICAL.has(key)) {
      if (!Array.isArray(value) || value.length === 0)
        throw new InvalidArgumentError(argument, `${argument}${where} needs a non-empty list of filter objects`);
      Array.from(value).forEach((part, i) => checkDocument(part, argument, `${where}[${i}]`));
    } else if (key.startsWith('$')) {
      throw new InvalidArgumentError(
        argument,
        `${argument}${where}: ${key} cannot be used at the top of a filter; use ${[...LOGICAL].join(', ')} there and field operators under a field name`,
      );
    } else if (key === '') {
      throw new InvalidArgumentError(argument, `${argument}${where} has an empty field name`);
    } else {
      checkCondition(value, argument, where);
    }
  }
}

/**
 * Checks the shape of a Mongo-style filter as W&B takes it: `$and`, `$or` and `$nor` over
 * non-empty lists of filters, and on each field a value or known operators with the right
 * operands. Field names are the caller's to check.
 * @throws {@link InvalidArgumentError} naming `argument` and the offending path, before anything is sent
 */
export function checkMongoFilter(filter: unknown, argument: string): Record<string, unknown> {
  checkDocument(filter, argument, '');
  return filter as Record<string, unknown>;
}
