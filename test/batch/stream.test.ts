import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier.js';
import { classify } from '../../src/index.js';
import { classifyStream, isErrorRecord, OutputRecordSchema, ResultRecordSchema, ErrorOutputRecordSchema, type OutputRecord } from '../../src/batch/index.js';
import { FAULTY_WORKER, lexiconsSnapshot, listing } from './helpers.js';

async function collect(it: AsyncIterable<OutputRecord>): Promise<OutputRecord[]> {
  const out: OutputRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

/** The result part of an output record: everything but index, line, id and the kept fields. */
function resultPart(r: OutputRecord, keep: string[] = []): Record<string, unknown> {
  const o: Record<string, unknown> = { ...r };
  for (const k of ['index', 'line', 'id', ...keep]) delete o[k];
  return o;
}

describe('classifyStream', () => {
  it('gives one record per item, in order: results equal to classify() (same JSON, meta included), errors in place', async () => {
    const items: unknown[] = [
      listing(0),
      { id: 'a', text: listing(1), url: 'http://a.onion' },
      { id: 'b', text: 42, url: 'http://b.onion' },
      { id: 'c', body: 'no text field' },
      null,
      ['an', 'array'],
      { id: 5, text: listing(2) },
      '',
    ];
    const out = await collect(classifyStream(items, { workers: 2, keep: ['url'] }));
    expect(out.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(out.map((r) => (isErrorRecord(r) ? r.error.code : 'ok'))).toEqual(['ok', 'ok', 'TEXT_NOT_STRING', 'MISSING_TEXT', 'NOT_AN_OBJECT', 'NOT_AN_OBJECT', 'ok', 'ok']);
    expect(out.map((r) => r.id)).toEqual([null, 'a', 'b', 'c', null, null, 5, null]);
    expect(out[1]!['url']).toBe('http://a.onion');
    expect(out[2]!['url']).toBe('http://b.onion'); // kept fields travel with error records too
    const texts: Record<number, string> = { 0: listing(0), 1: listing(1), 6: listing(2), 7: '' };
    for (const r of out) {
      expect(OutputRecordSchema.safeParse(r).success).toBe(true);
      if (isErrorRecord(r)) {
        expect(ErrorOutputRecordSchema.safeParse(r).success).toBe(true);
        expect(r.meta).toEqual(classify('').meta);
        continue;
      }
      expect(ResultRecordSchema.safeParse(r).success).toBe(true);
      expect(JSON.stringify(resultPart(r, ['url']))).toBe(JSON.stringify(classify(texts[r.index]!)));
    }
  });

  it('gives byte-identical records with 0, 1 and 2 workers, and reads a custom text field', async () => {
    const lexiconsDir = lexiconsSnapshot();
    const items = Array.from({ length: 120 }, (_, i) => (i % 17 === 5 ? { id: i, body: 7 } : { id: i, body: listing(i), market: `m${i % 3}` }));
    const run = (workers: number) => collect(classifyStream(items, { workers, textField: 'body', keep: ['market'], classifierConfig: { lexiconsDir } }));
    const [w0, w1, w2] = [await run(0), await run(1), await run(2)];
    expect(w1.length).toBe(120);
    expect(JSON.stringify(w1)).toBe(JSON.stringify(w2));
    expect(JSON.stringify(w0)).toBe(JSON.stringify(w1));
    const c = createClassifier({ lexiconsDir });
    expect(JSON.stringify(resultPart(w2[3]!, ['market']))).toBe(JSON.stringify(c.classify(listing(3))));
    expect(w2.filter(isErrorRecord).map((r) => r.index)).toEqual([5, 22, 39, 56, 73, 90, 107]);
  });

  it('replaces a crashed or stuck worker and retries its record once, then gives WORKER_CRASH / TIMEOUT', async () => {
    const lexiconsDir = lexiconsSnapshot();
    const marker = join(tmpdir(), `contraband-crash-once-${process.pid}-${Date.now()}`);
    const items = [
      { id: 'ok1', text: listing(0) },
      { id: 'crash', text: `${listing(1)} @@CRASH@@` },
      { id: 'ok2', text: listing(2) },
      { id: 'once', text: `${listing(3)} @@CRASH_ONCE:${marker}@@` },
      { id: 'hang', text: `${listing(4)} @@HANG@@` },
      ...Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, text: listing(i) })),
    ];
    const out = await collect(classifyStream(items, { workers: 2, workerFile: FAULTY_WORKER, recordTimeoutMs: 1000, classifierConfig: { lexiconsDir } }));
    expect(out.map((r) => r.id)).toEqual(items.map((i) => i.id));
    const codes = Object.fromEntries(out.map((r) => [r.id, isErrorRecord(r) ? r.error.code : 'ok']));
    expect(codes['crash']).toBe('WORKER_CRASH');
    expect(codes['hang']).toBe('TIMEOUT');
    expect(codes['once']).toBe('ok'); // the retry succeeded
    expect(out.filter(isErrorRecord).length).toBe(2);
    const crash = out[1]!;
    expect(isErrorRecord(crash) && crash.error.message).toMatch(/exit code 7.*tried 2 times/);
    const c = createClassifier({ lexiconsDir });
    expect(JSON.stringify(resultPart(out[2]!))).toBe(JSON.stringify(c.classify(listing(2))));
  });

  it('holds a bounded window: a slow record does not make it read ahead without limit', async () => {
    let pulled = 0;
    let given = 0;
    let widest = 0;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < 300; i++) {
        pulled++;
        widest = Math.max(widest, pulled - given);
        yield i === 0 ? 'slow @@SLOW:2500@@' : listing(i);
      }
    }
    const out: OutputRecord[] = [];
    for await (const r of classifyStream(source(), { workers: 2, workerFile: FAULTY_WORKER, maxInFlight: 40, classifierConfig: { lexiconsDir: lexiconsSnapshot() } })) {
      given++;
      out.push(r);
    }
    expect(out.map((r) => r.index)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(widest).toBeLessThanOrEqual(41);
  });

  it('stops on abort after giving the records finished in order', async () => {
    const controller = new AbortController();
    const items = Array.from({ length: 2000 }, (_, i) => listing(i));
    const out: OutputRecord[] = [];
    for await (const r of classifyStream(items, { workers: 1, signal: controller.signal, classifierConfig: { lexiconsDir: lexiconsSnapshot() } })) {
      out.push(r);
      if (out.length === 10) controller.abort();
    }
    expect(out.length).toBeGreaterThanOrEqual(10);
    expect(out.length).toBeLessThan(2000);
    expect(out.map((r) => r.index)).toEqual(Array.from({ length: out.length }, (_, i) => i));
  });

  it('refuses kept fields that would overwrite output fields', async () => {
    await expect(classifyStream([], { keep: ['category'] }).next()).rejects.toThrow(/cannot keep "category"/);
  });
});
