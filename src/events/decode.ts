/**
 * Event lines decoded once, at the boundary, into checked types. Two views of a line:
 *
 * - `decodeEvent`: the whole payload matches its type's schema (./schemas.ts), or the line is not
 *   decoded. For readers that act on an event (the fold, progress lines).
 * - `viewEvent`: every field of the payload that matches its schema, the rest dropped
 *   (`Partial`, all the way down). For readers that show what a run left: an older version's
 *   payload, a partial or forged one still shows what it holds, and a field of the wrong type
 *   reads as absent instead of reaching a renderer.
 *
 * A type this version does not write (a newer version's) has neither view: typed readers pass it
 * by, generic ones print its fields (`fieldsOf`, ./types.ts). The envelope was checked when the
 * line was read (./reader.ts); a torn last line never gets here.
 */
import { z } from 'zod';
import { EVENT_DATA } from './schemas.js';
import type { EventEnvelope, EventPayloads, EventType, KnownEvent, OrchestratorEvent } from './types.js';

/** Every event type this version writes: the keys of the schema table. */
export const EVENT_TYPES: readonly EventType[] = Object.freeze(Object.keys(EVENT_DATA) as EventType[]);

export function isEventType(type: unknown): type is EventType {
  return typeof type === 'string' && Object.hasOwn(EVENT_DATA, type);
}

/** The typed view of an event line, or undefined when its type is unknown or its payload does not match. */
export function decodeEvent(event: OrchestratorEvent): KnownEvent | undefined {
  if (!isEventType(event.type)) return undefined;
  const parsed = EVENT_DATA[event.type].safeParse(event.data);
  if (!parsed.success) return undefined;
  // The schema of `event.type` accepted the payload: the pair is that type's event.
  return { ...event, type: event.type, data: parsed.data } as KnownEvent;
}

/** T with every field optional, down through objects and arrays: what a partial payload may hold. */
export type Lenient<T> = T extends readonly (infer E)[]
  ? Lenient<E>[]
  : T extends object
    ? { [K in keyof T]?: Lenient<T[K]> }
    : T;

/** An event of a type this version writes, with the fields of its payload that checked out. */
export type EventView = {
  [T in EventType]: EventEnvelope & { type: T; data: Lenient<EventPayloads[T]> };
}[EventType];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The lenient form of a payload schema: an object keeps each field that parses (a field that does
 * not reads as absent), an array the items that parse, a record the entries that parse, and a
 * union the first member that parses whole, else the member its discriminator names, read leniently.
 */
function lenient(s: z.ZodType): z.ZodType {
  if (s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    return z.looseObject(
      Object.fromEntries(Object.entries(shape).map(([k, f]) => [k, lenient(f).optional().catch(undefined)])),
    );
  }
  if (s instanceof z.ZodOptional) return lenient(s.unwrap() as z.ZodType).optional();
  if (s instanceof z.ZodNullable) return lenient(s.unwrap() as z.ZodType).nullable();
  if (s instanceof z.ZodArray) {
    const item = lenient(s.element as z.ZodType);
    return z.array(z.unknown()).transform((items) =>
      items.flatMap((v) => {
        const r = item.safeParse(v);
        return r.success ? [r.data] : [];
      }),
    );
  }
  if (s instanceof z.ZodRecord) {
    const value = lenient(s.valueType as z.ZodType);
    return z.record(z.string(), z.unknown()).transform((rec) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rec)) {
        const r = value.safeParse(v);
        if (r.success) out[k] = r.data;
      }
      return out;
    });
  }
  if (s instanceof z.ZodUnion) {
    const options = s.options as z.ZodType[];
    const tag = (s.def as { discriminator?: string }).discriminator;
    const loose = options.map(lenient);
    return z.unknown().transform((v, ctx) => {
      for (const o of options) {
        const r = o.safeParse(v);
        if (r.success) return r.data;
      }
      if (tag !== undefined && isObject(v)) {
        for (const o of loose) {
          const r = o.safeParse(v);
          if (r.success && isObject(r.data) && r.data[tag] !== undefined) return r.data;
        }
      }
      ctx.addIssue({ code: 'custom', message: 'no member of the union matches' });
      return z.NEVER;
    });
  }
  return s;
}

const LENIENT = new Map<string, z.ZodType>();

/**
 * The lenient schema of a type, or with `fields` of just those fields of an object payload (the
 * others left out, not passed through): a reader of two scalars of job.started does not decode its
 * 10,000-entry graph.
 */
function lenientSchema(type: EventType, fields?: readonly string[]): z.ZodType {
  const key = fields ? `${type} ${fields.join(',')}` : type;
  let s = LENIENT.get(key);
  if (!s) {
    const full = EVENT_DATA[type];
    if (fields && full instanceof z.ZodObject) {
      const shape = full.shape as Record<string, z.ZodType>;
      s = z.object(
        Object.fromEntries(
          fields.filter((f) => Object.hasOwn(shape, f)).map((f) => [f, lenient(shape[f]!).optional().catch(undefined)]),
        ),
      );
    } else s = lenient(full);
    LENIENT.set(key, s);
  }
  return s;
}

/**
 * The lenient typed view of an event line (see the top of this file), or undefined when it is not
 * an object or its type is not one this version writes. With `fields`, only those fields of an
 * object payload are decoded (every field of a view is optional, so a reader of those fields
 * reads the same values).
 */
export function viewEvent(event: unknown, fields?: readonly string[]): EventView | undefined {
  if (!isObject(event) || !isEventType(event.type)) return undefined;
  const payload = isObject(event.data) ? event.data : {};
  let data: unknown;
  if (fields) data = lenientSchema(event.type, fields).safeParse(payload).data;
  else {
    const strict = EVENT_DATA[event.type].safeParse(payload);
    data = strict.success ? strict.data : lenientSchema(event.type).safeParse(payload).data;
  }
  // Either the strict schema of `event.type` accepted the payload, or its lenient form (every
  // field optional and checked) produced it: the pair is that type's view. The envelope is the
  // line's as read (./reader.ts checked it on the way in).
  return { ...event, type: event.type, data: data ?? {} } as EventView;
}

/** A payload field of any of the types T. */
export type FieldOf<T extends EventType> = T extends EventType ? keyof EventPayloads[T] & string : never;

/** The view of one event type. */
export type ViewOf<T extends EventType> = Extract<EventView, { type: T }>;

/**
 * `viewEvent` over a list: the lines of types this version writes, as their lenient views. With
 * `only`, just the lines of those types (the others are not decoded at all: a reader of two types
 * in a long log pays for those two); with `fields`, just those fields of their payloads.
 */
export function viewEvents(events: Iterable<unknown>): Generator<EventView>;
export function viewEvents<T extends EventType>(
  events: Iterable<unknown>,
  only: readonly T[],
  fields?: readonly FieldOf<T>[],
): Generator<ViewOf<T>>;
export function* viewEvents(
  events: Iterable<unknown>,
  only?: readonly EventType[],
  fields?: readonly string[],
): Generator<EventView> {
  const wanted = only && new Set<unknown>(only);
  for (const line of events) {
    if (wanted && !(isObject(line) && wanted.has(line.type))) continue;
    const e = viewEvent(line, fields);
    if (e) yield e;
  }
}
