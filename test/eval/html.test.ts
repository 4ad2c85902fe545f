import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, DEFAULT_KEPT_ERRORS, type Prediction } from '../../src/eval/evaluate.js';
import { formatReport } from '../../src/eval/format.js';
import { bootstrapMacroF1, escapeHtml, highlightEvidence, macroF1FromConfusion, renderHtmlReport } from '../../src/eval/html.js';
import { runEval } from '../../src/cli/eval.js';
import type { LabelledRecord } from '../../src/schema/record.js';
import { fixtureClassify, RECORDS } from './fixture.js';

// Hostile and awkward data: vendors write the texts, and ids, labels and predictions come from files too.
const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const SVG = '<svg onload=alert(1)>';
const RTL = 'شحن سريع من هولندا';
const HEBREW = 'משלוח מהיר';

const T1 = `🇳🇱🌿 ${SCRIPT} Amnesia haze 5g &amp; stealth — ${RTL}`;
const T2 = `${IMG} Glock 19 ✓ ${HEBREW}`;
const T3 = 'ivory 🐘 tusk &amp; horn';
const T4 = "nothing 'here' at all";

const HOSTILE: LabelledRecord[] = [
  { id: SCRIPT, text: T1, lang: 'en', category: 'drugs', subcategory: 'cannabis', origin: 'NL', price: null },
  { id: IMG, text: T2, lang: 'en', category: 'firearms', origin: null },
  { id: 'amp&amp;🐘', text: T3, lang: 'nl', category: 'wildlife', subcategory: 'ivory' },
  { id: `rtl-${RTL}`, text: T4, lang: 'fr', category: 'other' },
];

const span = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { start, end: start + part.length };
};

const HOSTILE_PREDICTIONS = new Map<string, Prediction>([
  [T1, {
    category: 'drugs', subcategory: 'cannabis', origin: SVG, price: null, lang: 'en', confidence: 0.9,
    evidence: [
      { field: 'category', value: 'drugs/cannabis', text: 'Amnesia haze', source: 'lexicon:haze', ...span(T1, 'Amnesia haze') },
      { field: 'category', value: `<b>${IMG}</b>`, text: SCRIPT, source: SCRIPT, ...span(T1, SCRIPT) },
      { field: 'origin', value: SVG, text: RTL, source: 'extract:origin', ...span(T1, RTL) },
    ],
  }],
  // An unknown predicted category: a column of its own in the confusion matrix.
  [T2, {
    category: SCRIPT as never, origin: null, lang: IMG, confidence: 0.6,
    evidence: [{ field: 'category', value: 'firearms', text: 'onerror=alert(1)', source: IMG, ...span(T2, 'onerror=alert(1)') }],
  }],
  // Offsets cutting the elephant's surrogate pair in half, and one out of range.
  [T3, {
    category: 'wildlife', subcategory: 'rhino-horn', lang: 'nl', confidence: 0.8,
    evidence: [
      { field: 'category', value: 'wildlife/ivory', text: '🐘 tusk', start: T3.indexOf('🐘') + 1, end: T3.indexOf('tusk') + 4 },
      { field: 'category', value: 'x', text: 'x', start: 5, end: 500 },
    ],
  }],
  [T4, { category: null, lang: 'fr' }],
]);

const hostileClassify = (t: string): Prediction => HOSTILE_PREDICTIONS.get(t) ?? {};
const hostileReport = await evaluate(HOSTILE, hostileClassify);
const html = renderHtmlReport(hostileReport, { title: `report ${SCRIPT}`, source: `data/${IMG}.jsonl`, generatedAt: '2026-01-01T00:00:00Z' });

/** Every tag of the page (the `<` of data is escaped, so each raw `<` opens one of ours; `>` in a value is escaped too). */
const tags = (page: string): string[] => page.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];
/** The attributes of a tag, name and value: a quoted value may hold escaped data, never a quote of its own kind. */
const attributes = (tag: string): [string, string][] =>
  [...tag.replace(/^<\/?[^\s>/]+/, '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map((m) => [
    (m[1] ?? '').toLowerCase(),
    m[2] ?? m[3] ?? m[4] ?? '',
  ]);
