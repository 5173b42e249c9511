/** Entry point of the comment/ sub-action (dist/comment/index.js). */
import { runComment } from './comment-main.js';

void runComment();
