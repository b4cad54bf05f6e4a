/**
 * The field names a zod schema allows at a path of some data, for "did you mean" on unknown keys:
 * walks objects, arrays, optional/default wrappers and discriminated unions (the option is the one
 * whose discriminator matches the data there).
 */
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch']);

/** The schema with its wrappers removed and, for a union, the option that fits `data`. */
function resolve(schema: z.ZodType, data: unknown): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'union' && def.options) {
      const tag =
        def.discriminator && typeof data === 'object' && data !== null
          ? (data as Record<string, unknown>)[def.discriminator]
          : undefined;
      const match = def.options.find((o) => {
        const shape = defOf(resolve(o, undefined)).shape;
        const lit = shape && def.discriminator ? shape[def.discriminator] : undefined;
        const values = lit ? (defOf(lit) as unknown as { values?: unknown[] }).values : undefined;
        return values?.includes(tag);
      });
      if (!match) return s;
      s = match;
    } else return s;
  }
}

export function keysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  let s = resolve(schema, data);
  let v: unknown = data;
  for (const segment of path) {
    const def = defOf(s);
    v =
      typeof v === 'object' && v !== null
        ? (v as Record<PropertyKey, unknown>)[segment]
        : undefined;
    if (def.type === 'object' && def.shape) {
      const next = def.shape[String(segment)];
      if (!next) return [];
      s = resolve(next, v);
    } else if (def.type === 'array' && def.element) s = resolve(def.element, v);
    else if (def.type === 'record') return [];
    else return [];
  }
  const def = defOf(s);
  if (def.type === 'union' && def.options)
    return [
      ...new Set(def.options.flatMap((o) => Object.keys(defOf(resolve(o, undefined)).shape ?? {}))),
    ];
  return Object.keys(def.shape ?? {});
}
