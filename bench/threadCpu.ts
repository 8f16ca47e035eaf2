import { readFileSync } from 'node:fs';

/**
 * CPU time (user and system, ms) of the calling thread alone, from Linux's /proc/thread-self
 * (NaN elsewhere): process.cpuUsage counts every thread, V8's collector and a helper thread
 * included. On a loaded machine a split run's wall time says little; the busier of its two
 * threads' CPU is what its wall time would be with a core free for each.
 */
export function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / TICKS;
  } catch {
    return NaN;
  }
}

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS = 100;
