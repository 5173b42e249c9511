/** The part of @actions/core the action uses: what the runner protocol implements and tests fake. */
/** Where an annotation points; the same fields as @actions/core's AnnotationProperties. */
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The part of @actions/core the action uses. */
export interface CoreLike {
  getInput(name: string): string;
  setOutput(name: string, value: string | number | boolean): void;
  setFailed(message: string): void;
  setSecret(secret: string): void;
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  /**
   * A GitHub OIDC token for `audience` (needs `permissions: id-token: write`), for providers that
   * take federated credentials instead of a stored key. Registered as a secret before it returns.
   */
  getIDToken?(audience?: string): Promise<string>;
}
