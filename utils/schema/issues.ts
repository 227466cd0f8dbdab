import * as v from 'valibot';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A short view of a refused value (never the whole of a long one). */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string' && value.length > 40) return `${JSON.stringify(value.slice(0, 37))}…`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  loose_object: 'an object',
  array: 'a list',
  integer: 'an integer',
  finite: 'a finite number',
  min_length: 'a non-empty value',
};

/** What a schema node looks like to this module: enough to walk a path and name what it wants. */
interface SchemaNode {
  type: string;
  expects: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  pipe?: readonly { type: string }[];
  /** A variant's discriminating key and its options, each an object with that key's literal. */
  key?: string;
  options?: readonly SchemaNode[];
  literal?: unknown;
}

/** The node without its optional/nullable wrappers, and a variant resolved by the value's key. */
function unwrap(node: SchemaNode | undefined, value: unknown): SchemaNode | undefined {
  while (node?.wrapped) node = node.wrapped;
  if (node?.type !== 'variant' || typeof value !== 'object' || value === null) return node;
  const tag = (value as Record<string, unknown>)[node.key ?? ''];
  return node.options?.find((option) => option.entries?.[node.key ?? '']?.literal === tag);
}

/** The schema an issue's path leads to, so a missing field can say what was expected. */
function nodeAt(schema: SchemaNode, issue: v.BaseIssue<unknown>): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const item of issue.path ?? []) {
    node = unwrap(node, item.input);
    node = typeof item.key === 'number' ? node?.item : node?.entries?.[String(item.key)];
  }
  return node;
}

function nounOf(node: SchemaNode): string {
  if (node.wrapped) {
    const inner = nounOf(node.wrapped);
    return node.type === 'nullable' ? `${inner} or null` : inner;
  }
  if (node.type === 'number' && node.pipe?.some((action) => action.type === 'integer')) return 'an integer';
  if (node.type === 'picklist') return `one of ${node.expects}`;
  return NOUNS[node.type] ?? node.expects;
}

/** "candidates[2].profile.person" from an issue's path, under `root`. */
function pathOf(issue: v.BaseIssue<unknown>, root: string): string {
  let path = root;
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path || '(top level)';
}

function problemOf(issue: v.BaseIssue<unknown>, schema: SchemaNode): string {
  if (issue.type === 'max_length') {
    const unit = typeof issue.input === 'string' ? 'characters' : 'items';
    return `longer than the limit of ${String(issue.requirement)} ${unit} (${issue.received})`;
  }
  if (issue.type === 'check') return `${issue.message}, found ${shown(issue.input)}`;
  const missing = issue.path?.at(-1)?.origin === 'key';
  const node = issue.kind === 'schema' ? nodeAt(schema, issue) : undefined;
  const noun = node ? nounOf(node) : (NOUNS[issue.type] ?? issue.expected ?? issue.message);
  return `expected ${noun}, found ${missing ? 'nothing' : shown(issue.input)}`;
}

/** The first problem with a value, as "path: what was expected, what was found". */
export function describeIssue(issue: v.BaseIssue<unknown>, schema: v.GenericSchema, root = ''): string {
  return `${pathOf(issue, root)}: ${problemOf(issue, schema as unknown as SchemaNode)}`;
}

/**
 * Checks `value` against `schema` and returns what the schema rebuilds (known fields only), or the
 * first problem with its path under `root` (e.g. "profile.publications[3].title: …").
 */
export function check<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  root = '',
): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, reason: describeIssue(result.issues[0], schema, root) };
}
