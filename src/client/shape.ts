import { leafTypes, outputTypes } from '../../generated/schema-shapes';
import { describeValue, ServerError } from './errors';

/**
 * Checks a GraphQL answer against what its operation asked for, by the schema: every selected
 * field present, `null` only where the schema allows it, lists as arrays, objects as objects, and
 * scalars of their JSON type (`Int` a whole number, `String` a string, ...). The SDK's facades and
 * its paginator rely on exactly that shape, so an answer that breaks it (`pageInfo: null`,
 * `edges: [null]`, `tags: "str"`) is reported here, in one place, as a {@link ServerError} naming
 * the path, instead of failing later as a `TypeError` or turning into wrong data.
 */

/** The parts of a GraphQL document's AST the check reads (the same for every parser). */
interface Named {
  readonly value: string;
}
interface SelectionSetNode {
  readonly selections: readonly SelectionNode[];
}
type SelectionNode =
  | {
      readonly kind: 'Field';
      readonly name: Named;
      readonly alias?: Named | undefined;
      readonly directives?: readonly unknown[] | undefined;
      readonly selectionSet?: SelectionSetNode | undefined;
    }
  | {
      readonly kind: 'InlineFragment';
      readonly typeCondition?: { readonly name: Named } | undefined;
      readonly directives?: readonly unknown[] | undefined;
      readonly selectionSet: SelectionSetNode;
    }
  | { readonly kind: 'FragmentSpread'; readonly name: Named; readonly directives?: readonly unknown[] | undefined };
interface DefinitionNode {
  readonly kind: string;
  readonly operation?: 'query' | 'mutation' | 'subscription';
  readonly name?: Named | undefined;
  readonly selectionSet?: SelectionSetNode;
}
/** A parsed GraphQL document, as urql and graphql-js both shape it. */
export interface AnswerDocument {
  readonly definitions: readonly DefinitionNode[];
}

const ROOTS = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** Where the check is, for the message: `project.runs.edges[3].node.tags`. */
type Path = readonly (string | number)[];

function pathText(path: Path): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(the data)';
}

class Malformed {
  constructor(
    readonly path: Path,
    readonly expected: string,
    readonly got: unknown,
  ) {}
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function scalarOk(type: string, value: unknown): boolean {
  switch (type) {
    case 'Int':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2 ** 31;
    case 'Int64':
    case 'Duration':
      return typeof value === 'number' && Number.isFinite(value);
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'Boolean':
      return typeof value === 'boolean';
    case 'ID':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
    case 'JSON':
      return true;
    default:
      // String, DateTime, JSONString and any scalar the schema adds are sent as strings.
      return typeof value === 'string';
  }
}

/** Whether an object of `concrete` type matches a fragment on `condition`. */
function fragmentApplies(condition: string, concrete: string): boolean {
  if (condition === concrete) return true;
  const shape = outputTypes[condition];
  return shape?.possible?.includes(concrete) ?? false;
}

/** A type reference (`[Run!]!`) taken apart once. */
interface TypeRef {
  readonly nonNull: boolean;
  /** The named type, or for a list the type of its items. */
  readonly inner: string;
  readonly list: boolean;
  readonly leaf: 'enum' | 'scalar' | undefined;
}

const typeRefs = new Map<string, TypeRef>();

function typeRefOf(text: string): TypeRef {
  let ref = typeRefs.get(text);
  if (!ref) {
    const nonNull = text.endsWith('!');
    const bare = nonNull ? text.slice(0, -1) : text;
    const list = bare.startsWith('[');
    const inner = list ? bare.slice(1, -1) : bare;
    typeRefs.set(text, (ref = { nonNull, inner, list, leaf: list ? undefined : leafTypes[inner] }));
  }
  return ref;
}

class Checker {
  /**
   * Where the check is: one array for the whole answer, pushed and popped on the way down, and
   * copied only for a message (an answer of thousands of objects allocates no path per field).
   */
  private readonly path: Array<string | number> = [];

  constructor(private readonly fragments: ReadonlyMap<string, SelectionSetNode & { typeCondition: string }>) {}

  /** Starts a new answer (a previous check may have stopped half-way down, at a throw). */
  reset(): void {
    this.path.length = 0;
  }

  private malformed(expected: string, got: unknown, last?: string | number): Malformed {
    return new Malformed(last === undefined ? [...this.path] : [...this.path, last], expected, got);
  }

