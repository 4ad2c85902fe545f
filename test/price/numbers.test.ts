import { describe, expect, it } from 'vitest';
import { compilePrices, extractPrices } from '../../src/extract/price.js';
import { literalOf, numberLiteral, numberValue, parseNumberWords, tokenize, type NumberLiteral } from '../../src/extract/numbers.js';
import { CurrencyLexiconSchema } from '../../src/schema/lexicon.js';
import { NumberWordsSchema } from '../../src/schema/price.js';
import { compiled, currencies, fold, numbers, run } from './helpers.js';

describe('number literals of every locale', () => {
  // [literal, fiat value, crypto value]
  const rows: readonly (readonly [string, number | null, number | null])[] = [
    ['42', 42, 42],
    ['42.50', 42.5, 42.5],
    ['42,50', 42.5, 42.5],
    ['4,5', 4.5, 4.5],
    ['1.250,00', 1250, 1250],
    ['1,250.00', 1250, 1250],
    ['1.250', 1250, 1.25], // one separator, three digits: thousands, except in crypto
    ['1,250', 1250, 1.25],
    ['0.015', 0.015, 0.015], // leading zero: always a decimal
    ['0,015', 0.015, 0.015],
    ['1250.5', 1250.5, 1250.5],
    ['1234.567', 1234.567, 1234.567], // more than three digits before: a decimal
    ['12.345.678', 12345678, 12345678],
    ['12,575,348.74', 12575348.74, 12575348.74],
    ['1.000.000,5', 1000000.5, 1000000.5],
    ["1'250", 1250, 1250],
    ["1'250.50", 1250.5, 1250.5],
    ['0.00095', 0.00095, 0.00095],
    ['45,-', 45, 45],
    ['2.200,-', 2200, 2200],
    ['1.1.1.1', null, null],
    ['12,34,5', null, null],
    ['1,25,000', 125000, 125000], // Indian grouping: lakhs by two
    ['2,50,00,000', 25000000, 25000000],
    ['1,25,000.50', 125000.5, 125000.5],
    ['1.25.000', null, null],
    ['01,25,000', null, null],
    ['1.250.00', null, null],
    ['1,2.3', null, null],
    ['1234.567.890', null, null],
    ['9999999999', null, null], // above 1e9
    ['999999999', 999999999, 999999999],
  ];
  for (const [lit, fiat, crypto] of rows) {
    it(`${lit} → ${fiat} (crypto ${crypto})`, () => {
      const l = literalOf(lit);
      expect(l).not.toBeNull();
      expect(numberValue(l!, false)).toBe(fiat);
      expect(numberValue(l!, true)).toBe(crypto);
    });
  }

  it('reads each number by itself: decimal comma and thousands dot in one text', () => {
    const { result } = run('€4,50 per gram, 1.250 euro per 250g, 0,015 btc per g');
    expect(result.prices.map((p) => [p.amount, p.currency])).toEqual([
      [4.5, 'EUR'],
      [1250, 'EUR'],
      [0.015, 'BTC'],
    ]);
  });

  it('reads "1,250 btc" as a crypto decimal and "€1,250" as thousands', () => {
    expect(run('1,250 btc').result.headline?.amount).toBe(1.25);
    expect(run('€1,250').result.headline?.amount).toBe(1250);
    expect(run('1.500 €').result.headline?.amount).toBe(1500);
  });

  it('reads space-grouped thousands only next to a currency', () => {
    expect(run('Prix : 1 250,00 €').result.headline?.amount).toBe(1250);
    expect(run('42 000 $ le kg').result.headline?.amount).toBe(42000);
    expect(run('€ 12 500').result.headline?.amount).toBe(12500);
    expect(run('1 000 pièces – 500 €').result.headline?.amount).toBe(500);
    expect(run('Glock 19 450€').result.headline?.amount).toBe(450);
  });

  it('reads thousands suffixes and scale words', () => {
    expect(run('2k€').result.headline?.amount).toBe(2000);
    expect(run('1.5k eur').result.headline?.amount).toBe(1500);
    expect(run('$2,5k').result.headline?.amount).toBe(2500);
    expect(run('2 mille euros').result.headline?.amount).toBe(2000);
    expect(run('3 duizend euro').result.headline?.amount).toBe(3000);
  });

  it('reads literals as the TSDoc example says', () => {
    expect(literalOf('1.250,00')).toEqual({ groups: ['1', '250', '00'], seps: ['.', ','], dashEuro: false });
    expect(literalOf('12 mg')).toBeNull();
  });

  it('tokenizes as the TSDoc example says', () => {
    expect(tokenize(fold('5g – €42.50')).map((t) => t.text)).toEqual(['5', 'g', '-', '€', '42.50']);
  });
});

