/**
 * Every error code the product reports, in one table: its group, the exit code a face uses when it
 * ends a command, whether retrying can help, what it means and what to do. `ErrorCode` is the union
 * of its keys, so a code that is not here does not compile; docs/errors.md is generated from it
 * (`npm run docs:errors`; a test fails when the page is stale).
 */

export type ErrorGroup = 'spec' | 'provider' | 'step' | 'run' | 'placeholder';

export interface ErrorCodeInfo {
  group: ErrorGroup;
  /**
   * 0 never: 1 a step or the run failed, 2 bad spec or usage (nothing ran), 75 batch results pending, 130 interrupted.
   */
  exit: 1 | 2 | 75 | 130;
  /** Whether the provider call is tried again on the same provider. */
  retryable: boolean;
  /** How it is retried or what a route does, when that says more than yes or no (provider calls). */
  retry?: string;
  summary: string;
  todo: string;
}

export const ERROR_CODES = {
  E_SPEC: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      'The spec has problems: YAML syntax, duplicate or unknown keys, wrong types, a cycle, an unknown ' +
      'provider/route/step, a template reference to an undeclared input or a step that is not upstream, an ' +
      'unsafe output path, a bad regex. All are listed, each with `FILE:LINE:COL`.',
    todo: 'Fix each listed line; `orchestrator validate --spec FILE` re-checks without running.',
  },
  E_SPEC_FILE: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: 'The spec file cannot be read (missing, a folder, no permission).',
    todo: 'Check the `--spec` path (relative to the current folder).',
  },
  E_SPEC_CYCLE: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      'The `needs` graph has a cycle; the message gives its path (`a -> b -> a`). Usually reported inside `E_SPEC`.',
    todo: 'Remove one of the `needs` in the cycle.',
  },
  E_TEMPLATE: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      'A `{{ ... }}` in a prompt is not `inputs.NAME`, `steps.ID.output` or `context`, or is not closed. ' +
      'Usually reported inside `E_SPEC`.',
    todo: 'Fix the reference; write a literal `{{` as `{{ "{{" }}`.',
  },
  E_UNKNOWN_STEP: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: '`--only` names a step that is not in the spec.',
    todo: 'Use a step id from the spec (the hint lists them).',
  },
  E_UNKNOWN_PROVIDER: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: 'A step or route points at a provider name that is not declared.',
    todo: 'Declare it under `providers:` or `routes:`.',
  },
  E_USAGE: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      'A bad flag value: `--concurrency` not a whole number ≥ 1, `--budget-usd` not an amount like `0.50`, ' +
      '`plan --cost --format mermaid`, `--level` not a level, `--format` not text/mermaid/json, `cache` ' +
      'action not `stats`/`prune`, `cache prune` without `--max-age`/`--max-size`, a malformed duration ' +
      '(`7d`) or size (`500MB`). Parser errors too: an unknown option (with the option it resembles: ' +
      '`--sepc` -> did you mean --spec?), an unknown command, a missing flag value, a missing ' +
      '`--spec`/`--golden`, extra arguments (a spec given without `--spec` gets the command to type).',
    todo: 'Fix the flag; the hint says how; every command has `--help` with examples.',
  },
  E_API_KEY_MISSING: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      "A provider's key variable (`api_key_env`, default `OPENAI_API_KEY` / `ANTHROPIC_API_KEY` / " +
      '`GOOGLE_GENERATIVE_AI_API_KEY` / `AZURE_API_KEY`) is not set; on bedrock, no AWS credentials (none of ' +
      '`AWS_ACCESS_KEY_ID` + `AWS_SECRET_ACCESS_KEY`, `AWS_BEARER_TOKEN_BEDROCK`, a shared config profile, ' +
      '`AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`), or a profile that gives none. Checked before any step ' +
      "starts (a profile's contents: when the provider is first used).",
    todo:
      'Export the variable (see `.env.example`), or point `api_key_env` at the right one; in Actions prefer ' +
      '`auth: {type: oidc}` (no key at all). Instance metadata is not read; `aws configure list --profile P` ' +
      'shows what a profile holds.',
  },
  E_PROVIDER_CONFIG: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      "A provider's set-up is incomplete: an `openai-compatible` provider without `base_url`, a bedrock provider " +
      'without a region, an azure one without `resource` or `base_url`, a vertex one without project or location, ' +
      'an `auth` block missing a field its type needs. Checked before any step starts.',
    todo: 'Add what the message names, e.g. `base_url: http://127.0.0.1:8080/v1` for MLX, `region`, `auth.role_arn`.',
  },
  E_REPLAY_FILE: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      "A `replay` provider's `responses` file cannot be read, is not a mapping of step id to response(s), or " +
      'has an empty list. Checked before any step starts; `validate` reports it too, located at the ' +
      "provider's `responses:`.",
    todo: "Fix the file; paths are relative to the spec's folder.",
  },
  E_JOB_ID: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: '`--job-id` (or a resume id) is not a safe folder name.',
    todo: 'Use letters, digits, `.`, `_` and `-`.',
  },
  E_RUN_EXISTS: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: '`--job-id ID` names a run folder that already has events.',
    todo: 'Continue it with `--resume ID`, or pick another id.',
  },
  E_NO_RUN: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: 'No run to show, tail, trace, compare or resume (no such id, or no run of this job in `--runs-dir`).',
    todo:
      '`orchestrator runs` lists the runs (a job name also works: its latest run); check `--runs-dir`; run the ' +
      'job without `--resume` first.',
  },
  E_RESUME_MISMATCH: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: 'The run you asked to resume belongs to a different job name.',
    todo: 'Resume it with its own spec, or start a new run.',
  },
  E_NO_MANIFEST: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: 'A run folder has no `manifest.json`.',
    todo: 'Point at a real run folder.',
  },
  E_BAD_MANIFEST: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: "A run folder's `manifest.json` is not an orchestrator manifest.",
    todo: 'Point at a real run folder.',
  },
  E_NO_GOLDEN: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: '`orchestrator golden` was given a `--golden` folder that does not exist.',
    todo: 'Create it from a run you trust: `--update`.',
  },
  E_GOLDEN_RUN: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      '`golden --update` was pointed at a run that failed, has not finished, or ran only some steps ' +
      '(`--only`): its outputs would become the golden set.',
    todo: 'Update from a complete successful run (`--job-id`), or add `--force` to take it anyway.',
  },
  E_OTLP_ENDPOINT: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: 'Exporting a trace needs an endpoint and none is set.',
    todo: 'Set `OTEL_EXPORTER_OTLP_ENDPOINT` (or `..._TRACES_ENDPOINT`), or use `--out FILE`.',
  },
  E_INPUT: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      'A value for a job input cannot be read: `--input` not `NAME=VALUE`, an `@FILE` / `--input-file` / ' +
      '`input-files` file that is missing, not UTF-8 or over 16 MiB, a mapping that is neither YAML nor ' +
      'JSON, or one name given in both `inputs` and `input-files`.',
    todo:
      'Fix the flag or the Action input; paths are relative to the current folder (CLI) or `working-directory` ' +
      '(Action).',
  },
  E_INPUT_UNKNOWN: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      'A value was passed for an input the spec does not declare. The hint has a did-you-mean and the declared names.',
    todo: 'Fix the name, or declare the input under `inputs:`.',
  },
  E_INPUT_REQUIRED: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: 'An input declared `required: true` (without a default) has no value. Checked before anything is written.',
    todo:
      'Pass it: `--input NAME=VALUE`, `--input NAME=@FILE`, `--input-file FILE`; in the Action `inputs` or ' +
      '`input-files`.',
  },
  E_ACTION_INPUT: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      'The GitHub Action got a bad input (missing `spec`, a value outside its choices, a non-number, a comma ' +
      'in `cache-key-prefix`). All problems are listed together.',
    todo: 'Fix the `with:` block; see the inputs table in the README.',
  },
  E_RATE_LIMITED: {
    group: 'provider',
    exit: 1,
    retryable: true,
    retry: 'yes (waits at least `Retry-After`, at most 30 s)',
    summary: 'HTTP 429.',
    todo: 'Lower `concurrency`, add a route with a fallback, or raise your quota.',
  },
  E_SERVER: {
    group: 'provider',
    exit: 1,
    retryable: true,
    retry: 'yes',
    summary: 'HTTP 5xx, including Anthropic\'s 529 "overloaded".',
    todo: 'Usually passes; a route with a second provider keeps steps going.',
  },
  E_TIMEOUT: {
    group: 'provider',
    exit: 1,
    retryable: true,
    retry: 'yes',
    summary: "No answer within the step's `timeout_s` (default 120), or HTTP 408.",
    todo: 'Raise `timeout_s` on the step or in `defaults`; check the server is up.',
  },
  E_CONFLICT: {
    group: 'provider',
    exit: 1,
    retryable: true,
    retry: 'yes',
    summary: 'HTTP 409.',
    todo: 'Nothing; it is retried.',
  },
  E_CONNECTION: {
    group: 'provider',
    exit: 1,
    retryable: true,
    retry: 'yes (not for an unknown host name)',
    summary: 'The server cannot be reached: refused, reset, or an answer stream cut off.',
    todo: 'Check `base_url` and that the server (e.g. `ollama serve`) is running.',
  },
  E_AUTH: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: 'no (a route moves on)',
    summary:
      'HTTP 401/403: key missing, wrong, or not allowed for the model; or a keyless exchange refused (no GitHub OIDC ' +
      "token, the provider's token service refusing it: the message carries the service's own code, e.g. STS " +
      '`InvalidIdentityToken`, Entra `AADSTS700213`).',
    todo:
      'Check the key in the variable `api_key_env` names; keyless: `orchestrator doctor` shows the auth path, then ' +
      "check the cloud side's trust (issuer, audience, subject) and the role's model permissions.",
  },
  E_NOT_FOUND: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: 'no (a route moves on)',
    summary: 'HTTP 404: no such model, or a wrong `base_url`.',
    todo:
      'Check `model` (`ollama pull MODEL` for Ollama) and `base_url` (OpenAI-compatible servers usually end in ' +
      '`/v1`).',
  },
  E_MODEL_UNAVAILABLE: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: 'no (a route moves on)',
    summary:
      'The provider says the model does not exist or was retired: OpenAI 404 `model_not_found`, Anthropic ' +
      '404 `not_found_error` on the model, any 410 (Gemini 404 `NOT_FOUND`, Bedrock 404 ' +
      '`ResourceNotFoundException` / 400 `ValidationException` on the model id, Azure 404 ' +
      '`DeploymentNotFound`). The message names the model.',
    todo:
      'Run `orchestrator doctor --spec F --online`; change `model` to one the provider serves, or add a ' +
      'fallback provider to the route.',
  },
  E_CONTEXT_LENGTH: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: 'no (a route moves on)',
    summary:
      "The prompt is longer than the model accepts (the server said so, or no route candidate's " +
      '`context_window` fits).',
    todo: 'Lower `context.max_tokens`, shorten the prompt, or route to a model with a larger window.',
  },
  E_BAD_REQUEST: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: 'no (fails the step; a route does **not** move on)',
    summary: 'Any other HTTP 4xx: the request itself is wrong (bad option, bad model parameter).',
    todo: "Check `options` and the model name; the provider's own message is included.",
  },
  E_BAD_RESPONSE: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: 'no (a route moves on)',
    summary: 'The answer could not be read (malformed JSON, a stream that ended without an answer).',
    todo: 'Usually a proxy or server problem; try `stream: false`, or another provider.',
  },
  E_CIRCUIT_OPEN: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: 'no call is made (a route moves on)',
    summary:
      'The provider failed `circuit_breaker.failure_threshold` times in a row; no call is made until ' +
      '`cooldown_s` has passed.',
    todo: 'Add a fallback provider in a route, or fix the provider; the circuit closes after a successful probe.',
  },
  E_ROUTE_EXHAUSTED: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: '— (each provider was already retried)',
    summary: "Every provider of a route failed; the message lists each one's error.",
    todo: 'Read the per-provider errors; `orchestrator tail --type llm. --step ID`.',
  },
  E_NO_CANDIDATE: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: '—',
    summary: '`on_fail: fallback` excluded every provider of the route after failed checks.',
    todo: 'Loosen the checks, or add providers to the route.',
  },
  E_REPLAY_MISSING: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: 'no',
    summary: 'The `replay` responses file has no entry for this step.',
    todo: 'Add a `STEP_ID:` entry to the responses file.',
  },
  E_PROVIDER: {
    group: 'provider',
    exit: 1,
    retryable: false,
    retry: 'no',
    summary: 'Anything else the provider SDK threw.',
    todo: 'Read the message; rerun with `--debug`. If it looks like our bug, report it.',
  },
  E_EXTRACT: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'An output has `extract: code` / `code:LANG` and the response holds no (matching) fenced block.',
    todo: 'Ask for a fenced block in the prompt; use `extract: text` to keep the whole answer.',
  },
  E_CHECK_FAILED: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary:
      'A check failed (every failing check is listed; details in the `quality.failed` event). The output is ' +
      'neither written nor cached.',
    todo:
      'Fix the prompt or the check; `on_fail: retry` calls the model again, `on_fail: fallback` tries the ' +
      "route's next provider, `on_fail: warn` on a check only reports it.",
  },
  E_TRUNCATED: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary:
      'The answer stopped at `max_tokens` (`finish_reason: length`): it is incomplete. Judged like a failed ' +
      'check (`quality.failed` with a `finish_reason` verdict); not written, not cached.',
    todo:
      'Raise `options.max_tokens` or ask for less; `on_fail: retry` calls again; `allow_truncated: true` on ' +
      'the step accepts cut-off answers.',
  },
  E_CHECK_REGEX: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: "A `regex` check's pattern or `flags` do not compile.",
    todo: 'Fix the pattern (RE2 syntax through re2js: no lookaround or backreferences); retrying cannot help.',
  },
  E_CHECK_SCHEMA: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: "An `is-json` check's `schema` cannot be read, is not JSON/YAML, or is not a valid JSON Schema.",
    todo: "Fix the schema file (relative to the spec's folder).",
  },
  E_COMMAND_FAILED: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'A command step exited non-zero. The last lines of its output are in the message.',
    todo: 'Full output in `logs/STEP.log`.',
  },
  E_COMMAND_TIMEOUT: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'A command step ran longer than its `timeout_s`; it and everything it started were stopped.',
    todo: 'Raise `timeout_s` on the step.',
  },
  E_COMMAND_OUTPUT: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'A command step exited 0 but did not create a declared output file.',
    todo: "Fix the command or the output `path` (relative to the run's `outputs/`).",
  },
  E_COMMAND_SPAWN: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'A command (step or `command` check) could not be started (no shell, no such working folder).',
    todo: 'Check the command and the environment.',
  },
  E_PATH_ESCAPE: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary:
      'A step tried to write outside `outputs/` (`..`, an absolute path, a symlink leading out). Nothing was written.',
    todo: 'Use a relative output path; do not let commands create symlinks out of `outputs/`.',
  },
  E_FILE_CONFINED: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary:
      "A file the spec names (`prompt_file`, replay `responses`, an `is-json` `schema`, a command's `reads`, " +
      "a context file) is outside the spec's repository (or `outputs/`), a symlink leading out, not a " +
      'regular file (a FIFO, a device), or larger than the bound (16 MiB). Nothing was read.',
    todo: 'Keep such files in the repository as regular files; see docs/security.md.',
  },
  E_CONTEXT_WORKSPACE: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: "A step's `context:` needs a workspace folder that does not exist.",
    todo: "Check where the spec lives: context globs resolve against the spec file's folder.",
  },
  E_MISSING_OUTPUT: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: "A resumed run needs an upstream step's output text and its `step.succeeded` event does not carry it.",
    todo: 'Start a new run (without `--resume`), or restore the run folder.',
  },
  E_CANCELLED: {
    group: 'run',
    exit: 130,
    retryable: false,
    summary: 'The run was interrupted (Ctrl-C, SIGTERM, a cancelled workflow). In-flight calls were aborted.',
    todo: '`orchestrator run --spec FILE --resume` continues it.',
  },
  E_BUDGET_EXCEEDED: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary:
      "The run's spend reached `budget.usd` / `budget.tokens` (or `--budget-usd`): no new provider call " +
      'starts. Not an error of a step: the steps that did not get to call end `skipped` (`budget_exceeded`), ' +
      'a `budget.exceeded` event is written, the job fails (exit 1).',
    todo:
      '`orchestrator run --spec FILE --resume --budget-usd LARGER` continues the run; completed steps and ' +
      'cache hits cost nothing again. `plan --cost` estimates what is left.',
  },
  E_RUN_LOCKED: {
    group: 'run',
    exit: 2,
    retryable: false,
    summary: 'Another live process is writing this run (its pid and host are named).',
    todo:
      'Wait for it (`orchestrator tail --follow`), or use another `--job-id`. A lock from another host whose ' +
      'process is gone: delete `RUN/.lock`.',
  },
  E_DISK_FULL: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary:
      'A write failed: no space left (`ENOSPC`) or quota exceeded (`EDQUOT`). The run stops; `manifest.json` ' +
      'is written if possible.',
    todo: 'Free space, then run the `--resume` command the hint prints.',
  },
  E_READ_ONLY: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'A write failed: the file system is read-only (`EROFS`).',
    todo: 'Use a writable `--runs-dir` / `--cache-dir`.',
  },
  E_PERMISSION: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'A write failed: permission denied (`EACCES`, `EPERM`).',
    todo: 'Use a folder you can write, or fix its permissions.',
  },
  E_NOT_A_FOLDER: {
    group: 'run',
    exit: 2,
    retryable: false,
    summary: 'A runs folder cannot be created: a part of the path is a file.',
    todo: 'Pick another `--runs-dir`.',
  },
  E_TOO_MANY_FILES: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'Too many open files (`EMFILE`, `ENFILE`).',
    todo: 'Raise `ulimit -n` or lower `--concurrency`.',
  },
  E_RESPONSE_TOO_LARGE: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary:
      "A provider's answer exceeded `max_response_bytes` (default 16 MiB, counted after decompression). Not retried.",
    todo: 'Raise `max_response_bytes` on the provider if the answer is really that large.',
  },
  E_CACHE_ENTRY: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary:
      '(in a `cache.error` warn event) A cache entry is not a regular file or is over 64 MiB; it was treated ' +
      'as a miss.',
    todo: 'Remove it, or `orchestrator cache prune`.',
  },
  E_SPEC_TOO_LARGE: {
    group: 'run',
    exit: 2,
    retryable: false,
    summary: 'The spec file is over 8 MiB.',
    todo: 'Move large text into `prompt_file` or context files.',
  },
  E_OTLP_EXPORT: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'Sending the trace to the OTLP endpoint failed (connection, or a non-2xx answer).',
    todo: 'Check the endpoint and `OTEL_EXPORTER_OTLP_HEADERS`; `--out FILE` writes it locally instead.',
  },
  E_ARTIFACT_UNSAFE: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary:
      "On resume, the previous attempt's run artifact holds a path or symlink leading out of its folder. The " +
      'action warns and starts a fresh run.',
    todo: 'Nothing; investigate if it repeats (an artifact was tampered with).',
  },
  E_ARTIFACT_INVALID: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'On resume, the artifact is not one run folder of this job. The action warns and starts a fresh run.',
    todo: 'Nothing; set `resume: never` to skip the lookup.',
  },
  E_COMMENT_INVALID: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'The `comment/` action found a `pr-comment.json` with a bad `job_name` or `pr_number`.',
    todo: 'Make sure the artifact comes from `orchestrator-action`; do not edit it.',
  },
  E_INTERNAL: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'An unexpected error: a bug.',
    todo: 'Rerun with `--debug` and report it with the output.',
  },
  E_FOR_EACH: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary:
      'A `for_each` list cannot be resolved: its template does not render to a JSON array, its glob pattern ' +
      'is not allowed, or it has more than 100,000 items.',
    todo: 'Fix the `for_each` template or glob; `orchestrator run --dry-run` shows the rendered list.',
  },
  E_INSTANCE_FAILED: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'Some instances of a fanned-out (`for_each`) step failed; the message names them (the first 10).',
    todo:
      "Read each instance's own error: `orchestrator tail --step 'STEP[KEY]'`; `--resume` reruns only the " +
      'failed instances.',
  },
  E_OUTPUT_SCHEMA: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: "A step's `output_schema` cannot be read, is not JSON/YAML, or is not a valid JSON Schema.",
    todo: "Fix the schema (inline, or the file relative to the spec's folder).",
  },
  E_IO: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'A read or write failed with an input/output error (`EIO`).',
    todo: 'Check the disk, then run the `--resume` command the hint prints.',
  },
  E_ARTIFACT_DOWNLOAD: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary:
      "On resume, the previous attempt's run artifact could not be downloaded (a non-2xx answer). The action " +
      'warns and starts a fresh run.',
    todo: 'Nothing; check the token has `actions: read` if it repeats.',
  },
  E_ARTIFACT_TOO_LARGE: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary:
      'On resume, the run artifact is over the download limits (256 MiB zipped or extracted, 50,000 ' +
      'entries). The action warns and starts a fresh run.',
    todo: 'Nothing; a run folder is small, so an artifact this large was not uploaded by the action.',
  },
  E_STEP_FAILED: {
    group: 'placeholder',
    exit: 1,
    retryable: false,
    summary: 'A failed step without a recorded error, in traces.',
    todo: "Read the step's events: `orchestrator tail --step ID`.",
  },
  E_UNKNOWN: {
    group: 'placeholder',
    exit: 1,
    retryable: false,
    summary: 'A failed call without a code, in the per-provider failure counts.',
    todo: "Read the call's `llm.error` event.",
  },

  E_BATCH_PENDING: {
    group: 'provider',
    exit: 75,
    retryable: false,
    summary: "A provider's batch did not finish within `batch_wait_s`; the run stops with the batch recorded.",
    todo: 'Run `--resume` later: the batch is found by its id and its answers are collected.',
  },
  E_CHECK_ERRORED: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary:
      'A check could not be measured (its judge or embedding call failed); the step fails rather than pass unchecked.',
    todo: "See the `llm.error` events of the check's calls; fix the judge provider or retry.",
  },
  E_CHECK_FILE: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'A file a check names (a rubric, a reference answer) cannot be read.',
    todo: "Fix the path (relative to the spec's folder).",
  },
  E_CHECK_POINTER: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: 'A `json-match` `ignore` entry is not a valid JSON Pointer.',
    todo: 'Write pointers like `/items/0/id`.',
  },
  E_CHECK_PROVIDER: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: 'A check that calls a model (a judge, an embedding) has no provider available.',
    todo: 'Name a provider for the check, or declare one under `providers:`.',
  },
  E_COMMAND_VALUE: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary:
      'A value a command would get (an input, an item) cannot be passed: it holds a NUL byte or does not fit ' +
      'a variable.',
    todo: 'Let an upstream step write the data to `outputs/` and list it in `reads:`.',
  },
  E_JUDGE_ANSWER: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: "A judge model's answer could not be read as a verdict.",
    todo: 'Tighten the rubric or use a stronger judge model.',
  },
  E_KEY_EXPOSURE: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary:
      "A job that runs commands would run with API keys in the engine's process environment, where commands " +
      'could read them.',
    todo: 'Run where keys can be taken out of the environment, or allow it explicitly (see docs/security.md).',
  },
  E_NO_EMBEDDINGS: {
    group: 'spec',
    exit: 2,
    retryable: false,
    summary: "A check needs embeddings and its provider's type has no embeddings API.",
    todo:
      'Use a provider of type openai, openai-compatible, ollama, azure, google, vertex or bedrock for `metric: ' +
      'embedding`.',
  },
  E_PATH_INVALID: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'A fanned-out output path holds a NUL byte from its item.',
    todo: 'Leave `{{ item }}` out of the path, or use a field of it.',
  },
  E_SECRET_IN_PATH: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: "A fanned-out output path would hold a key's value from its item.",
    todo: 'Keep keys out of `for_each` lists, or leave `{{ item }}` out of the path.',
  },
  E_SECRET_VALUE: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: "A value a command would get holds a key's value; commands never get keys.",
    todo: 'Keep keys out of inputs, `for_each` lists and answers that commands use.',
  },
  E_GATE_FAILED: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary:
      "A gated step's pass rate is measured below `gate.min_pass_rate` (the Wilson interval's high end is " +
      'below it), or a sampled step without a gate had a failing sample.',
    todo: "Improve the prompt or the checks, or lower `min_pass_rate`; `show` prints each sample's verdicts.",
  },
  E_UNMEASURED: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'A sampled or gated step judged no sample (every sample errored): a gate never passes on no evidence.',
    todo: 'Fix what made the samples error (the provider, a judge check); `tail --step ID` shows the errors.',
  },
  E_SAMPLE_ERRORED: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary: 'A sample of a sampled step ended in an error after its retries (neither pass nor fail).',
    todo: "See the sample's `llm.error`; the step's verdict counts only judged samples.",
  },
  E_GITHUB_TOKEN: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: '`orchestrator pull` found no GitHub token (`GH_TOKEN`, `GITHUB_TOKEN` or `gh auth token`).',
    todo: 'Export `GH_TOKEN` with `actions: read`, or log in with `gh auth login`.',
  },
  E_GITHUB_AUTH: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'GitHub answered 401 to `orchestrator pull`: the token is wrong or expired.',
    todo: 'Create a new token with `actions: read` and export it as `GH_TOKEN`.',
  },
  E_GITHUB_FORBIDDEN: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'GitHub answered 403 to `orchestrator pull`: the token lacks `actions: read` on the repository.',
    todo: 'Use a token with `actions: read` on that repository.',
  },
  E_GITHUB_NOT_FOUND: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'GitHub answered 404 (or 410) for the repository, run, attempt or artifact `orchestrator pull` asked for.',
    todo: 'Check the URL or `--repo/--run-id/--attempt`; artifacts expire after their retention days.',
  },
  E_GITHUB_HTTP: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: 'GitHub answered another error to `orchestrator pull`, or a redirect pointed where the token must not go.',
    todo: 'Try again later; the message names the request.',
  },
  E_RECORD_EMPTY: {
    group: 'run',
    exit: 1,
    retryable: false,
    summary: "`orchestrator record` found no LLM call in the run's logs to record.",
    todo: 'Record a run that made (or served from the cache) LLM calls.',
  },
  E_REPLAY_STALE: {
    group: 'provider',
    exit: 1,
    retryable: false,
    summary:
      'A `replay` provider with `strict: true` met a prompt whose hash differs from the recorded one; the ' +
      'message has a unified diff.',
    todo: 'Re-record the fixtures (`orchestrator record RUN --out FILE`, `npm run record-fixtures` for the examples).',
  },
  E_NEEDS_CREDENTIALS: {
    group: 'step',
    exit: 1,
    retryable: false,
    summary:
      "A run without credentials (`--credentials none`, a fork's pull request) would need a provider call " +
      'for this step; it is skipped `needs_credentials`.',
    todo:
      'Nothing for a fork PR: a run with credentials executes it. Use `--fail-on-unmeasured` to make such a ' +
      'run fail.',
  },
  E_NOT_A_FILE: {
    group: 'run',
    exit: 2,
    retryable: false,
    summary: 'A run-folder file (`events.jsonl`, the manifest) is a folder or a FIFO.',
    todo: 'Remove or rename it; the message names the file.',
  },
} as const satisfies Record<`E_${string}`, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