  /** `value` against `typeRef` (`[Run!]!`); `selectionSet` for object types. */
  value(value: unknown, typeRef: string, selectionSet: SelectionSetNode | undefined): void {
    const ref = typeRefOf(typeRef);
    if (value === null || value === undefined) {
      if (ref.nonNull) throw this.malformed(typeRef, value);
      return;
    }
    if (ref.list) {
      if (!Array.isArray(value)) throw this.malformed(typeRef, value);
      const path = this.path;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        this.value(value[i], ref.inner, selectionSet);
        path.pop();
      }
      return;
    }
    if (ref.leaf === 'enum') {
      if (typeof value !== 'string') throw this.malformed(typeRef, value);
      return;
    }
    if (ref.leaf === 'scalar') {
      if (!scalarOk(ref.inner, value)) throw this.malformed(typeRef, value);
      return;
    }
    if (!isPlainObject(value)) throw this.malformed(typeRef, value);
    if (selectionSet) this.object(value, ref.inner, selectionSet, true);
  }

  /**
   * The selected fields of one object of type `typeName`. Fields under a fragment that may not
   * apply (an inline fragment on another member of an interface, with no `__typename` to tell)
   * are checked only when present.
   */
  object(value: Record<string, unknown>, typeName: string, selectionSet: SelectionSetNode, required: boolean): void {
    const shape = outputTypes[typeName];
    const concrete = typeof value.__typename === 'string' ? value.__typename : undefined;
    for (const selection of selectionSet.selections) {
      const conditional = (selection.directives?.length ?? 0) > 0;
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        const key = selection.alias?.value ?? name;
        const field = value[key];
        if (name === '__typename') {
          if (field !== undefined && typeof field !== 'string') throw this.malformed('String!', field, key);
          continue;
        }
        const typeRef = shape?.fields[name];
        // A field the schema does not know was refused by codegen; nothing to hold it to.
        if (typeRef === undefined) continue;
        if (field === undefined) {
          if (required && !conditional) throw this.malformed(typeRef, field, key);
          continue;
        }
        this.path.push(key);
        this.value(field, typeRef, selection.selectionSet);
        this.path.pop();
        continue;
      }
      let condition: string | undefined;
      let set: SelectionSetNode | undefined;
      if (selection.kind === 'InlineFragment') {
        condition = selection.typeCondition?.name.value;
        set = selection.selectionSet;
      } else {
        const fragment = this.fragments.get(selection.name.value);
        if (!fragment) continue;
        condition = fragment.typeCondition;
        set = fragment;
      }
      const target = condition ?? typeName;
      const known = concrete ?? (shape?.possible ? undefined : typeName);
      const applies = target === typeName ? true : known === undefined ? undefined : fragmentApplies(target, known);
      if (applies === false) continue;
      this.object(value, target, set, required && applies === true && !conditional);
    }
  }
}

const checkers = new WeakMap<AnswerDocument, { checker: Checker; root: string; selectionSet: SelectionSetNode } | null>();

function checkerFor(document: AnswerDocument): { checker: Checker; root: string; selectionSet: SelectionSetNode } | null {
  let entry = checkers.get(document);
  if (entry === undefined) {
    const fragments = new Map<string, SelectionSetNode & { typeCondition: string }>();
    let operation: DefinitionNode | undefined;
    for (const definition of document.definitions) {
      if (definition.kind === 'OperationDefinition') operation ??= definition;
      else if (definition.kind === 'FragmentDefinition' && definition.name && definition.selectionSet) {
        const condition = (definition as { typeCondition?: { name: Named } }).typeCondition?.name.value ?? '';
        fragments.set(definition.name.value, { selections: definition.selectionSet.selections, typeCondition: condition });
      }
    }
    entry =
      operation?.selectionSet && operation.operation
        ? { checker: new Checker(fragments), root: ROOTS[operation.operation], selectionSet: operation.selectionSet }
        : null;
    checkers.set(document, entry);
  }
  return entry;
}

/**
 * Checks `data`, the answer to `document`, against the shape the schema gives it.
 * @param scrub removes the API key from a value quoted in the message (before it is shortened)
 * @throws {@link ServerError} naming the first place the answer departs from the schema
 */
export function checkAnswerShape(document: AnswerDocument, data: unknown, operation: string, scrub: (text: string) => string = (t) => t): void {
  const entry = checkerFor(document);
  if (!entry) return;
  try {
    if (!isPlainObject(data)) throw new Malformed([], 'an object', data);
    entry.checker.reset();
    entry.checker.object(data, entry.root, entry.selectionSet, true);
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    const got = typeof error.got === 'string' ? describeValue(scrub(error.got)) : error.got === undefined ? 'nothing' : describeValue(error.got);
    throw new ServerError(`${operation}: the server's answer is malformed: ${pathText(error.path)} should be ${error.expected}, got ${got}`, {
      operation,
    });
  }
}
