/**
 * A short description of any value for an error message: strings quoted (and cut when long),
 * numbers and booleans as written, other things by kind (`a Map`, `an array`, `an object`).
 * Never throws, whatever the value (`String()` and `JSON.stringify` both do for some).
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        if (Array.isArray(value)) return 'an array';
        // A Map, a Set, a Date, a Promise, ... by its tag; a plain object (or one with an odd tag)
        // is "an object".
        const tag = Object.prototype.toString.call(value).slice(8, -1);
        if (tag !== 'Object' && /^[A-Za-z][\w$]{0,39}$/.test(tag)) return `${/^[AEIO]/.test(tag) ? 'an' : 'a'} ${tag}`;
      } catch {
        // A revoked proxy cannot be looked at.
      }
      return 'an object';
  }
}
