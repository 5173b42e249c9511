/** Entry point of the action (dist/index.js). Cancelling the job aborts the run cleanly. */
import { run } from './main.js';

const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => controller.abort());
void run(undefined, { signal: controller.signal });
