/**
 * Imported first by the CLI's entry (bin/orchestrator.js), before the rest of the CLI loads: a
 * re-exec'd process takes its keys back and deletes the hand-off file at once, so a Ctrl-C while
 * the CLI's modules load cannot leave it behind (src/util/secret-handoff.ts).
 */
import { receiveHandedOverSecrets } from '../util/secret-handoff.js';

receiveHandedOverSecrets();
