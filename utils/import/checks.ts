/** A value that is not what a backup must hold, with where it is (e.g. candidates[2].tags[0]). */
export class Invalid extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export type Obj = Record<string, unknown>;

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export function fail(path: string, expected: string, value: unknown): never {
  throw new Invalid(path, `expected ${expected}, found ${shown(value)}`);
}

export function obj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
  return value as Obj;
}

export function str(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'a string', value);
  return value;
}

export function strOrNull(value: unknown, path: string): void {
  if (value !== null) str(value, path);
}

export function int(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'an integer', value);
}

export function intOrNull(value: unknown, path: string): void {
  if (value !== null) int(value, path);
}

export function bool(value: unknown, path: string): void {
  if (typeof value !== 'boolean') fail(path, 'true or false', value);
}

export function oneOf(value: unknown, path: string, allowed: readonly unknown[]): void {
  if (!allowed.includes(value))
    fail(path, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
}

export function arr(value: unknown, path: string, each: (item: unknown, path: string) => void): void {
  if (!Array.isArray(value)) fail(path, 'a list', value);
  value.forEach((item, i) => each(item, `${path}[${i}]`));
}

export function timestamp(value: unknown, path: string): void {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail(path, 'an ISO 8601 time', value);
}

/** Optional fields (added by later profile versions) are checked only when present. */
export function optional(
  record: Obj,
  key: string,
  path: string,
  check: (value: unknown, path: string) => void,
): void {
  if (record[key] !== undefined) check(record[key], `${path}.${key}`);
}
