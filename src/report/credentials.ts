/**
 * What a run without credentials left out: the steps skipped `needs_credentials` (those that need
 * a call, then those that need them). Shown in the CLI summary, the job summary and the PR comment
 * as the work a run with credentials would execute (docs/reference.md, "Runs without credentials").
 */
import type { Manifest } from '../run/manifest-types.js';

export const NEEDS_CREDENTIALS_REASON = 'needs_credentials';

/** The skipped steps in spec order (instances with their step). */
export function stepsNeedingCredentials(manifest: Pick<Manifest, 'steps'>): string[] {
  return Object.entries(manifest.steps)
    .filter(([, st]) => st.status === 'skipped' && st.reason === NEEDS_CREDENTIALS_REASON)
    .map(([id]) => id);
}

/** One Markdown section, or '' when nothing was skipped for credentials. */
export function credentialsSection(manifest: Pick<Manifest, 'steps'>, max = 50): string {
  const ids = stepsNeedingCredentials(manifest);
  if (ids.length === 0) return '';
  const shown = ids.slice(0, max).map((id) => `- \`${id.replace(/`/g, "'")}\``);
  if (ids.length > max) shown.push(`- ... and ${ids.length - max} more`);
  return [
    `### Not run: no credentials`,
    '',
    `This run had no credentials (a pull request from a fork, or \`credentials: none\`): steps found in the ` +
      `cache were served at $0; ${ids.length} step(s) that need a model call, and the steps that need them, ` +
      `were skipped. Their gates and golden files are unmeasured. A run with credentials would execute:`,
    '',
    ...shown,
    '',
  ].join('\n');
}

/** One plain line for the terminal, or ''. */
export function credentialsLine(manifest: Pick<Manifest, 'steps'>): string {
  const ids = stepsNeedingCredentials(manifest);
  if (ids.length === 0) return '';
  return (
    `no credentials: ${ids.length} step(s) skipped (needs_credentials); a run with credentials would execute: ` +
    `${ids.slice(0, 20).join(', ')}${ids.length > 20 ? `, ... (${ids.length - 20} more)` : ''}`
  );
}
