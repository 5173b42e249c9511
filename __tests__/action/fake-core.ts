/** A recording CoreLike for driving the action in-process. */
import type { AnnotationProps, CoreLike } from '../../src/action/services.js';

export class FakeCore implements CoreLike {
  inputs: Record<string, string>;
  outputs: Record<string, string> = {};
  failed: string[] = [];
  secrets: string[] = [];
  logs: string[] = [];
  notices: Array<{ message: string; props?: AnnotationProps }> = [];
  warnings: Array<{ message: string; props?: AnnotationProps }> = [];
  errors: Array<{ message: string; props?: AnnotationProps }> = [];
  groups: string[] = [];
  summary = '';
  private open = 0;

  constructor(inputs: Record<string, string> = {}) {
    this.inputs = inputs;
  }

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string | number | boolean): void {
    this.outputs[name] = String(value);
  }
  setFailed(message: string): void {
    this.failed.push(message);
  }
  setSecret(secret: string): void {
    this.secrets.push(secret);
  }
  info(message: string): void {
    this.logs.push(message);
  }
  debug(): void {
    /* quiet */
  }
  notice(message: string, props?: AnnotationProps): void {
    this.notices.push({ message, props });
  }
  warning(message: string, props?: AnnotationProps): void {
    this.warnings.push({ message, props });
  }
  error(message: string, props?: AnnotationProps): void {
    this.errors.push({ message, props });
  }
  startGroup(name: string): void {
    if (this.open) throw new Error('nested group');
    this.open++;
    this.groups.push(name);
  }
  endGroup(): void {
    this.open--;
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
}