describe('number words', () => {
  const rows: readonly (readonly [string, number | null])[] = [
    ['forty', 40],
    ['twenty five', 25],
    ['twenty-five', 25],
    ['one hundred and fifty', 150],
    ['a hundred', 100],
    ['eleven hundred', 1100],
    ['two thousand five hundred', 2500],
    ['vijftig', 50],
    ['vijfenveertig', 45],
    ['tweeenveertig', 42],
    ['honderdvijftig', 150],
    ['tweehonderdvijftig', 250],
    ['drieduizend', 3000],
    ['cinquante', 50],
    ['quatre-vingts', 80],
    ['quatre vingt dix', 90],
    ['soixante-dix-sept', 77],
    ['soixante et onze', 71],
    ['vingt et un', 21],
    ['dix-sept', 17],
    ['deux cents', 200],
    ['cent cinquante', 150],
    ['deux mille cinq cents', 2500],
    ['septante', 70],
    ['huitante', 80],
    ['octante', 80],
    ['nonante-neuf', 99],
    ['two three', null],
    ['twenty twenty', null],
    ['and', null],
    ['vijf en', null],
    ['a', null],
    ['tienen', null],
    ['pills', null],
  ];
  for (const [words, want] of rows) {
    it(`${words} → ${want}`, () => {
      const list = words.split(/[\s-]+/);
      expect(parseNumberWords(compiled.numberWords, list)).toBe(want);
    });
  }
  it('runs the TSDoc example', () => {
    expect(parseNumberWords(compiled.numberWords, ['vijfenveertig'])).toBe(45);
  });
});

describe('lexicons', () => {
  const folded = (s: string): boolean => s === fold(s).replace(/\s+/g, ' ').trim();

  it('currencies.json and numbers.json validate against their schemas', () => {
    expect(CurrencyLexiconSchema.safeParse(currencies).success).toBe(true);
    expect(NumberWordsSchema.safeParse(numbers).success).toBe(true);
  });

  it('every currency code is unique and every term is folded', () => {
    const codes = currencies.currencies.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of currencies.currencies) {
      for (const w of c.words ?? []) expect(folded(w), w).toBe(true);
      for (const s of c.symbols ?? []) expect(folded(s.symbol), s.symbol).toBe(true);
    }
    for (const lang of Object.values(numbers.languages)) for (const w of Object.keys(lang.units)) expect(folded(w), w).toBe(true);
    for (const [list, terms] of Object.entries(numbers.cues)) for (const t of terms) expect(folded(t), `${list}: ${t}`).toBe(true);
    for (const u of numbers.units) for (const t of u.terms) expect(folded(t), t).toBe(true);
  });

  it('no currency word names two currencies, and no list repeats a term', () => {
    const seen = new Map<string, string>();
    for (const c of currencies.currencies) {
      for (const w of [c.code.toLowerCase(), ...(c.words ?? [])]) {
        expect(seen.get(w) ?? c.code, `${w} in ${c.code} and ${seen.get(w)}`).toBe(c.code);
        seen.set(w, c.code);
      }
    }
    for (const [list, terms] of Object.entries(numbers.cues)) expect(new Set(terms).size, list).toBe(terms.length);
    const unitTerms = numbers.units.flatMap((u) => u.terms);
    expect(new Set(unitTerms).size).toBe(unitTerms.length);
  });

  it('a safe symbol names one currency only', () => {
    const safe = new Map<string, string>();
    for (const c of currencies.currencies) {
      for (const s of c.symbols ?? []) {
        if (!s.safe) continue;
        expect(safe.get(s.symbol), s.symbol).toBeUndefined();
        safe.set(s.symbol, c.code);
      }
    }
    expect(safe.get('$')).toBe('USD');
    expect(safe.get('€')).toBe('EUR');
    expect(safe.has('¥')).toBe(false); // ambiguous: JPY or CNY
  });

  it('the lexicon schemas refuse invalid currencies and number words; compilePrices works with a user lexicon', () => {
    // compilePrices takes validated data: the lexicon schemas (part of validateLexicons) are the gate
    expect(CurrencyLexiconSchema.safeParse({ currencies: [{ code: 'eur' }] }).success).toBe(false);
    expect(NumberWordsSchema.safeParse({ ...numbers, units: [] }).success).toBe(false);
    const own = compilePrices({ currencies: [{ code: 'EUR', symbols: [{ symbol: '€', safe: true }], words: ['ballekes'] }] }, numbers);
    expect(extractPrices(fold('10 gram voor 60 ballekes'), own).headline).toMatchObject({ amount: 60, currency: 'EUR' });
    expect(extractPrices(fold('10 gram voor $60'), own).headline).toBeNull();
  });

  it('compiles to an immutable object', () => {
    expect(Object.isFrozen(compiled)).toBe(true);
  });
});

