/**
 * This process's peak RSS in KiB. On Linux, VmHWM from /proc/self/status: getrusage's ru_maxrss
 * (process.resourceUsage().maxRSS) survives execve, so a child spawned by a big parent reports
 * the parent's size at fork. Elsewhere, maxRSS it is.
 */
import { readFileSync } from 'node:fs';

export function peakRssKb() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}
