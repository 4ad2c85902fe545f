/**
 * Where and on what a benchmark ran: stamped into every `benchmarks/out/*.json` and into RESULTS.md,
 * so a number is never read without its commit, Node version and machine.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

/** The repository root (benchmarks/lib/../..). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The stamp of one run. */
export interface RunStamp {
  /** `git rev-parse --short HEAD`, or null outside a checkout. */
  commit: string | null;
  /** The working tree has uncommitted changes (tracked or untracked), so the commit alone does not name the code. */
  dirty: boolean;
  node: string;
  cpu: string;
  cores: number;
  /** 1-minute load average when the run started: above the core count, timings are inflated. */
  load1: number;
  /** ISO 8601, UTC. */
  date: string;
  /** The command that produced the file, as a reader would type it. */
  command: string;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Stamps a run of `command`. */
export function stamp(command: string): RunStamp {
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const status = git(['status', '--porcelain']);
  const cpu = cpus();
  return {
    commit,
    dirty: status !== null && status.length > 0,
    node: process.version,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    load1: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    date: new Date().toISOString(),
    command,
  };
}

/** One line: `abc1234 (dirty), Node v20.20.0, Intel Xeon … × 2 cores, load 7.5, 2026-11-25T16:30:00Z`. */
export function describeStamp(s: RunStamp): string {
  const commit = s.commit === null ? 'no git commit' : `${s.commit}${s.dirty ? ' (dirty)' : ''}`;
  return `${commit}, Node ${s.node}, ${s.cpu} × ${s.cores} cores, load ${s.load1}, ${s.date.replace(/\.\d+Z$/, 'Z')}`;
}
