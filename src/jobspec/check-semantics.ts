/**
 * What zod cannot say about the checks for model output (docs/reference.md, "Checks for model
 * output"): one text source each (`reference` or `reference_file`, `rubric` or `rubric_file`,
 * `expected` or `expected_file`), their files (confined like every spec-named file, present,
 * readable; an expected_file parses), valid JSON Pointers in `ignore`, and the providers: a
 * judge's provider or route is declared; an embedding's provider is declared and has an
 * embeddings API, and names the embedding `model`.
 */
import { ConfinedFileError, readConfined, specRoot } from '../util/confined-read.js';
import { parse as parseYaml } from 'yaml';
import { canonicalPointer } from '../quality/json-match.js';
import type { Reporter } from './reporter.js';
import type { PathSeg } from './source-map.js';
import { didYouMean } from './suggest.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Provider types with an embeddings API this build calls (src/providers/embeddings.ts). */
const EMBEDDING_TYPES = ['openai', 'openai-compatible', 'ollama', 'azure', 'google', 'vertex', 'bedrock'];

const FILE_HINT = "paths in checks are relative to the spec file's folder";

async function fileProblem(
  rel: string,
  baseDir: string,
  label: string,
): Promise<{ message: string; hint?: string; text?: string }> {
  try {
    const text = (await readConfined(rel, { root: specRoot(baseDir), base: baseDir, label })).toString('utf8');
    return { message: '', text };
  } catch (e) {
    if (e instanceof ConfinedFileError) return { message: e.message, hint: e.hint };
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot be read (${code ?? String(e)})`;
    return { message: `${label} ${JSON.stringify(rel)} ${why}`, hint: FILE_HINT };
  }
}

export interface CheckSemanticsInput {
  steps: Obj;
  providers: Obj;
  routes: Obj;
  baseDir: string;
  report: Reporter;
  /** The spec's `golden` block: its rules are checked like the checks they run. */
  golden?: unknown;
}

export async function checkModelOutputChecks({
  steps,
  providers,
  routes,
  baseDir,
  report,
  golden,
}: CheckSemanticsInput): Promise<void> {
  const pending: Array<Promise<void>> = [];
  const oneOf = (at: PathSeg[], check: Obj, inline: string, file: string, required: boolean, what: string): void => {
    const hasInline = Object.hasOwn(check, inline);
    const hasFile = Object.hasOwn(check, file);
    if (hasInline && hasFile) report.at([...at, file], 'key', `${what}: give ${inline} or ${file}, not both`);
    else if (required && !hasInline && !hasFile) report.at(at, 'key', `${what} needs ${inline} or ${file}`);
  };
  const namedFile = (
    at: PathSeg[],
    rel: unknown,
    label: string,
    parse?: (text: string) => string | undefined,
  ): void => {
    if (typeof rel !== 'string' || rel === '') return;
    pending.push(
      fileProblem(rel, baseDir, label).then((p) => {
        if (p.text === undefined) report.at(at, 'value', p.message, p.hint);
        else {
          const bad = parse?.(p.text);
          if (bad) report.at(at, 'value', `${label} ${JSON.stringify(rel)} ${bad}`);
        }
      }),
    );
  };

  /** One check, or (golden) a golden rule whose reference is the golden file. */
  const checkOne = (at: PathSeg[], check: Obj, golden: boolean): void => {
    {
      if (check.type === 'similar') {
        oneOf(at, check, 'reference', 'reference_file', !golden, 'a similar check');
        namedFile([...at, 'reference_file'], check.reference_file, 'similar reference_file');
        if (check.metric === 'embedding') {
          if (typeof check.provider !== 'string')
            report.at(
              at,
              'key',
              'a similar check with metric embedding needs provider',
              `one of the providers of type ${EMBEDDING_TYPES.join(', ')}`,
            );
          else if (!Object.hasOwn(providers, check.provider)) {
            report.at(
              [...at, 'provider'],
              'value',
              `unknown provider "${check.provider}"`,
              didYouMean(check.provider, Object.keys(providers)) ?? undefined,
            );
          } else {
            const type = isObj(providers[check.provider]) ? (providers[check.provider] as Obj).type : undefined;
            if (typeof type === 'string' && !EMBEDDING_TYPES.includes(type))
              report.at(
                [...at, 'provider'],
                'value',
                `provider "${check.provider}" (type ${type}) has no embeddings API`,
                `metric embedding needs a provider of type ${EMBEDDING_TYPES.join(', ')}`,
              );
          }
          if (typeof check.model !== 'string')
            report.at(
              at,
              'key',
              'a similar check with metric embedding needs model (the embedding model, e.g. text-embedding-3-small)',
            );
        } else if (typeof check.metric === 'string') {
          for (const k of ['provider', 'model'])
            if (Object.hasOwn(check, k))
              report.at([...at, k], 'key', `${k} is for metric embedding only; ${check.metric} is computed locally`);
        }
      } else if (check.type === 'judge') {
        oneOf(at, check, 'rubric', 'rubric_file', true, 'a judge check');
        oneOf(at, check, 'reference', 'reference_file', false, 'a judge check');
        namedFile([...at, 'rubric_file'], check.rubric_file, 'judge rubric_file');
        namedFile([...at, 'reference_file'], check.reference_file, 'judge reference_file');
        if (
          typeof check.provider === 'string' &&
          !Object.hasOwn(providers, check.provider) &&
          !Object.hasOwn(routes, check.provider)
        ) {
          report.at(
            [...at, 'provider'],
            'value',
            `unknown provider or route "${check.provider}" in a judge check`,
            didYouMean(check.provider, [...Object.keys(providers), ...Object.keys(routes)]) ?? undefined,
          );
        }
      } else if (check.type === 'json-match') {
        oneOf(at, check, 'expected', 'expected_file', !golden, 'a json-match check');
        const rel = check.expected_file;
        namedFile([...at, 'expected_file'], rel, 'json-match expected_file', (text) => {
          try {
            if (typeof rel === 'string' && /\.ya?ml$/i.test(rel)) parseYaml(text);
            else JSON.parse(text);
            return undefined;
          } catch (e) {
            return (
              `is not valid ${typeof rel === 'string' && /\.ya?ml$/i.test(rel) ? 'YAML' : 'JSON'}: ` +
              `${(e as Error).message.split('\n')[0]}`
            );
          }
        });
        if (Array.isArray(check.ignore)) {
          for (const [j, p] of check.ignore.entries()) {
            if (typeof p !== 'string') continue;
            try {
              canonicalPointer(p);
            } catch (e) {
              report.at([...at, 'ignore', j], 'value', `json-match ignore: ${(e as Error).message}`);
            }
          }
        }
      }
    }
  };

  for (const [id, step] of Object.entries(steps)) {
    if (!isObj(step) || !Array.isArray(step.checks)) continue;
    for (const [i, check] of step.checks.entries())
      if (isObj(check)) checkOne(['steps', id, 'checks', i], check, false);
  }
  const TYPE_OF: Record<string, string> = { similar: 'similar', judge: 'judge', json: 'json-match' };
  if (isObj(golden) && Array.isArray(golden.files)) {
    for (const [i, rule] of golden.files.entries()) {
      if (!isObj(rule) || typeof rule.compare !== 'string' || !(rule.compare in TYPE_OF)) continue;
      checkOne(['golden', 'files', i], { ...rule, type: TYPE_OF[rule.compare] }, true);
    }
  }
  await Promise.all(pending);
}
