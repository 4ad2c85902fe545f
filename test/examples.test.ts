import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

// Runs the @example of every TSDoc comment in the public modules. `import … from 'contraband'` binds the
// package's exports; a comment line `// a === b` (several joined by ", ") becomes an assertion, so the
// documentation says what the code does and a test keeps it true.
const ROOT = new URL('../src/', import.meta.url).pathname;
const PUBLIC = ['index.ts', 'classifier.ts', 'explain.ts', 'eval', 'batch'];

function files(p: string): string[] {
  const full = join(ROOT, p);
  if (statSync(full).isDirectory()) return readdirSync(full).filter((f) => f.endsWith('.ts')).map((f) => join(full, f));
  return [full];
}

interface Example {
  file: string;
  line: number;
  code: string;
}

function examples(file: string): Example[] {
  const src = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const re = /@example[ \t]*\n((?:[ \t]*\*.*\n)+?)[ \t]*\*(?:\/|[ \t]*@\w)/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const body = m[1]!
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    const fence = /```(?:ts|typescript|js)?\n([\s\S]*?)```/.exec(body);
    if (!fence) continue;
    out.push({ file, line: src.slice(0, m.index).split('\n').length, code: fence[1]! });
  }
  return out;
}

function toRunnable(code: string): string | null {
  // only examples written against the package's public entry point run; the others document internals
  if (!code.includes("from 'contraband'")) return null;
  // a custom worker file's example runs only inside a worker thread (see src/batch/README.md)
  if (code.includes('serveWorker(')) return null;
  const lines: string[] = [];
  for (const raw of code.split('\n')) {
    const imp = /^import\s+\{([^}]+)\}\s+from\s+'contraband';?\s*$/.exec(raw.trim());
    if (imp) {
      lines.push(`const {${imp[1]!.replace(/\btype\s+\w+,?/g, '')}} = lib;`);
      continue;
    }
    if (/^import\s/.test(raw.trim())) return null; // an example that needs other modules or files is documentation only
    const c = /^\s*\/\/\s*(.+)$/.exec(raw);
    if (c && /===|!==/.test(c[1]!) && !c[1]!.includes('=>')) {
      for (const part of c[1]!.split(/,\s+(?=[\w.[\]()'"]+\s*(?:===|!==))/)) lines.push(`assert(${part.replace(/;\s*$/, '')}, ${JSON.stringify(part)});`);
      continue;
    }
    lines.push(raw);
  }
  return lines.join('\n');
}

const all = PUBLIC.flatMap(files).flatMap(examples);

describe('TSDoc examples', () => {
  it('exist for the public API', () => {
    const names = all.map((e) => e.file.slice(ROOT.length));
    for (const f of ['index.ts', 'classifier.ts', 'explain.ts']) expect(names).toContain(f);
  });

  for (const ex of all) {
    const code = toRunnable(ex.code);
    if (code === null) continue;
    it(`${ex.file.slice(ROOT.length)}:${ex.line}`, async () => {
      const failures: string[] = [];
      const assert = (ok: unknown, what: string): void => {
        if (!ok) failures.push(what);
      };
      const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
      // strip TypeScript-only syntax the examples may use
      const js = code.replace(/ as const/g, '').replace(/:\s*(string|number|Result)\b(?=\s*[=,)])/g, '');
      await new AsyncFunction('lib', 'assert', js)(lib, assert);
      expect(failures).toEqual([]);
    });
  }
});
