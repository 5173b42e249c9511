/** Entry point of the action (dist/index.js). Cancelling the job aborts the run cleanly. */
import { run } from './main.js';
import { scrubActionEnvironment } from './scrub-environ.js';

const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => controller.abort());
// Keys and runner tokens out of /proc/PID/environ before any step can run (re-execs once).
void scrubActionEnvironment().then(() => run(undefined, { signal: controller.signal }));
