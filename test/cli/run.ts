import { spawn, type ChildProcess } from 'node:child_process';
import { runClassify } from '../../src/cli/classify.js';
import { ROOT } from '../batch/helpers.js';

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The CLI from source as a child process: `node --import tsx src/cli/main.ts classify ...`. */
export function spawnCli(args: string[], stdin?: string | Buffer): { child: ChildProcess; done: Promise<Ran> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'classify', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  if (stdin !== undefined) child.stdin!.end(stdin);
  else child.stdin!.end();
  const done = new Promise<Ran>((res, rej) => {
    child.on('error', rej);
    child.on('close', (code, signal) => res({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs the CLI from source to completion. */
export function runCli(args: string[], stdin?: string | Buffer): Promise<Ran> {
  return spawnCli(args, stdin).done;
}

/** Runs `contraband classify` in this process (no worker threads with --workers 0: fast). */
export async function runInProcess(args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await runClassify(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, signal: null, stdout, stderr };
}