const HEADINGS: Record<ErrorGroup, string> = {
  spec: 'Spec and usage (exit 2, nothing runs)',
  provider: 'Provider calls (the step fails, exit 1)',
  step: 'Step results (the step fails, exit 1)',
  run: 'Runs, events and the Action (exit 1 unless noted)',
  placeholder: 'Placeholders in reports (never thrown)',
};

const PREAMBLE =
  '# Error codes\n\nEvery error the product reports carries a stable code. The CLI prints it as one line, ' +
  'plus a\nhint when there is one:\n\n```text\nerror[E_NO_RUN]: no runs of job notes-app in runs\nhint: run ' +
  'it without --resume first\n```\n\nSpec problems print one `FILE:LINE:COL: error: message` line each, then ' +
  '`error[E_SPEC]`.\nAdd `--debug` (or set `DEBUG=1`) to get the stack trace too.\n\n**Where the code shows ' +
  'up.** An error that stops a command (bad spec, bad flag, missing key) is\nprinted by the CLI and decides ' +
  'the exit code. An error inside a step fails *that step*: the run\ngoes on with the independent branches, ' +
  "the step's `error` {`code`, `message`, `hint`} lands in\n`manifest.json`, the `step.failed` event, " +
  '`orchestrator show`, the job summary and the PR comment,\nand the run exits **1**. In the GitHub Action ' +
  'the step fails with `orchestrator: [CODE] message`.\n\n**Exit codes:** `0` succeeded · `1` a step failed, ' +
  'golden drift, or a runtime error ·\n`2` bad spec or usage (nothing ran) · `75` batch results still ' +
  'pending at the provider (`--resume`\ncollects them) · `130` interrupted (the run is ' +
  'resumable).\n\n**Retryable** means the provider call is tried again on the same provider (up to ' +
  '`retries`,\ndefault 3, with growing, randomised waits that honour `Retry-After`), and then a route moves ' +
  'on to\nits next provider. See [README: When providers fail](../README.md#when-providers-fail).\n';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** docs/errors.md, from the table above. */
