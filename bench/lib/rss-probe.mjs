/**
 * Preloaded with `node --import` into a process we measure but do not own (the CLI, the action
 * bundle): at exit it writes the process's peak RSS (KiB) to $BENCH_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';
import { peakRssKb } from './peak-rss.mjs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(peakRssKb())));
