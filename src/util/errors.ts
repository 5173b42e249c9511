/**
 * One typed error hierarchy for the whole product. Every error a user can meet carries a stable
 * `code` (one of the table in ./error-codes.ts, which generates docs/errors.md), whether retrying
 * can help, a one-line message and a hint that says what to do. Faces print `error[CODE]: message` and the hint; the
 * engine reads `retryable`.
 */
import type { ErrorCode } from './error-codes.js';

export type { ErrorCode } from './error-codes.js';

export interface ErrorDetails {
  hint?: string;
  retryable?: boolean;
  /** HTTP status of a provider answer, when there was one. */
  status?: number;
  /** Delay the server asked for (Retry-After / retry-after-ms), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class OrchestratorError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly hint?: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  /** Exit code a face should use when this error ends a command. */
  readonly exitCode: number = 1;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = code;
    this.retryable = details.retryable ?? false;
    this.hint = details.hint;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Bad input from the user: spec, flags, files. Exit 2. */
export class UsageError extends OrchestratorError {
  override readonly exitCode = 2;
}

/** One located problem in a spec file. */
export interface SpecIssue {
  file: string;
  line: number;
  col: number;
  message: string;
  path?: string;
  hint?: string;
}

export function formatSpecIssue(issue: SpecIssue): string {
  const where = issue.path ? ` (at ${issue.path})` : '';
  const hint = issue.hint ? `; ${issue.hint}` : '';
  return `${issue.file}:${issue.line}:${issue.col}: ${issue.message}${where}${hint}`;
}

/** Every problem found in a spec, reported together. */
export class SpecError extends UsageError {
  readonly issues: SpecIssue[];
  constructor(issues: SpecIssue[]) {
    super('E_SPEC', issues.map(formatSpecIssue).join('\n'), {
      hint: issues.length > 1 ? `${issues.length} problems; fix them and run \`orchestrator validate\`` : undefined,
    });
    this.issues = issues;
  }
}

/** A provider call failed. `retryable` follows docs/reference.md section 1: 408, 409, 429, 5xx, resets, timeouts. */
export class ProviderError extends OrchestratorError {
  readonly provider: string;
  constructor(code: ErrorCode, provider: string, message: string, details: ErrorDetails = {}) {
    super(code, message, details);
    this.provider = provider;
  }
}

export class TimeoutError extends ProviderError {
  constructor(provider: string, timeoutMs: number) {
    super('E_TIMEOUT', provider, `provider ${provider}: no answer within ${timeoutMs} ms`, {
      retryable: true,
      hint: 'raise timeout_s for this step or in defaults, or check the provider is up',
    });
  }
}

export class CircuitOpenError extends ProviderError {
  constructor(provider: string, retryInMs: number) {
    super(
      'E_CIRCUIT_OPEN',
      provider,
      `provider ${provider}: circuit open after repeated failures; next probe in ${Math.ceil(retryInMs / 1000)} s`,
      {
        retryable: false,
        hint: 'add a route with a fallback provider, or raise circuit_breaker.failure_threshold',
      },
    );
  }
}

/** The run was interrupted (SIGINT/SIGTERM or an abort). Exit 130. */
export class CancelledError extends OrchestratorError {
  override readonly exitCode = 130;
  constructor(message = 'cancelled') {
    super('E_CANCELLED', message);
  }
}

/** A step wrote, or tried to write, outside its outputs folder. */
export class PathEscapeError extends OrchestratorError {
  constructor(path: string, why: string) {
    super('E_PATH_ESCAPE', `refusing to write ${JSON.stringify(path)}: ${why}`, {
      hint: "output paths are relative to the run's outputs/ folder and may not leave it",
    });
  }
}

export function isOrchestratorError(e: unknown): e is OrchestratorError {
  return e instanceof OrchestratorError;
}

/** A short message for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
