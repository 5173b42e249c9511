/**
 * The real `mermaid` parser, for tests: every diagram the product emits must parse with Mermaid's
 * defaults, as GitHub renders it. Mermaid's DOMPurify needs a DOM, so jsdom provides one.
 * Parsing fills Mermaid's diagram database, which is where `maxEdges` is enforced (FlowDB.addLink
 * throws "Edge limit exceeded"); `maxTextSize` is enforced at render time, so it is checked here.
 */
import { JSDOM } from 'jsdom';

type MermaidApi = {
  initialize(c: object): void;
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: Record<string, (...a: unknown[]) => unknown> }> };
  getConfig?: () => { maxEdges?: number; maxTextSize?: number };
};

let api: Promise<MermaidApi> | undefined;

async function load(): Promise<MermaidApi> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.window ??= dom.window;
  g.document ??= dom.window.document;
  const mod = (await import('mermaid')) as unknown as { default: MermaidApi };
  mod.default.initialize({ startOnLoad: false });
  return mod.default;
}

export function mermaid(): Promise<MermaidApi> {
  api ??= load();
  return api;
}

/** Mermaid's render() swaps a longer text for "Maximum text size in diagram exceeded". */
export const MAX_TEXT_SIZE = 50_000;

/** Parses like GitHub would render; throws with Mermaid's message when it would not render. */
export async function parseMermaid(text: string): Promise<void> {
  if (text.length > MAX_TEXT_SIZE) throw new Error(`Maximum text size in diagram exceeded: ${text.length}`);
  await (await mermaid()).parse(text);
}

/** The tasks Mermaid's Gantt database holds after parsing (one per bar drawn). */
export async function ganttTasks(
  text: string,
): Promise<Array<{ task: string; id: string; startTime: Date; endTime: Date }>> {
  const diagram = await (await mermaid()).mermaidAPI.getDiagramFromText(text);
  return diagram.db.getTasks() as Array<{ task: string; id: string; startTime: Date; endTime: Date }>;
}

export async function ganttTitle(text: string): Promise<string> {
  const diagram = await (await mermaid()).mermaidAPI.getDiagramFromText(text);
  return diagram.db.getDiagramTitle() as string;
}

export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]);
}
