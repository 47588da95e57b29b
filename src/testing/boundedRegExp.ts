import { RE2JS } from 're2js';

/**
 * Fault targets match request paths with a pattern the user (or anyone who can reach the control
 * endpoints) gives. JavaScript's backtracking engine takes exponential time on patterns such as
 * `^/(a+)+$`: one 33-character path would block the fake for many seconds. Patterns are matched
 * here with RE2's linear-time engine instead; one that needs backtracking (backreferences,
 * lookaround) is refused when the fault is armed.
 */

/** Longest pattern accepted, in characters: far more than any path pattern needs. */
export const MAX_PATTERN_LENGTH = 1000;

function flagsFor(pattern: RegExp): number {
  let flags = 0;
  if (pattern.ignoreCase) flags |= RE2JS.CASE_INSENSITIVE;
  if (pattern.multiline) flags |= RE2JS.MULTILINE;
  if (pattern.dotAll) flags |= RE2JS.DOTALL;
  return flags;
}

/**
 * A `RegExp` whose `test` runs in time linear in the text (RE2 semantics, which agree with
 * JavaScript's for the patterns paths need). `exec` and the string methods that use it only run
 * the JavaScript engine on text the linear one matched.
 */
export class BoundedRegExp extends RegExp {
  readonly #linear: RE2JS;

  /**
   * @throws {TypeError} for a pattern longer than {@link MAX_PATTERN_LENGTH} or one that cannot be matched in linear time
   */
  constructor(pattern: RegExp | string) {
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    if (source.length > MAX_PATTERN_LENGTH) throw new TypeError(`path pattern: longer than ${MAX_PATTERN_LENGTH} characters`);
    super(pattern);
    try {
      this.#linear = RE2JS.compile(source, flagsFor(this));
    } catch (error) {
      throw new TypeError(
        `path pattern ${JSON.stringify(source.slice(0, 100))} cannot be matched in linear time (no backreferences or lookaround): ${(error as Error).message}`,
      );
    }
  }

  override test(text: string): boolean {
    return this.#linear.matcher(String(text)).find();
  }

  override exec(text: string): RegExpExecArray | null {
    if (!this.test(text)) {
      this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
}

/** A pattern as a {@link BoundedRegExp} (the same object when it already is one). */
export function boundedRegExp(pattern: RegExp | string): BoundedRegExp {
  return pattern instanceof BoundedRegExp ? pattern : new BoundedRegExp(pattern);
}