/** Every attribute name of the page. */
const attributeNames = (page: string): Set<string> => new Set(tags(page).flatMap((t) => attributes(t).map(([name]) => name)));
/** The attributes that name a URL, and their values. */
const urlAttributes = (page: string): string[] =>
  tags(page).flatMap((t) => attributes(t).filter(([name]) => /^(src|href|xlink:href|action|formaction|srcset|poster|data|background|ping)$/.test(name)).map(([, v]) => v));

describe('escapeHtml', () => {
  it("escapes & < > \" ' and nothing else", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> 🐘 ${RTL}`)).toBe(
      `&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; 🐘 ${RTL}`,
    );
  });
});

describe('highlightEvidence', () => {
  it('slices the original string at UTF-16 offsets and escapes each piece', () => {
    const text = '🇳🇱 <b>5g</b> & more';
    const out = highlightEvidence(text, [{ field: 'price', value: '5 g', ...span(text, '<b>5g</b>') }]);
    expect(out).toBe('🇳🇱 <mark class="ev ev-price" title="price → 5 g">&lt;b&gt;5g&lt;/b&gt;</mark> &amp; more');
  });

  it('cuts overlapping spans into segments and lists every covering piece of evidence', () => {
    const out = highlightEvidence('abcdef', [
      { field: 'category', value: 'A', start: 0, end: 4 },
      { field: 'origin', value: 'B', start: 2, end: 6, source: '"q"' },
    ]);
    expect(out).toBe(
      '<mark class="ev ev-cat" title="category → A">ab</mark>' +
        '<mark class="ev ev-cat ev-multi" title="category → A; origin → B (&quot;q&quot;)">cd</mark>' +
        '<mark class="ev ev-geo" title="origin → B (&quot;q&quot;)">ef</mark>',
    );
  });

  it('widens an offset inside a surrogate pair and ignores spans out of range or without offsets', () => {
    const text = 'a🐘b';
    expect(highlightEvidence(text, [{ field: 'x', value: 'v', start: 2, end: 3 }])).toBe('a<mark class="ev ev-other" title="x → v">🐘</mark>b');
    expect(highlightEvidence(text, [{ field: 'x', value: 'v', start: 0, end: 9 }, { field: 'x', value: 'v' }, { field: 'x', value: 'v', start: 2, end: 2 }])).toBe('a🐘b');
  });
});

describe('macro-F1 interval', () => {
  it('recomputes macro-F1 from the confusion matrix as evaluate() does', async () => {
    const report = await evaluate(RECORDS, fixtureClassify);
    for (const g of [report.all, ...report.byLang, hostileReport.all]) {
      for (const c of [g.category, g.category.target]) {
        const m = macroF1FromConfusion(c.confusion, c.confusion.counts);
        if (c.macroF1 === null) expect(m).toBeNull();
        else expect(m).toBeCloseTo(c.macroF1, 12);
      }
    }
  });

  it('is seeded, inside [0, 1] and around the point estimate', async () => {
    const c = (await evaluate(RECORDS, fixtureClassify)).all.category;
    const a = bootstrapMacroF1(c.confusion);
    expect(a).toEqual(bootstrapMacroF1(c.confusion));
    expect(a).not.toBeNull();
    expect(a?.low).toBeGreaterThanOrEqual(0);
    expect(a?.high).toBeLessThanOrEqual(1);
    expect(a?.low).toBeLessThan(c.macroF1 ?? NaN);
    expect(a?.high).toBeGreaterThan(c.macroF1 ?? NaN);
    expect(bootstrapMacroF1({ labels: [], predictions: ['(none)'], counts: [] })).toBeNull();
  });
});

describe('renderHtmlReport on hostile data', () => {
  it('has no script, no event handler, no live injected tag', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    const names = [...attributeNames(html)];
    expect(names).toContain('title'); // the parser found attributes, in values of which the hostile strings sit
    expect(names.filter((n) => n.startsWith('on'))).toEqual([]);
    expect(names.filter((n) => !/^(lang|charset|http-equiv|content|name|class|id|href|title|dir|scope|style|role|aria-hidden|aria-label|width|height|viewbox|x|y|x1|y1|x2|y2|cx|cy|r|text-anchor|transform)$|^data-/.test(n))).toEqual([]);
    // "onerror=" is there only as escaped text or inside a quoted attribute value, never as an attribute.
    expect(html.match(/onerror=/g)?.length ?? 0).toBeGreaterThan(0);
  });

  it('escapes ids, texts, labels, predicted categories, evidence and options', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('amp&amp;amp;🐘'); // the id "amp&amp;🐘"
    expect(html).toContain('&amp;amp; stealth'); // the text's "&amp;"
    expect(html).toContain('<title>report &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('data/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.jsonl');
    expect(html).toContain(`nothing &#39;here&#39; at all`);
    // The unknown prediction is a column header of the matrix, escaped.
    expect(html).toContain('<th class="col" scope="col" title="&lt;script&gt;alert(1)&lt;/script&gt;"><bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi></th>');
  });

  it('keeps emoji and right-to-left text intact', () => {
    expect(html).toContain('🇳🇱🌿');
    expect(html).toContain(RTL);
    expect(html).toContain(HEBREW);
    expect(html).toContain('dir="auto"');
  });

  it('highlights evidence spans with <mark>, by UTF-16 offsets, escaped inside', () => {
    expect(html).toContain('<mark class="ev ev-cat" title="category → drugs/cannabis (lexicon:haze)">Amnesia haze</mark>');
    expect(html).toContain(
      `<mark class="ev ev-cat" title="category → &lt;b&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/b&gt; (&lt;script&gt;alert(1)&lt;/script&gt;)">&lt;script&gt;alert(1)&lt;/script&gt;</mark>`,
    );
    expect(html).toContain(`<mark class="ev ev-geo" title="origin → &lt;svg onload=alert(1)&gt; (extract:origin)">${RTL}</mark>`);
    expect(html).toContain('>onerror=alert(1)</mark>');
    expect(html).toContain('ivory <mark class="ev ev-cat" title="category → wildlife/ivory">🐘 tusk</mark> &amp;amp; horn');
  });

  it('declares a strict Content-Security-Policy and loads nothing', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    expect(csp).not.toMatch(/script-src|https?:|\*/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    // No src/href/action/srcset with a scheme or a protocol-relative URL: only in-page anchors.
    const urls = urlAttributes(html);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).not.toMatch(/^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
    for (const u of urls) expect(u).toMatch(/^#[a-z-]+$/);
    expect(html).not.toMatch(/https?:|@import|url\(/i);
    expect(html).not.toMatch(/<(?:link|iframe|object|embed|base|form|img|script)\b/i);
  });

  it('draws the confusion matrix with a cell per label and prediction, and the calibration points', () => {
    const c = hostileReport.all.category.confusion;
    expect(c.labels).toEqual(['drugs', 'firearms', 'wildlife', 'other']);
    expect(c.predictions).toEqual(['drugs', 'firearms', 'wildlife', 'other', SCRIPT, '(none)']);
    const table = /<table class="heatmap" id="confusion-all"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(table).toContain(`data-rows="${c.labels.length}" data-cols="${c.predictions.length}"`);
    expect(table.match(/<td class="hm /g)?.length).toBe(c.labels.length * c.predictions.length);
    expect(html).toMatch(/<svg id="calibration-all"/);
    expect(html.match(/<circle [^>]*class="rel"/g)?.length).toBe(hostileReport.all.calibration.bins.filter((b) => b.count > 0).length);
  });

  it('lists every kept wrong record with its id, fields, expected and got', () => {
    expect(hostileReport.errors.total).toBe(4);
    expect(html.match(/<article class="wrong"/g)?.length).toBe(4);
    expect(html).toContain('<tr><th scope="row">origin</th><td class="exp"><bdi>NL</bdi></td><td class="got"><bdi>&lt;svg onload=alert(1)&gt;</bdi></td></tr>');
    expect(html).toContain('<tr><th scope="row">category</th><td class="exp"><bdi>other</bdi></td><td class="got"><bdi>(none)</bdi></td></tr>');
  });

  it('is a pure function of the report and its options', () => {
    expect(renderHtmlReport(hostileReport, { title: `report ${SCRIPT}`, source: `data/${IMG}.jsonl`, generatedAt: '2026-01-01T00:00:00Z' })).toBe(html);
    expect(renderHtmlReport(hostileReport)).not.toContain('generated');
  });
});

describe('contraband eval --html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'contraband-html-'));
  const jsonl = join(dir, 'fixture.jsonl');
  writeFileSync(jsonl, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const run = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runEval(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), classify: fixtureClassify });
    return { code, stdout, stderr };
  };

  it('writes the page and still prints the tables; wrong records default to evaluate()', async () => {
    const out = join(dir, 'report.html');
    const r = await run([jsonl, '--html', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = await evaluate(RECORDS, fixtureClassify, { errors: DEFAULT_KEPT_ERRORS });
    expect(r.stdout).toBe(formatReport(report, { errors: 0 }));
    const page = readFileSync(out, 'utf8');
    const generated = /generated ([^ <]+)/.exec(page)?.[1] ?? '';
    expect(page).toBe(renderHtmlReport(report, { source: jsonl, generatedAt: generated }));
    expect(page.match(/<article class="wrong"/g)?.length).toBe(7);
  });

  it('--errors N keeps N wrong records in the page; --json still prints JSON', async () => {
    const out = join(dir, 'two.html');
    const r = await run([jsonl, '--json', '--errors', '2', '--html', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).errors.records).toHaveLength(2);
    expect(readFileSync(out, 'utf8').match(/<article class="wrong"/g)?.length).toBe(2);
  });

  it('fails with exit code 2 when the page cannot be written', async () => {
    const r = await run([jsonl, '--html', join(dir, 'no', 'such', 'dir', 'x.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^contraband eval: --html .*x\.html: /);
  });
});

const CHROMIUM = '/usr/bin/chromium';

function chromium(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'contraband-chromium-'));
  const base = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0'];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, [...base, ...args], { timeout: 27_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (error) reject(new Error(`${CHROMIUM} ${args.join(' ')} failed: ${error.message}\n${stderr.slice(-2000)}`));
      else resolve({ stdout, stderr });
    });
  });
}

