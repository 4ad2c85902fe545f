import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readLexiconSources, sourcesDigest } from '../../src/lexicon/load.js';

// Loads the BUILT package through its exports map, as a user would, from a child process so the
// resolution is Node's own (not vitest's).
const root = new URL('../../', import.meta.url).pathname;
const listing = 'Glock 19 Gen5 with 2 mags and 50 rounds of 9mm — Ships from: Belgium — Prix : 1 800 €';

function runNode(code: string, type: 'module' | 'commonjs'): string {
  return execFileSync(process.execPath, [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code], { cwd: root, encoding: 'utf8' });
}

describe('built package', () => {
  it('has the files the exports map names', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, Record<string, Record<string, string>>>; bin: Record<string, string> };
    for (const cond of ['import', 'require']) for (const f of Object.values(pkg.exports['.']![cond]!)) expect(existsSync(`${root}${f}`)).toBe(true);
    expect(existsSync(`${root}${pkg.bin['contraband']}`)).toBe(true);
  });

  it('classifies through import (ESM)', () => {
    const out = runNode(`import { classify, ResultSchema } from 'contraband'; const r = classify(${JSON.stringify(listing)}); ResultSchema.parse(r); console.log(JSON.stringify(r));`, 'module');
    const r = JSON.parse(out) as { category: string; origin: string; evidence: { start: number; end: number; text: string }[] };
    expect(r.category).toBe('firearms');
    expect(r.origin).toBe('BE');
    for (const e of r.evidence) expect(listing.slice(e.start, e.end)).toBe(e.text);
  });

  it('starts from a current lexicon snapshot, and gives exactly what compiling the lexicons gives', () => {
    // the shipped snapshot was made from these very lexicon files (a stale one would be ignored silently)
    const header = JSON.parse(readFileSync(`${root}dist/lexicons.snapshot.bin`, 'utf8').split('\n', 1)[0]!) as { digest: string };
    expect(header.digest).toBe(sourcesDigest(readLexiconSources(`${root}lexicons`)));
    // the same bundle without a snapshot beside it compiles the lexicons itself
    const tmp = mkdtempSync(join(tmpdir(), 'contraband-nosnap-'));
    mkdirSync(join(tmp, 'dist'));
    copyFileSync(`${root}dist/index.js`, join(tmp, 'dist', 'index.js'));
    symlinkSync(`${root}lexicons`, join(tmp, 'lexicons'));
    symlinkSync(`${root}node_modules`, join(tmp, 'node_modules'));
    const corpus = ['en', 'nl', 'fr-a', 'fr-b'].flatMap((f) => readFileSync(`${root}benchmarks/corpus/${f}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
    writeFileSync(join(tmp, 'texts.json'), JSON.stringify(corpus));
    const script = (mod: string): string =>
      `import { createClassifier } from ${JSON.stringify(mod)}; import { readFileSync } from 'node:fs'; import { createHash } from 'node:crypto'; ` +
      `const c = createClassifier(); const t = JSON.parse(readFileSync(${JSON.stringify(join(tmp, 'texts.json'))}, 'utf8')); const rs = t.map((x) => c.classify(x)); ` +
      `const added = c.withEntries([{ id: 'zorblax', category: 'drugs', subcategory: 'research-chemicals', terms: { any: ['zorblax'] }, weight: 2 }]).without(['ketamine']); ` +
      `const rs2 = t.map((x) => added.classify(x)); const sha = (v) => createHash('sha256').update(JSON.stringify(v)).digest('hex'); ` +
      `console.log(JSON.stringify({ n: rs.length, drugs: rs.filter((r) => r.category === 'drugs').length, sha: sha(rs), customised: sha(rs2) }));`;
    const fast = runNode(script(`${root}dist/index.js`), 'module');
    const slow = runNode(script(join(tmp, 'dist', 'index.js')), 'module');
    const f = JSON.parse(fast) as { n: number; drugs: number };
    expect(f.n).toBe(corpus.length);
    expect(f.drugs).toBeGreaterThan(50);
    expect(fast).toBe(slow);
  });

  it('classifies through require (CJS) with the same result', () => {
    const esm = runNode(`import { classify } from 'contraband'; console.log(JSON.stringify(classify(${JSON.stringify(listing)})));`, 'module');
    const cjs = runNode(`const { classify, ResultSchema } = require('contraband'); const r = classify(${JSON.stringify(listing)}); ResultSchema.parse(r); console.log(JSON.stringify(r));`, 'commonjs');
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it('loads no node:crypto for the default classifier (a tenth of start-up), and still hashes when customised', () => {
    const code = `const m = await import('contraband'); m.classify('10g cocaine'); const before = process.moduleLoadList.filter((x) => /crypto/.test(x)).length;
      const custom = m.createClassifier({ addEntries: [{ id: 'test-zzkush', category: 'drugs', subcategory: 'cannabis', terms: { any: ['zzkush'] } }] });
      const r = custom.classify('zzkush 5g');
      console.log(JSON.stringify({ before, after: process.moduleLoadList.filter((x) => /crypto/.test(x)).length, category: r.category, hash: r.meta.lexiconHash, plain: m.classify('zzkush 5g').meta.lexiconHash }));`;
    const out = JSON.parse(runNode(code, 'module')) as { before: number; after: number; category: string; hash: string; plain: string };
    expect(out.before).toBe(0);
    expect(out.after).toBeGreaterThan(0);
    expect(out.category).toBe('drugs');
    expect(out.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(out.hash).not.toBe(out.plain);
  });

  it('prints nothing and leaves process.env alone when imported', () => {
    const code = `const before = JSON.stringify(process.env); require('contraband'); if (JSON.stringify(process.env) !== before) { console.log('ENV CHANGED'); }`;
    expect(runNode(code, 'commonjs')).toBe('');
    const esm = `const before = JSON.stringify(process.env); await import('contraband'); if (JSON.stringify(process.env) !== before) console.log('ENV CHANGED');`;
    expect(runNode(esm, 'module')).toBe('');
  });

  it('opens no network connection when imported and used', () => {
    const code = `
      const net = require('node:net'); const dns = require('node:dns'); const http = require('node:http'); const https = require('node:https');
      const calls = [];
      for (const [o, k] of [[net.Socket.prototype, 'connect'], [dns, 'lookup'], [dns, 'resolve'], [http, 'request'], [https, 'request'], [net, 'createConnection']]) {
        const orig = o[k]; o[k] = function (...a) { calls.push(k); return orig.apply(this, a); };
      }
      const { classify, createClassifier } = require('contraband');
      classify(${JSON.stringify(listing)}); createClassifier({ categories: ['drugs'] }).classify('5g ketamine');
      console.log(JSON.stringify(calls));`;
    expect(JSON.parse(runNode(code, 'commonjs'))).toEqual([]);
  });

  it('the CLI gives the same result as the API, meta included', () => {
    const cli = execFileSync(process.execPath, [`${root}dist/cli.js`, 'classify', listing], { cwd: root, encoding: 'utf8' });
    const api = runNode(`const { classify } = require('contraband'); console.log(JSON.stringify(classify(${JSON.stringify(listing)})));`, 'commonjs');
    expect(JSON.parse(cli)).toEqual(JSON.parse(api));
  });

  it("does not bundle or require natural's database clients", () => {
    const req = createRequire(`${root}package.json`);
    const deps = Object.keys((JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    expect(deps).not.toContain('natural');
    const cjs = readFileSync(req.resolve('contraband'), 'utf8');
    for (const db of ['mongoose', 'redis', 'pg', 'memjs', 'dotenv']) expect(cjs).not.toMatch(new RegExp(`require\\(["']${db}["']\\)`));
  });
});
