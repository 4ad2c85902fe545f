import { describe, expect, it } from 'vitest';
import { createNormaliser, toOriginalSpan } from '../src/text/normalise.js';
import { tokenise, WordTable } from '../src/text/tokenise.js';

const normalise = createNormaliser();

describe('normalise', () => {
  it.each([
    ['Cocaïne PURE', 'cocaine pure'],
    ['NEUSHOORN Poeder', 'neushoorn poeder'],
    ['Écailles de PANGOLIN', 'ecailles de pangolin'],
    ['corne de rhinocéros', 'corne de rhinoceros'],
    ['3-MMC 9mm 1g 60€', '3-mmc 9mm 1g 60€'],
    ['Straße', 'strasse'],
    ['&euro;45 &amp; more', '€45 & more'],
    ['caf&#233; &#x20AC;', 'cafe €'],
    ['<b>Ketamine</b> <br>shard', ' ketamine  \nshard'],
    ['<s>€60</s> <del>€50</del> €45 <span>x</span>', '~~€60~~ ~~€50~~ €45  x '],
    ['c\u200bo\u200dk\ufeffe', 'coke'],
    ['сосаіnе', 'cocaine'], // Cyrillic look-alikes
    ['ｋｅｔａ', 'keta'], // fullwidth
    ['ﬁne', 'fine'],
    ['10g – 60€ — fast', '10g - 60€ - fast'],
    ['l’Allemagne', "l'allemagne"],
    ['a\u0000b\u0007c', 'a b c'],
    ['', ''],
    // UTF-8 read as Windows-1252 by a scraper (mojibake) is read as it was written
    ['1g â‚¬60 – BelgiÃ«', '1g €60 - belgie'],
    ['HÃ‰RO brune, ExpÃ©diÃ© depuis', 'hero brune, expedie depuis'],
    ['200Âµg ðŸŒˆ Â£15', '200ug 🌈 £15'],
    // letters struck through with a combining stroke read as a struck span
    ['1 pack £̶6̶0̶ £45', '1 pack ~~£60~~ £45'],
    ['1g ̶4̶0̶€̶ 30€', '1g ~~40€~~ 30€'],
    // ordinary accented text is left as it is
    ['Ça été à côté, Ãx Â', 'ca ete a cote, ax a'],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('leaves an unknown entity and a stray < or & as text', () => {
    expect(normalise('a &bogus; b < c & d').text).toBe('a &bogus; b < c & d');
  });

  it('maps every folded character back into the original', () => {
    const inputs = ['Cocaïne 🇳🇱 &eacute;clat <i>x</i>', 'ﬁne Straße ❄️ 10€', 'e\u0301te\u0301', '\ud83d\ude00 lone \ud800 surrogate'];
    for (const input of inputs) {
      const n = normalise(input);
      expect(n.starts.length).toBe(n.text.length);
      for (let i = 0; i < n.text.length; i++) {
        expect(n.starts[i]!).toBeLessThanOrEqual(n.ends[i]!);
        expect(n.ends[i]!).toBeLessThanOrEqual(input.length);
        if (i > 0) expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
      }
    }
  });

  it('maps a span of a folded word to the original word, accents and entities included', () => {
    const input = 'Prix: 80&nbsp;&euro; — Cocaïne péruvienne';
    const n = normalise(input);
    const at = n.text.indexOf('cocaine');
    const [s, e] = toOriginalSpan(n, at, at + 'cocaine'.length);
    expect(input.slice(s, e)).toBe('Cocaïne');
    const eu = n.text.indexOf('€');
    const [s2, e2] = toOriginalSpan(n, eu, eu + 1);
    expect(input.slice(s2, e2)).toBe('&euro;');
  });

  it('maps a repaired mojibake character back to the characters it was written as', () => {
    const input = 'Prijs: â‚¬45';
    const n = normalise(input);
    const eu = n.text.indexOf('€');
    const [s, e] = toOriginalSpan(n, eu, eu + 1);
    expect(input.slice(s, e)).toBe('â‚¬');
  });

  it('handles a lone surrogate and NUL bytes without throwing', () => {
    expect(() => normalise('\ud800\u0000\udfff')).not.toThrow();
    expect(normalise('\ud800x').text).toBe(' x');
  });

  it('stays linear on a long run of tag openers and ampersands', () => {
    const input = '<a'.repeat(50_000) + '&'.repeat(50_000);
    const n = normalise(input);
    expect(n.text.length).toBe(input.length);
  });
});

describe('tokenise', () => {
  it('splits words, numbers, emoji and symbols with spans', () => {
    const text = normalise('10g Cocaïne ❄️ 🇳🇱 €60').text;
    const toks = tokenise(text);
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['10g', 'word'],
      ['cocaine', 'word'],
      ['❄', 'emoji'],
      ['🇳🇱', 'emoji'],
      ['€', 'symbol'],
      ['60', 'word'],
    ]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks sentence and line breaks but not decimal points', () => {
    const toks = tokenise('tiger. bone 1.5 g\nrhino horn');
    const words = toks.filter((t) => t.kind === 'word');
    expect(words.map((w) => [w.text, w.brk])).toEqual([
      ['tiger', true],
      ['bone', true],
      ['1', false],
      ['5', false],
      ['g', false],
      ['rhino', true],
      ['horn', false],
    ]);
  });

  it('does not break at the dot of a file type written after a space', () => {
    const words = tokenise('sent as .txt file.next (.csv)').filter((t) => t.kind === 'word');
    expect(words.map((w) => [w.text, w.brk])).toEqual([
      ['sent', true],
      ['as', false],
      ['txt', false],
      ['file', false],
      ['next', true],
      ['csv', false],
    ]);
  });

  it('reads small capitals as Latin letters', () => {
    expect(normalise('ʟsᴅ ᴛᴀʙs ʙᴜᴠᴀʀᴅs ꜱᴘᴇᴇᴅ').text).toBe('lsd tabs buvards speed');
  });

  it('keeps a line break across the bullets and signs that start the next line', () => {
    for (const symbols of [true, false]) {
      const words = tokenise(normalise('zonder tracking\n- Track & trace\n* (brief) ok\n• bpost').text, { symbols }).filter((t) => t.kind === 'word');
      expect(words.map((w) => [w.text, w.brk])).toEqual([
        ['zonder', true],
        ['tracking', false],
        ['track', true],
        ['trace', false],
        ['brief', true],
        ['ok', false],
        ['bpost', true],
      ]);
    }
  });

  it('leaves symbols out on request, with the same words, emoji and breaks', () => {
    const texts = [
      '10g Cocaïne ❄️ 🇳🇱 €60',
      'tiger.\n(bone) 1.5 g | rhino; horn! ok? <b>x</b>',
      '- cocaine\n* mdma\n€ 50 / £ 40 → 🇧🇪\n\n#1 (a) [b] {c}',
      '∞ ★ ✓ 💊💊 日本語 текст ١٢٣ x\u00a0y',
      '',
      '...!!!???',
    ];
    for (const raw of texts) {
      const text = normalise(raw).text;
      expect(tokenise(text, { symbols: false })).toEqual(tokenise(text).filter((t) => t.kind !== 'symbol'));
    }
    expect(tokenise('a € b', { symbols: false }).map((t) => t.text)).toEqual(['a', 'b']);
  });

  it('gives the same tokens with a word table as without it, within and past its capacity', () => {
    const texts = ['cocaine cocaine wiet cocaïne 🇳🇱 wiet', 'x'.repeat(60) + ' ' + 'x'.repeat(60), 'ab ba ab\nba 12 12', ''];
    const table = new WordTable();
    for (const raw of texts) {
      const text = normalise(raw).text;
      expect(tokenise(text, { symbols: false, words: table })).toEqual(tokenise(text, { symbols: false }));
    }
    expect(tokenise('wiet en wiet', { words: table }).map((t) => t.text)).toEqual(['wiet', 'en', 'wiet']);
    // bounded: past its capacity it keeps no new word, but still answers with the right text
    const small = new WordTable(3);
    const many = Array.from({ length: 50 }, (_, k) => `w${k}`);
    for (const w of many) expect(small.word(`_${w}_`, 1, w.length + 1)).toBe(w);
    expect(small.word('w1', 0, 2)).toBe('w1');
  });

  it('keeps a thousand spaces cheap', () => {
    expect(tokenise(' '.repeat(1000) + 'x')).toHaveLength(1);
  });
});