export function renderErrorsDoc(): string {
  const out = [PREAMBLE.replace(/\n+$/, ''), ''];
  out.push(
    '<!-- Generated from src/util/error-codes.ts by `npm run docs:errors`: edit the table there, not this page. -->',
    '',
  );
  for (const group of Object.keys(HEADINGS) as ErrorGroup[]) {
    const codes = (Object.keys(ERROR_CODES) as ErrorCode[]).filter((c) => ERROR_CODES[c].group === group);
    out.push(`## ${HEADINGS[group]}`, '');
    if (group === 'provider') out.push('| code | meaning | retryable | what to do |', '|---|---|---|---|');
    else out.push('| code | meaning | what to do |', '|---|---|---|');
    for (const code of codes) {
      const e: ErrorCodeInfo = ERROR_CODES[code];
      const exit = group !== 'placeholder' && e.exit !== (group === 'spec' ? 2 : 1) ? ` Exit **${e.exit}**.` : '';
      const meaning = cell(e.summary + exit);
      if (group === 'provider')
        out.push(`| \`${code}\` | ${meaning} | ${cell(e.retry ?? (e.retryable ? 'yes' : 'no'))} | ${cell(e.todo)} |`);
      else out.push(`| \`${code}\` | ${meaning} | ${cell(e.todo)} |`);
    }
    out.push('');
  }
  out.push(
    '(2.1: `E_EVENTS_CORRUPT` is no longer raised: damaged lines of `events.jsonl` are skipped and reported ' +
      'with their line numbers.)',
    '',
  );
  return out.join('\n');
}
