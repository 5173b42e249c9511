/** The part of @actions/core the action uses: what the runner protocol implements and tests fake. */
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
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
}
