import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { lazySchema } from '../src/schema/lazy.js';
import { ResultSchema } from '../src/schema/result.js';
import { ClassifyOptionsSchema } from '../src/schema/options.js';

// Module-level schemas are built on first use (start-up time); they must behave as the schema itself.
describe('lazySchema', () => {
  it('builds nothing until first used, then builds once', () => {
    let builds = 0;
    const S = lazySchema(() => {
      builds++;
      return z.object({ a: z.number() });
    });
    expect(builds).toBe(0);
    expect(S.parse({ a: 1 })).toEqual({ a: 1 });
    expect(S.safeParse({ a: 'x' }).success).toBe(false);
    expect(Object.keys(S.shape)).toEqual(['a']);
    expect(builds).toBe(1);
  });

  it('is a zod schema to instanceof, to other schemas, and to extend', () => {
    const Inner = lazySchema(() => z.enum(['x', 'y']));
    expect(Inner instanceof z.ZodType).toBe(true);
    const Outer = lazySchema(() => z.object({ k: Inner, list: z.array(Inner).optional() }));
    expect(Outer.parse({ k: 'x', list: ['y'] })).toEqual({ k: 'x', list: ['y'] });
    expect(() => Outer.parse({ k: 'z' })).toThrow(z.ZodError);
    const Wider = Outer.extend({ n: z.number() });
    expect(Wider.safeParse({ k: 'y', n: 2 }).success).toBe(true);
    expect(Wider.safeParse({ k: 'y' }).success).toBe(false);
  });

  it('keeps the exported schemas usable as before', () => {
    expect(Object.keys(ResultSchema.shape)).toContain('category');
    expect(ClassifyOptionsSchema.safeParse({ extract: 'yes' }).success).toBe(false);
    expect(ClassifyOptionsSchema.parse({ extract: false })).toEqual({ extract: false });
  });
});
