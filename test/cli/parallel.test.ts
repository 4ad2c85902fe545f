import { spawn, spawnSync } from 'node:child_process';
import { openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconsSnapshot, listing, ROOT, tempDir } from '../batch/helpers.js';
import { runCli } from './run.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU parallel') === true;

type Rec = Record<string, unknown> & { index: number; line: number; id: unknown };

function parseJsonl(s: string): Rec[] {
  return s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Rec);
}

/** A record without its chunk-relative position: what a chunked run and a direct run must agree on. */
function key(r: Rec): string {
  const { index: _i, line: _l, ...rest } = r;
  return JSON.stringify(rest);
}

// CI installs GNU parallel (apt-get install parallel); elsewhere the test is skipped when it is missing.
describe.skipIf(!hasParallel && !process.env['CI'])('GNU parallel --pipe', () => {
  it('gives the same set of records as a direct run; line numbers are chunk-relative, ids and meta carried', async () => {
    const dir = tempDir('contraband-parallel-');
    const lexicons = lexiconsSnapshot();
    const input = join(dir, 'in.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 90; i++) {
      if (i % 29 === 7) lines.push(`{"id":"e${i}","text":`); // broken JSON
      else if (i % 31 === 11) lines.push(JSON.stringify({ id: `m${i}`, body: 'no text' }));
      else lines.push(JSON.stringify({ id: `r${i}`, text: listing(i), market: `m${i % 4}` }));
    }
    writeFileSync(input, `${lines.join('\n')}\n`);
    const cli = ['--import', 'tsx', 'src/cli/main.ts', 'classify', '-', '--workers', '0', '--keep', 'market', '--lexicons', lexicons, '--quiet'];

    const direct = await runCli([input, '--workers', '0', '--keep', 'market', '--lexicons', lexicons, '--quiet']);
    expect(direct.code).toBe(1);

    // 90 lines of ~110 bytes in blocks of 3 kB: 3 or 4 chunks, two at a time
    const chunked = await new Promise<{ code: number | null; stdout: string; stderr: string }>((res, rej) => {
      const child = spawn('parallel', ['--pipe', '--block', '3k', '-j', '2', '--keep-order', process.execPath, ...cli], { cwd: ROOT, stdio: [openSync(input, 'r'), 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.on('error', rej);
      child.on('close', (code) => res({ code, stdout, stderr }));
    });
    // parallel exits with the number of failed jobs: chunks holding a broken line exit 1
    expect(chunked.code).toBeGreaterThan(0);
    expect(chunked.stderr).toBe('');

    const a = parseJsonl(direct.stdout);
    const b = parseJsonl(chunked.stdout);
    expect(b.length).toBe(90);
    expect(b.map(key).sort()).toEqual(a.map(key).sort());
    expect(b.map((r) => r.id)).toEqual(a.map((r) => r.id)); // --keep-order keeps chunks in order
    expect(b.some((r, i) => r.line !== a[i]!.line)).toBe(true); // positions restart in every chunk
    expect(b.filter((r) => r['error']).map((r) => r.id)).toEqual([null, 'm11', null, 'm42', null, 'm73']); // error records flow with the results
    expect(new Set(b.map((r) => JSON.stringify(r['meta']))).size).toBe(1);
  });
});
