/**
 * Walks parsed data alongside its zod schema to find what the shape check alone cannot say:
 * every figure (an object whose schema extends Provenance: Figure, Distribution, Location, Tariff,
 * Capacity, Schedule, Waypoints, Closure …) and every field the schema does not know (a typo that
 * zod would silently strip, e.g. `asumption`). Reads zod 4 schema definitions (`_zod.def`).
 */
import type { z } from 'zod';
import type { PathSegment } from './path.ts';

export interface WalkVisitor {
  /** an object whose schema carries `source` and `assumption` */
  figure(value: Record<string, unknown>, path: PathSegment[]): void;
  /** a key the schema does not define; `known` lists the keys it does */
  unknownKey(path: PathSegment[], known: string[]): void;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  discriminator?: string;
  values?: unknown[];
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default/… wrappers down to the schema that describes the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (
      def.innerType &&
      ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(
        def.type,
      )
    ) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      break;
    }
  }
  return current;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Picks the union member that describes `data`: by discriminator value, else the first that parses. */
function pickOption(def: Def, data: unknown): z.ZodType | undefined {
  const options = def.options ?? [];
  if (def.discriminator && isRecord(data)) {
    const key = def.discriminator;
    const match = options.find((option) => {
      const field = defOf(unwrap(option)).shape?.[key];
      return field !== undefined && (defOf(unwrap(field)).values ?? []).includes(data[key]);
    });
    if (match) return match;
  }
  return (
    options.find((option) => option.safeParse(data).success) ??
    (isRecord(data) ? options.find((o) => defOf(unwrap(o)).type === 'object') : undefined)
  );
}

export function walkSchema(
  schema: z.ZodType,
  data: unknown,
  path: PathSegment[],
  visitor: WalkVisitor,
): void {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'object': {
      if (!isRecord(data) || !def.shape) return;
      const shape = def.shape;
      if ('source' in shape && 'assumption' in shape) visitor.figure(data, path);
      for (const [key, value] of Object.entries(data)) {
        const field = shape[key];
        if (field) walkSchema(field, value, [...path, key], visitor);
        else visitor.unknownKey([...path, key], Object.keys(shape));
      }
      return;
    }
    case 'array':
      if (Array.isArray(data) && def.element)
        data.forEach((item, i) => walkSchema(def.element!, item, [...path, i], visitor));
      return;
    case 'tuple':
      if (Array.isArray(data))
        data.forEach(
          (item, i) => def.items?.[i] && walkSchema(def.items[i], item, [...path, i], visitor),
        );
      return;
    case 'record':
      if (isRecord(data) && def.valueType)
        for (const [key, value] of Object.entries(data))
          walkSchema(def.valueType, value, [...path, key], visitor);
      return;
    case 'union': {
      const option = pickOption(def, data);
      if (option) walkSchema(option, data, path, visitor);
      return;
    }
    default:
      return;
  }
}