describe('the page in headless Chromium', () => {
  it('draws the confusion heatmap, breaks no CSP rule, runs no injected markup, and screenshots', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install it with "apt-get update && apt-get install -y chromium" (CI does; this test does not skip).`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'contraband-page-'));
    const page = join(dir, 'report.html');
    writeFileSync(page, html);
    const png = join(dir, 'report.png');
    const url = pathToFileURL(page).href;
    // One start of Chromium does both (a start takes 10 s on a small machine): the DOM on stdout, the PNG to a file.
    const dom = await chromium(['--dump-dom', `--screenshot=${png}`, '--window-size=1200,2000', url]);

    // The heatmap as the browser built it: one cell per (label, prediction), counts where expected.
    const c = hostileReport.all.category.confusion;
    const table = /<table class="heatmap" id="confusion-all"[\s\S]*?<\/table>/.exec(dom.stdout)?.[0];
    expect(table, 'the confusion heatmap is in the DOM').toBeDefined();
    const cells = [...(table ?? '').matchAll(/<td class="hm [^"]*" data-r="(\d+)" data-c="(\d+)" data-count="(\d+)"[^>]*>(\d+)<\/td>/g)];
    expect(cells).toHaveLength(c.labels.length * c.predictions.length);
    const cell = (label: string, prediction: string) =>
      cells.find((m) => m[1] === String(c.labels.indexOf(label)) && m[2] === String(c.predictions.indexOf(prediction)))?.[4];
    expect(cell('drugs', 'drugs')).toBe('1');
    expect(cell('firearms', SCRIPT)).toBe('1');
    expect(cell('other', '(none)')).toBe('1');
    expect(cell('firearms', 'drugs')).toBe('0');
    expect(table).toContain('&lt;script&gt;alert(1)&lt;/script&gt;'); // the unknown prediction, as text

    // The hostile strings stayed text: no element or attribute came from them.
    expect(tags(dom.stdout).filter((t) => /^<(script|img|iframe|object|embed|link)\b/i.test(t))).toEqual([]);
    expect([...attributeNames(dom.stdout)].filter((n) => n.startsWith('on'))).toEqual([]);
    for (const u of urlAttributes(dom.stdout)) expect(u).toMatch(/^#[a-z-]+$/);
    expect(dom.stdout).toContain('<mark class="ev ev-cat" title="category → drugs/cannabis (lexicon:haze)">Amnesia haze</mark>');
    expect(dom.stdout).toMatch(/<svg id="calibration-all"/);
    expect(dom.stdout).toMatch(/<svg id="lang-chart"/);
    // Chromium logs every Content-Security-Policy violation to stderr; the page has none.
    expect(dom.stderr).not.toMatch(/Content Security Policy/i);

    expect(existsSync(png), 'the screenshot was written').toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.readUInt32BE(16)).toBe(1200); // IHDR width
    expect(statSync(png).size).toBeGreaterThan(10 * 1024);
  }, 30_000);
});
