/**
 * Output extraction (docs/reference.md section 1): `text` writes the response as returned; `code` the
 * first fenced block's content, `code:LANG` the first block of that language, newline-terminated.
 * Fences follow CommonMark: ``` or ~~~, three or more, closed by the same character at least as long.
 */
import { OrchestratorError } from '../util/errors.js';

export interface FencedBlock {
  lang: string;
  content: string;
  closed: boolean;
}

const OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*$/;

export function fencedBlocks(text: string): FencedBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = OPEN.exec(lines[i]!);
    if (!m) continue;
    const fence = m[1]!;
    const lang = (m[2] ?? '').toLowerCase();
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    const body: string[] = [];
    let closed = false;
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (close.test(lines[j]!)) {
        closed = true;
        break;
      }
      body.push(lines[j]!);
    }
    blocks.push({ lang, content: body.join('\n'), closed });
    i = j;
  }
  return blocks;
}

export class ExtractionError extends OrchestratorError {
  constructor(message: string, hint: string) {
    super('E_EXTRACT', message, { hint });
  }
}

/** The content an output gets from a response. Throws ExtractionError when the extraction finds nothing. */
export function extract(text: string, how: string, outputPath: string): string {
  if (how === 'text') return text;
  const lang = how.startsWith('code:') ? how.slice(5).toLowerCase() : undefined;
  const blocks = fencedBlocks(text);
  const block = blocks.find((b) => b.closed && (lang === undefined || b.lang === lang));
  if (!block) {
    const unclosed = blocks.find((b) => !b.closed && (lang === undefined || b.lang === lang));
    const what = lang ? `fenced \`\`\`${lang} code block` : 'fenced code block';
    if (unclosed) {
      throw new ExtractionError(
        `${outputPath}: the response's ${what} is never closed (was the answer cut off?)`,
        "raise options.max_tokens, or check the finish reason in the step's events",
      );
    }
    const seen = blocks.length
      ? ` (found blocks in: ${[...new Set(blocks.map((b) => b.lang || 'no language'))].join(', ')})`
      : '';
    throw new ExtractionError(
      `${outputPath}: no ${what} in the response${seen}`,
      lang
        ? `ask for a \`\`\`${lang} block in the prompt, or use extract: code`
        : 'ask for a fenced code block in the prompt, or use extract: text',
    );
  }
  return block.content.endsWith('\n') ? block.content : `${block.content}\n`;
}
