/** Entry point of the golden/ composite action's issue step (dist/golden/index.js). */
import { runGoldenIssue } from './golden-main.js';

void runGoldenIssue();
