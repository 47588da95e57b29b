import { describeValue, InvalidArgumentError } from './errors';

/**
 * Whether a value can be an options object: an object literal, an object without a prototype or
 * an instance of a class, but not an array, a `Map`, a `Date`, a boxed primitive or any other
 * built-in object (each of which has its own `Object.prototype.toString` tag).
 */
export function isOptionsObject(value: unknown): value is object {
  // The tag, not the prototype, so objects made in another realm (a `vm` context, an iframe) pass.
  if (typeof value !== 'object' || value === null) return false;
  try {
    return Object.prototype.toString.call(value) === '[object Object]';
  } catch {
    // A revoked proxy.
    return false;
  }
}

/**
 * An options argument as the method reads it: `undefined` and `null` both mean "no options".
 * Call it first thing in every public method that takes an options object, so a JavaScript caller
 * passing `null` gets the defaults, and one passing a number, a string or an array an
 * {@link InvalidArgumentError}, never a `TypeError`.
 * @param value what the caller passed
 * @param name the parameter's name, for the error
 * @returns `value`, or `{}` for `undefined` and `null` (so a field the method requires is still to be checked)
 * @throws {@link InvalidArgumentError} naming `name` when `value` is anything else that is not an options object
 */
export function optionsOf<T extends object>(value: T | null | undefined, name = 'options'): T {
  if (value === undefined || value === null) return {} as T;
  if (!isOptionsObject(value)) throw new InvalidArgumentError(name, `${name} must be an object (or left out), got ${describeValue(value)}`);
  return value;
}
