/**
 * Event lines decoded once, at the boundary: a line of a known type whose payload matches its
 * schema (./schemas.ts) becomes a typed `KnownEvent`; anything else (a type a newer version
 * writes, a payload that is damaged or forged) is not decoded, and typed readers pass it by. The
 * envelope was checked when the line was read (./reader.ts); a torn last line never gets here.
 */
import { EVENT_DATA } from './schemas.js';
import type { EventType, KnownEvent, OrchestratorEvent } from './types.js';

/** Every event type this version writes: the keys of the schema table. */
export const EVENT_TYPES: readonly EventType[] = Object.freeze(Object.keys(EVENT_DATA) as EventType[]);

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_DATA, type);
}

/** The typed view of an event line, or undefined when its type is unknown or its payload does not match. */
export function decodeEvent(event: OrchestratorEvent): KnownEvent | undefined {
  if (!isEventType(event.type)) return undefined;
  const parsed = EVENT_DATA[event.type].safeParse(event.data);
  if (!parsed.success) return undefined;
  // The schema of `event.type` accepted the payload: the pair is that type's event.
  return { ...event, type: event.type, data: parsed.data } as KnownEvent;
}
