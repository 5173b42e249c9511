/**
 * The text of `logs/ID.log`: titled sections, `===== TITLE =====` then the body (a newline added
 * when it has none). Written by the engine, read back by `orchestrator record`, and used by the
 * replay provider to write the request exactly as the log shows it, so that a recorded prompt
 * hash and the hash of the prompt being sent are taken over the same text.
 */

export type LogSection = readonly [title: string, body: string | undefined];

export function formatLogSections(sections: ReadonlyArray<LogSection>): string {
  let text = '';
  for (const [title, body] of sections)
    if (body !== undefined) text += `===== ${title} =====\n${body}${body.endsWith('\n') ? '' : '\n'}`;
  return text;
}

/** The request of an LLM call as its log shows it (before redaction): the system prompt, then the prompt. */
export function loggedPrompt(system: string | undefined, prompt: string): string {
  return formatLogSections([
    ['system', system],
    ['prompt', prompt],
  ]);
}

/** Titles the engine writes; a line inside a body that looks like a header with another title stays body text. */
const KNOWN_TITLE =
  /^(system|prompt|response \(.*\)|error|skipped|judge [a-z]+( \(.*\))?|[a-z]+ \(sample \d+.*\)|sample \d+ \(.*\))$/;

export interface ParsedSection {
  title: string;
  /** As written, with the newline the writer adds when a body has none. */
  body: string;
}

export function parseStepLog(text: string): ParsedSection[] {
  const out: ParsedSection[] = [];
  let current: ParsedSection | undefined;
  for (const line of text.split(/(?<=\n)/)) {
    const m = /^===== (.*) =====\n$/.exec(line);
    if (m && KNOWN_TITLE.test(m[1]!)) {
      current = { title: m[1]!, body: '' };
      out.push(current);
    } else if (current) current.body += line;
  }
  return out;
}
