// Resident memory of the server's processes, read from /proc/<pid>/status (Linux): the benchmark's
// import and upload cases report how much a server process grows while it handles one big request.
// With a cluster every worker is watched (any of them may get the request) and the largest growth counts.
import { readdirSync, readFileSync } from "node:fs";

/** VmRSS of a process in MB, or undefined when it is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The process and all its descendants (a cluster's primary and its workers). */
export function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

export interface MemoryGrowth {
  /** Largest growth of one process over its RSS at the start, in MB. */
  growthMb: number;
  /** That process's RSS at the start and at its peak. */
  baselineMb: number;
  peakMb: number;
  pid: number;
  samples: number;
}

/**
 * Samples the RSS of every process of the server's tree every `intervalMs` until `stop()`; the
 * growth is measured per process (peak − start), so a worker that handled the request shows it.
 */
export function watchMemory(rootPid: number, intervalMs = 20): { stop(): MemoryGrowth } {
  const pids = processTree(rootPid);
  const baseline = new Map(pids.map((pid) => [pid, rssMb(pid) ?? 0]));
  const peak = new Map(baseline);
  let samples = 0;
  const timer = setInterval(() => {
    samples++;
    for (const pid of pids) {
      const now = rssMb(pid);
      if (now !== undefined && now > (peak.get(pid) ?? 0)) peak.set(pid, now);
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      let worst: MemoryGrowth = { growthMb: 0, baselineMb: baseline.get(rootPid) ?? 0, peakMb: peak.get(rootPid) ?? 0, pid: rootPid, samples };
      for (const pid of pids) {
        const growth = (peak.get(pid) ?? 0) - (baseline.get(pid) ?? 0);
        if (growth > worst.growthMb) worst = { growthMb: growth, baselineMb: baseline.get(pid)!, peakMb: peak.get(pid)!, pid, samples };
      }
      return worst;
    },
  };
}