describe('public API', () => {
  it('runs the extractPrices TSDoc example', () => {
    const h = extractPrices('price: 5 gr - eur 42.50', compiled).headline;
    expect(h).toMatchObject({ amount: 42.5, currency: 'EUR', kind: 'field', quantity: { amount: 5, unit: 'g' } });
  });

  it('fits the result schema of the classifier (PriceMention, Quantity) once mapped to the original text', async () => {
    const { PriceMentionSchema, QuantitySchema } = await import('../../src/schema/result.js');
    const { folded, result } = run('Prijs: € 60,- per gram\nStaffel: 5g € 275 | 10g € 520\nMDMA 84% 250mg');
    for (const p of result.prices) {
      const { weak: _weak, ...mention } = p;
      expect(PriceMentionSchema.safeParse({ ...mention, text: folded.slice(p.start, p.end) }).success).toBe(true);
    }
    for (const q of result.quantities) expect(QuantitySchema.safeParse({ ...q, text: folded.slice(q.start, q.end) }).success).toBe(true);
    expect(result.quantities.map((q) => q.role)).toEqual(['amount', 'amount', 'purity', 'dose']);
  });
});

describe('token vocabulary', () => {
  // Tokens whose text no phrase set or symbol table knows skip those lookups (Token.known === false):
  // the shortcut must never hide a phrase, so extraction with it equals extraction without it.
  const listings = [
    'Prijs: € 60,- per gram\nStaffel: 5g € 275 | 10g € 520',
    'Prix : 80 € les 10 g, frais de port offerts, à partir de 3 ballekes',
    'Price: USD 190.12\n1 oz for two hundred dollars, was ~~$250~~, min order 5g',
    '0.015 BTC per 100 pills 💊🇳🇱 tracking +5€ (+€7 for express)',
    'Face value 50 euro notes, 20 stuks voor 150 euro; bulk 1kg €9.000',
  ];
  it('knows every text the phrase sets look up', () => {
    const sets = [compiled.currencyWords, compiled.units, compiled.phrases, ...Object.values(compiled.cues)];
    for (const set of sets) for (const key of set.keys()) expect(compiled.vocabulary.has(key)).toBe(true);
    for (const key of compiled.symbolFirst) expect(compiled.vocabulary.has(key)).toBe(true);
  });
  it('gives the same prices and quantities as without the shortcut', () => {
    // a vocabulary of every text in the listings marks no token unknown: the lookups all run
    const all = new Set(listings.flatMap((l) => tokenize(fold(l)).map((t) => t.text)));
    const everything = { ...compiled, vocabulary: all };
    for (const l of listings) {
      const text = fold(l);
      expect(extractPrices(text, compiled)).toEqual(extractPrices(text, everything));
    }
  });
});

describe('numberLiteral reads back the number tokens tokenize delimits', () => {
  // every number token of generated text: digit runs, separators, Dutch "45,-" endings, signs around them
  const alphabet = ['1', '12', '250', '0', '9999', '.', ',', "'", '-', '=', ',-', ',--', '.-', ',=', ' ', 'x', '€'];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const texts = Array.from({ length: 300 }, () => Array.from({ length: 1 + (next() % 12) }, () => alphabet[next() % alphabet.length]).join(''));
  // what may follow the digit groups of one token: nothing, or the Dutch euro ending
  const DASH_ENDINGS = ['', ',-', ',--', '.-', '.--', ',=', '.=', ',=-', '.=-'];

  it('splits every number token into digit groups, separators and the ending, losing nothing', () => {
    let numbers = 0;
    let dashed = 0;
    for (const text of texts) {
      for (const t of tokenize(text)) {
        if (t.kind !== 'num') continue;
        numbers++;
        const lit: NumberLiteral = numberLiteral(t.text);
        expect(lit.groups.every((g) => /^[0-9]+$/.test(g))).toBe(true);
        expect(lit.seps.length).toBe(lit.groups.length - 1);
        expect(lit.seps.every((c) => c === '.' || c === ',' || c === "'")).toBe(true);
        const body = lit.groups.map((g, k) => (k === 0 ? g : lit.seps[k - 1]! + g)).join('');
        const ending = t.text.slice(body.length);
        expect({ text: t.text, body: t.text.startsWith(body), ending: DASH_ENDINGS.includes(ending), dashEuro: lit.dashEuro }).toEqual({ text: t.text, body: true, ending: true, dashEuro: ending !== '' });
        if (lit.dashEuro) dashed++;
      }
    }
    expect(numbers).toBeGreaterThan(300);
    expect(dashed).toBeGreaterThan(10);
  });
});
