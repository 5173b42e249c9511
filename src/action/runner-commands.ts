/**
 * The runner protocol the action needs (inputs from INPUT_*, workflow commands on stdout, the
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), written out instead of importing @actions/core:
 * core statically pulls @actions/http-client and undici (~1 MB to compile) for OIDC alone, which
 * would take the cold start of a plain run over budget. Same encoding rules as @actions/core.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { AnnotationProps, CoreLike } from './core-like.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(
  command: string,
  props: Record<string, string | number | undefined>,
  message: string,
): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

/** @actions/core's toCommandProperties: columns only make sense on one line, as GitHub renders them. */
function annotationProps(props?: AnnotationProps): Record<string, string | number | undefined> {
  return {
    title: props?.title,
    file: props?.file,
    line: props?.startLine,
    endLine: props?.endLine,
    col: props?.startColumn,
    endColumn: props?.endColumn,
  };
}

/**
 * @actions/core's getIDToken over fetch: GET ACTIONS_ID_TOKEN_REQUEST_URL (+ &audience=) with the
 * request token as bearer; the answer is `{ "value": JWT }`.
 */
export async function requestIdToken(env: Env, audience?: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !token) {
    throw new Error(
      'no OIDC token available: give the job `permissions: id-token: write` ' +
        '(ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN are unset)',
    );
  }
  const target = audience ? `${url}&audience=${encodeURIComponent(audience)}` : url;
  const res = await fetchImpl(target, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  if (!res.ok) throw new Error(`OIDC token request failed: HTTP ${res.status}`);
  const body = (await res.json()) as { value?: unknown };
  if (typeof body.value !== 'string' || !body.value) throw new Error('OIDC token response has no value');
  return body.value;
}

type Env = Record<string, string | undefined>;

export function runnerCore(
  env: Env = process.env,
  write: (line: string) => void = (l) => process.stdout.write(l + EOL),
): CoreLike {
  const fileCommand = (variable: string, text: string): boolean => {
    const file = env[variable];
    if (!file) return false;
    appendFileSync(file, text, 'utf8');
    return true;
  };
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput: (name, value) => {
      const v = String(value);
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (!fileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${EOL}${v}${EOL}${delimiter}${EOL}`)) {
        write(EOL + workflowCommand('set-output', { name }, v));
      }
    },
    setFailed: (message) => {
      process.exitCode = 1;
      write(workflowCommand('error', {}, message));
    },
    setSecret: (secret) => {
      if (secret) write(workflowCommand('add-mask', {}, secret));
    },
    info: (message) => write(message),
    debug: (message) => write(workflowCommand('debug', {}, message)),
    notice: (message, props) => write(workflowCommand('notice', annotationProps(props), message)),
    warning: (message, props) => write(workflowCommand('warning', annotationProps(props), message)),
    error: (message, props) => write(workflowCommand('error', annotationProps(props), message)),
    startGroup: (name) => write(workflowCommand('group', {}, name)),
    endGroup: () => write('::endgroup::'),
    getIDToken: async (audience) => {
      const jwt = await requestIdToken(env, audience);
      write(workflowCommand('add-mask', {}, jwt));
      return jwt;
    },
    appendSummary: async (markdown) => {
      if (!fileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : markdown + EOL)) {
        write('(no GITHUB_STEP_SUMMARY: job summary not written)');
      }
    },
  };
}
