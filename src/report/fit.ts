/**
 * Fits a report under a size limit measured in the unit GitHub counts (characters of a comment,
 * bytes of a job summary). Each section offers levels of detail, richest first; the fitter shrinks
 * sections one level at a time, least important first, round after round, before it drops any,
 * and drops the least important first: failures are the last thing to go. A cut inside a fence or
 * a <details> would break the page, so sections are only ever swapped whole.
 */
export interface Section {
  name: string;
  /** Higher = kept longer. The first section (title, totals) should be Infinity. */
  keep: number;
  /** How many levels render() accepts (0 = richest). */
  levels: number;
  render(level: number): string;
}

export type Measure = (text: string) => number;

export const measureChars: Measure = (t) => t.length;
export const measureBytes: Measure = (t) => Buffer.byteLength(t, 'utf8');

export interface FitResult {
  text: string;
  /** Section name -> level used (absent = dropped). */
  levels: Map<string, number>;
  dropped: string[];
}

const SEP = '\n\n';

export function fitReport(
  sections: readonly Section[],
  limit: number,
  measure: Measure,
  droppedNote: (names: string[]) => string,
): FitResult {
  const cache = new Map<string, { text: string; size: number }>();
  const get = (i: number, level: number) => {
    const k = `${i}:${level}`;
    let hit = cache.get(k);
    if (!hit) {
      const text = sections[i].render(level);
      hit = { text, size: measure(text) };
      cache.set(k, hit);
    }
    return hit;
  };
  const level = sections.map(() => 0);
  const dropped = new Set<number>();
  const sepSize = measure(SEP);
  const size = () => {
    let total = 0;
    let parts = 0;
    sections.forEach((_, i) => {
      if (dropped.has(i)) return;
      const s = get(i, level[i]);
      if (!s.text) return;
      total += s.size;
      parts++;
    });
    const note = dropped.size ? measure(droppedNote(names())) + sepSize : 0;
    return total + Math.max(0, parts - 1) * sepSize + note + 1;
  };
  const names = () => [...dropped].sort((a, b) => a - b).map((i) => sections[i].name);
  const order = sections
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.keep - b.s.keep || b.i - a.i)
    .map((x) => x.i);

  // Phase 1: shrink, a level at a time, least important first, until it fits or nothing shrinks.
  let shrunk = true;
  while (size() > limit && shrunk) {
    shrunk = false;
    for (const i of order) {
      if (level[i] < sections[i].levels - 1) {
        level[i]++;
        shrunk = true;
        if (size() <= limit) break;
      }
    }
  }
  // Phase 2: drop whole sections, least important first; the first section always stays.
  for (const i of order) {
    if (size() <= limit) break;
    if (sections[i].keep !== Infinity) dropped.add(i);
  }
  const parts = sections.flatMap((_, i) => (dropped.has(i) ? [] : [get(i, level[i]).text])).filter(Boolean);
  if (dropped.size) parts.push(droppedNote(names()));
  let text = `${parts.join(SEP)}\n`;
  if (measure(text) > limit) text = hardCut(text, limit, measure, droppedNote(['the rest']));
  const levels = new Map<string, number>();
  sections.forEach((s, i) => {
    if (!dropped.has(i)) levels.set(s.name, level[i]);
  });
  return { text, levels, dropped: names() };
}

/** Last resort (a limit smaller than the title): whole lines, then close any open fence and <details>. */
function hardCut(text: string, limit: number, measure: Measure, note: string): string {
  const budget = limit - measure(note) - 64;
  let out = '';
  let used = 0;
  let fenceOpen: string | undefined;
  let details = 0;
  for (const line of text.split('\n')) {
    const add = measure(line) + 1;
    if (used + add > budget) break;
    out += `${line}\n`;
    used += add;
    const f = line.match(/^(`{3,}|~{3,})/);
    if (f) fenceOpen = fenceOpen === undefined ? f[1] : line.trim() === fenceOpen ? undefined : fenceOpen;
    if (fenceOpen === undefined)
      details += (line.match(/<details[ >]/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
  }
  if (fenceOpen) out += `${fenceOpen}\n`;
  out += '\n</details>\n'.repeat(Math.max(0, details));
  return `${out}\n${note}\n`;
}
