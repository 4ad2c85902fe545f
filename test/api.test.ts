import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  classify,
  safeClassify,
  createClassifier,
  ResultSchema,
  ContrabandInputError,
  ContrabandOptionsError,
  LexiconError,
  loadLexiconsFromDir,
  defaultLexiconsDir,
  type Result,
  type Category,
  type ShippingMethod,
} from '../src/index.js';

function checkEvidence(text: string, r: Result): void {
  expect(ResultSchema.safeParse(r).success).toBe(true);
  const cps = [...text];
  for (const e of r.evidence) {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(cps.slice(e.cpStart, e.cpEnd).join('')).toBe(e.text);
  }
}

describe('classify', () => {
  it('returns a schema-valid result whose evidence slices the original text', () => {
    const texts = [
      '🇳🇱 5g Cocaïne — top quality ❄️ | Ships from: Netherlands | Price: EUR 45.00',
      'Ivoire sculpté &amp; corne de rhinocéros — envoi depuis la Belgique, 2&nbsp;500&euro;',
      '<p>Glock&nbsp;19 Gen5</p><p>Afhalen in Antwerpen 😎 — €1.800</p>',
      'Ｋｅｔａｍｉｎｅ ５ｇ — 𝓼𝓽𝓮𝓪𝓵𝓽𝓱 shipping 🚀🚀 from Germany',
    ];
    for (const t of texts) {
      const r = classify(t);
      expect(r.category).not.toBeNull();
      expect(r.evidence.length).toBeGreaterThan(0);
      checkEvidence(t, r);
    }
  });

  it("keeps carriers to FORMAT.md's canonical names and reports the others apart, each with evidence", () => {
    const r = classify('Cachets 280mg x25 — envoi depuis la Wallonie par bpost ou Mondial Relay, InPost en Pologne');
    expect(r.carriers).toEqual(['bpost']);
    expect(r.otherCarriers).toEqual(['Mondial Relay', 'InPost']);
    const sources = r.evidence.filter((e) => e.field === 'carrier').map((e) => [e.value, e.source]);
    expect(sources).toEqual([['bpost', 'extract:carrier'], ['Mondial Relay', 'extract:carrier:other'], ['InPost', 'extract:carrier:other']]);
    expect(classify('Weed 10g, Royal Mail 1st class').otherCarriers).toEqual([]);
  });

  it('reports carriers the text rules out apart from those it offers, with the refusal as evidence', () => {
    const r = classify('Glock 17 — DPD of GLS met track & trace. GEEN PostNL, NIET via DHL/UPS.');
    expect(r.carriers).toEqual(['DPD', 'GLS']);
    expect(r.refusedCarriers).toEqual(['PostNL', 'DHL', 'UPS']);
    const refused = r.evidence.filter((e) => e.field === 'suppressed' && e.source === 'extract:carrier').map((e) => [e.value, e.effect]);
    expect(refused).toEqual([['PostNL', 'refused by "geen"'], ['DHL', 'refused by "niet"'], ['UPS', 'refused by "niet"']]);
    // offered once and refused once: offered
    expect(classify('DHL Express to the EU. No DHL to the UK, use Royal Mail there.').refusedCarriers).toEqual([]);
  });

  it("reads a refused carrier's name where the vendor is, as an offered one", () => {
    // from Switzerland "La Poste" is Swiss Post; from France it is La Poste
    const ch = classify('Hasch 10g. Pas de La Poste, envoi depuis la Suisse en courrier A');
    expect(ch.origin).toBe('CH');
    expect(ch.refusedCarriers).toEqual(['Swiss Post']);
    expect(ch.evidence.filter((e) => e.field === 'suppressed' && e.source === 'extract:carrier').map((e) => e.value)).toEqual(['Swiss Post']);
    expect(classify('Hasch 10g. Pas de La Poste, envoi depuis la France en lettre suivie').refusedCarriers).toEqual(['La Poste']);
  });

  it('counts code points for Python and R: an emoji before a term shifts cpStart by one, start by two', () => {
    const t = '🍄🍄 psilocybin mushrooms';
    const r = classify(t);
    const e = r.evidence.find((x) => x.field === 'category' && x.text.startsWith('psilocybin'))!;
    expect(e.start - e.cpStart).toBe(2);
  });

  it('gives a defined empty result for empty, blank, junk and binary input', () => {
    const bytes = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    for (const t of ['', '   \n\t ', '\u0000\u0000\u0000', '\ud800\udc00\ud800', '!!!???...', bytes, '\u200b\u200b']) {
      const r = classify(t);
      expect(ResultSchema.safeParse(r).success).toBe(true);
      checkEvidence(t, r);
    }
    expect(classify('').category).toBeNull();
    expect(classify('   ').category).toBeNull();
    expect(classify('').confidence).toBe(0);
    expect(classify('').lang).toBe('und');
  });

  it('throws a typed error on a non-string, and safeClassify reports it', () => {
    for (const bad of [42, null, undefined, {}, ['x'], Buffer.from('x')]) {
      expect(() => classify(bad as unknown as string)).toThrow(ContrabandInputError);
      const r = safeClassify(bad);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error).toBeInstanceOf(ContrabandInputError);
    }
  });

  it('rejects unknown options with a typed error', () => {
    expect(() => classify('x', { maxInputLength: -1 })).toThrow(ContrabandOptionsError);
    expect(() => classify('x', { bogus: true } as never)).toThrow(ContrabandOptionsError);
  });

  it('per-call options: same results as options set at creation, validated every time they are new or not plain data', () => {
    const c = createClassifier();
    const preset = createClassifier({ options: { extract: false } });
    const t = '10g cocaine, ships from NL, 60 EUR';
    const per = c.classify(t, { extract: false });
    const again = c.classify(t, { extract: false });
    expect(again).toEqual(per);
    expect({ ...per, meta: null }).toEqual({ ...preset.classify(t), meta: null });
    expect(per.meta.optionsHash).toBe(preset.classify(t).meta.optionsHash);
    expect(per.price).toBeNull();
    // an options object changed between calls is read again
    const opts: { extract: boolean } = { extract: false };
    expect(c.classify(t, opts).price).toBeNull();
    opts.extract = true;
    expect(c.classify(t, opts).price).toEqual({ amount: 60, currency: 'EUR' });
    // invalid options throw on every call, also after valid ones were remembered
    for (let i = 0; i < 3; i++) expect(() => c.classify(t, { maxInputLength: -1 })).toThrow(ContrabandOptionsError);
    // values that JSON would drop or change are validated, not taken for the plain value they print as
    expect(() => c.classify(t, { extract: false, bogus: () => 1 } as never)).toThrow(ContrabandOptionsError);
    expect(() => c.classify(t, { maxInputLength: Number.NaN })).toThrow(ContrabandOptionsError);
    expect(() => c.classify(t, { toJSON: () => ({ extract: false }) } as never)).toThrow(ContrabandOptionsError);
  });

  it('truncates input longer than maxInputLength and says so', () => {
    const t = 'cocaine '.repeat(100);
    const r = classify(t, { maxInputLength: 50 });
    expect(r.truncated).toBe(true);
    for (const e of r.evidence) expect(e.end).toBeLessThanOrEqual(50);
    expect(classify(t).truncated).toBe(false);
  });

  it('keeps prototype-polluting words away from object lookups', () => {
    const t = '__proto__ constructor toString hasOwnProperty valueOf prototype __defineGetter__';
    const r = classify(t);
    expect(ResultSchema.safeParse(r).success).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('gives the same result twice, meta included', () => {
    const t = '1g MDMA crystal 84% — shipping from the Netherlands, €25';
    expect(classify(t)).toEqual(classify(t));
    expect(classify(t).meta.lexiconHash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('a text with words but no category term', () => {
  const lex = loadLexiconsFromDir(defaultLexiconsDir());
  const fallbackRate = (kind: string): number => lex.calibration!.fallbacks![kind]!;

  it('is the unplaced fallback when priced and nothing places a physical good, with that as its evidence', () => {
    const r = classify('The Seven Pillars of Wisdom - T. E. Lawrence\nPrice: USD 2.99');
    const f = lex.context.unplacedFallback!;
    expect([r.category, r.subcategory]).toEqual([f.category, f.subcategory]);
    const ev = r.evidence.filter((e) => e.field === 'category');
    expect(ev).toEqual([expect.objectContaining({ source: 'fallback:unplaced', value: `${f.category}/${f.subcategory}`, text: '' })]);
    expect(r.confidence).toBe(fallbackRate('unplaced'));
  });

  it('stays other when a place, a carrier, a weight or a count is named, or when there is no price', () => {
    for (const t of [
      'The Seven Pillars of Wisdom\nShips from: Germany\nPrice: USD 2.99',
      'The Seven Pillars of Wisdom, sent with DHL - $3',
      'The Seven Pillars of Wisdom, 25 pieces - $3',
      'The Seven Pillars of Wisdom',
    ]) {
      const r = classify(t);
      expect([r.category, r.evidence.find((e) => e.field === 'category')?.source], t).toEqual(['other', 'fallback:no-term']);
      expect(r.confidence).toBe(fallbackRate('no-term'));
    }
  });

  it('does not take a country code for a place unless it is written in capitals', () => {
    expect(classify('De zeven pijlers van wijsheid - 3 euro').category).toBe(lex.context.unplacedFallback!.category);
    expect(classify('The Seven Pillars of Wisdom - DE stock - 3 euro').category).toBe('other');
  });

  it('decides the same with extraction off, and falls back to other when the category is not allowed', () => {
    const text = 'The Seven Pillars of Wisdom - $2.99';
    expect(createClassifier().classify(text, { extract: false }).category).toBe(classify(text).category);
    const restricted = createClassifier({ categories: ['drugs', 'other'] });
    expect(restricted.classify(text).category).toBe('other');
  });

  it('keeps a term after a set phrase that only looks like a negation, and still negates a real one', () => {
    expect(classify('No cut cocaine 5g').category).toBe('drugs');
    const r = classify('No cocaine, only cutting agents: mannitol 100g');
    expect(r.evidence.some((e) => e.field === 'suppressed' && e.text.toLowerCase() === 'cocaine')).toBe(true);
  });
});

describe('overlapping terms', () => {
  const lex = loadLexiconsFromDir(defaultLexiconsDir());
  const weightOfTerm = (term: string): number => {
    const e = lex.categories.flatMap((f) => f.entries).find((x) => Object.values(x.terms).some((ts) => ts?.includes(term)));
    return e!.weight ?? 1;
  };
  const categoryEvidence = (r: Result) => r.evidence.filter((e) => e.field === 'category');

  it('lets a longer term of the same category carry the weight of a stronger term it contains, keeping its own subcategory', () => {
    const c = createClassifier().withEntries([{ id: 'test-weak-phrase', category: 'documents', subcategory: 'other-documents', weight: 0.25, terms: { en: ['plum passport'] } }]);
    const r = c.classify('plum passport\nsecond line');
    const ev = categoryEvidence(r);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ text: 'plum passport', source: 'lexicon:test-weak-phrase' });
    // the title boost (1.5) applies to the lent weight as to any other
    expect(ev[0]!.weight).toBeCloseTo(weightOfTerm('passport') * 1.5, 3);
    expect(r.subcategory).toBe('other-documents');
  });

  it('lends nothing across categories, and nothing to a weight-0 phrase that exists to cancel a word', () => {
    const c = createClassifier().withEntries([
      { id: 'test-other-phrase', category: 'other', subcategory: 'other', weight: 0.25, terms: { en: ['plum passport'] } },
      { id: 'test-cancel', category: 'documents', subcategory: 'identity', weight: 0, terms: { en: ['passport holder'] } },
    ]);
    const a = categoryEvidence(c.classify('plum passport\nsecond line'));
    expect(a.map((e) => [e.source, e.weight])).toEqual([['lexicon:test-other-phrase', 0.375]]);
    const b = c.classify('leather passport holder\nsecond line');
    expect(categoryEvidence(b).some((e) => e.source === 'lexicon:doc-passport')).toBe(false);
    expect(b.scores.documents).toBe(0);
  });
});

describe('createClassifier', () => {
  it('restricts categories', () => {
    const c = createClassifier({ categories: ['firearms', 'wildlife', 'other'] });
    const r = c.classify('10g cocaine and a Glock 19');
    expect(r.category).toBe('firearms');
    expect(r.scores.drugs).toBe(0);
    expect(r.calibrated).toBe(false);
  });

  it('adds terms as a new classifier and leaves the old one unchanged', () => {
    const base = createClassifier();
    const text = 'fresh zorblax crystals in stock';
    const added = base.withEntries([{ id: 'zorblax', category: 'drugs', subcategory: 'research-chemicals', terms: { any: ['zorblax'] }, weight: 2 }]);
    expect(added.classify(text).category).toBe('drugs');
    expect(added.classify(text).subcategory).toBe('research-chemicals');
    expect(base.classify(text).subcategory).not.toBe('research-chemicals');
    expect(added.lexiconHash).not.toBe(base.lexiconHash);
    expect(added.classify(text).calibrated).toBe(false);
    expect(base.calibrated).toBe(true);
  });

  it('removes terms as a new classifier', () => {
    const base = createClassifier();
    const text = 'ketamine';
    expect(base.classify(text).category).toBe('drugs');
    expect(base.without(['ketamine']).classify(text).evidence.some((e) => e.text.toLowerCase() === 'ketamine' && e.field === 'category' && e.source === 'lexicon:ketamine')).toBe(false);
  });

  it('is frozen', () => {
    const c = createClassifier();
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.config)).toBe(true);
  });

  it('rejects a bad config with a typed error', () => {
    expect(() => createClassifier({ categories: ['weapons'] } as never)).toThrow(ContrabandOptionsError);
  });

  it('rejects lexicons with bad number words or currencies with a typed error', () => {
    const lexicons = loadLexiconsFromDir(defaultLexiconsDir());
    expect(() => createClassifier({ lexicons: { ...lexicons, numbers: { ...lexicons.numbers, units: [] } } })).toThrow(LexiconError);
    expect(() => createClassifier({ lexicons: { ...lexicons, currencies: { currencies: [{ code: 'eur' }] } } as never })).toThrow(LexiconError);
    const { numbers: _missing, ...noNumbers } = lexicons;
    expect(() => createClassifier({ lexicons: noNumbers as never })).toThrow(/numbers/);
  });

  it('a customised classifier and the shipped one agree where the customisation does not reach', () => {
    // the shipped classifier may start from a prebuilt snapshot; a customised one compiles the lexicons
    const base = createClassifier();
    const custom = base.withEntries([{ id: 'zorblax', category: 'drugs', subcategory: 'research-chemicals', terms: { any: ['zorblax'] }, weight: 2 }]);
    for (const text of ['Glock 19 Gen5, ships from Belgium, 1 800 €', '5g MDMA kristallen, verzending vanuit Nederland', 'Ivoire sculpté, envoi depuis la France']) {
      const a = base.classify(text);
      const b = custom.classify(text);
      expect({ ...b, meta: undefined, confidence: undefined, calibrated: undefined }).toEqual({ ...a, meta: undefined, confidence: undefined, calibrated: undefined });
    }
  });
});

describe('types', () => {
  it('derives literal unions from the taxonomy', () => {
    expectTypeOf<Result['category']>().toEqualTypeOf<Category | null>();
    expectTypeOf<Result['shipping']>().toEqualTypeOf<ShippingMethod[]>();
    expectTypeOf<Category>().toEqualTypeOf<'drugs' | 'firearms' | 'wildlife' | 'counterfeit' | 'fraud' | 'documents' | 'digital' | 'services' | 'other'>();
  });
});
