import { readFileSync } from 'node:fs';

/**
 * Peak resident set size of a live process in MB (VmHWM of /proc/<pid>/status), or null where
 * /proc is not available or the process has gone.
 */
export function peakRssMb(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}
