/**
 * GitHub-flavoured Markdown -> DOM, for tests that look at what a reader sees. micromark with
 * micromark-extension-gfm follows the CommonMark + GFM specs that GitHub's cmark-gfm implements
 * (tables, strikethrough, autolink literals, task lists). Raw HTML is let through as GitHub's
 * renderer does before its sanitizer, so a test sees exactly what data could inject.
 */
import { JSDOM } from 'jsdom';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function gfmToHtml(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

export function gfmDom(markdown: string): Document {
  return new JSDOM(gfmToHtml(markdown)).window.document;
}

/** Text a reader sees outside code (where GitHub links @mentions, #refs and URLs). */
export function proseText(doc: Document): string {
  const clone = doc.body.cloneNode(true) as HTMLElement;
  for (const el of Array.from(clone.querySelectorAll('code, pre'))) el.remove();
  return clone.textContent ?? '';
}
