import * as v from 'valibot';
import { SCHEMA_LIMITS } from './limits';

/** Building blocks of the schemas: every string and list carries its length limit. */

export const text = (max: number = SCHEMA_LIMITS.text) => v.pipe(v.string(), v.maxLength(max));
export const nullableText = (max: number = SCHEMA_LIMITS.text) => v.nullable(text(max));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(SCHEMA_LIMITS.id));
export const label = text(SCHEMA_LIMITS.id);
export const url = text(SCHEMA_LIMITS.url);
export const nullableUrl = v.nullable(url);

export const list = <T extends v.GenericSchema>(item: T, max: number = SCHEMA_LIMITS.items) =>
  v.pipe(v.array(item), v.maxLength(max));

export const integer = v.pipe(v.number(), v.integer());
export const nullableInteger = v.nullable(integer);
export const finite = v.pipe(v.number(), v.finite());
export const nullableFinite = v.nullable(finite);
export const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));

export const timestamp = v.pipe(
  v.string(),
  v.maxLength(SCHEMA_LIMITS.id),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO 8601 time'),
);

/**
 * An object with one entry per key of `keys`, each read by `value`: Record<K, …> as a schema
 * whose every key is required and whose other keys are dropped.
 */
export function everyKey<K extends string, T extends v.GenericSchema>(keys: readonly K[], value: T) {
  return v.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>);
}

/** As everyKey, with every key optional: Partial<Record<K, …>>. */
export function someKeys<K extends string, T extends v.GenericSchema>(keys: readonly K[], value: T) {
  return v.object(
    Object.fromEntries(keys.map((key) => [key, v.optional(value)])) as Record<
      K,
      v.OptionalSchema<T, undefined>
    >,
  );
}
