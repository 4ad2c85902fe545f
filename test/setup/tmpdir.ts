// Vitest global setup: every temporary file a test writes goes under one fresh folder, removed when the
// run ends, so test runs leave nothing behind in the system's temporary folder. Test processes (forks)
// inherit TMPDIR, and os.tmpdir() reads it on every call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'contraband-tests-'));
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(root, { recursive: true, force: true });
  };
}
