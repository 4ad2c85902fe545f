import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../src/lexicon/compile.js';
import { defaultLexiconsDir, loadLexiconsFromDir } from '../src/lexicon/load.js';
import { createNormaliser } from '../src/text/normalise.js';
import { tokenise } from '../src/text/tokenise.js';
import { pageLayout } from '../src/text/page.js';
import { createClassifier } from '../src/classifier.js';

const normalise = createNormaliser();
const lex = compileLexicons(loadLexiconsFromDir(defaultLexiconsDir()), normalise);

/** The layout of a page: the market's lines (as text) and the title line. */
function layout(page: string): { chrome: string[]; title: string | null } {
  const n = normalise(page);
  const words = tokenise(n.text, { symbols: false }).filter((t) => t.kind !== 'symbol');
  const { chrome, title } = pageLayout(words, n.text, lex.page);
  const lines = n.text.split('\n');
  let at = 0;
  const out: string[] = [];
  for (const line of lines) {
    if (chrome.some(([a, b]) => at >= a && at < b) && line.trim() !== '') out.push(line.trim());
    at += line.length + 1;
  }
  const titleLine = title === -1 ? null : n.text.slice(title, n.text.indexOf('\n', title) === -1 ? undefined : n.text.indexOf('\n', title)).trim();
  return { chrome: out, title: titleLine };
}

// Pages written here, after the layouts markets use: a masthead, status lines, a menu of sections, a
// breadcrumb, blocks under a heading, then the listing.
const saltmarsh = [
  'SALTMARSH EXCHANGE',
  'Signed in as pebble  -  Balance 0.0031 BTC  -  Alerts (1)  -  Logout',
  'Home | Drugs | Weapons | Wildlife | Fakes | Fraud | Documents | Digital | Services | Misc | Forum',
  'Announcement: the firearms section is closed for new vendors this month.',
  '',
  'Home > Wildlife > Tiger parts',
  '',
  'Trending now',
  '  Ketamine 5g, Glock 19 Gen 5, MDMA crystal 10g',
  '',
  'Tiger claws x4, genuine, with skin attached',
  'Ships from: Laos',
  'Price: USD 900',
].join('\n');

const vierkant = [
  'Het Vierkant',
  'Welkom terug, tulp  ▪  Saldo: € 12,40  ▪  Berichten (0)  ▪  Uitloggen',
  'Menu: Drugs ▪ Wapens ▪ Vervalsingen ▪ Fraude ▪ Documenten ▪ Digitaal ▪ Diensten ▪ Overig',
  'Nieuws: wapenverkopers moeten een borg betalen.',
  '',
  'Vervalste eurobiljetten van 50, UV-echt, 10 stuks',
  'Verzonden vanuit: Nederland',
].join('\n');

const comptoir = [
  'LA HALLE — marché francophone',
  'Connecté en tant que : rouge — Solde : 0,00 € — Déconnexion',
  'Accueil | Drogues | Armes | Faune | Contrefaçons | Fraude | Papiers | Numérique | Services | Divers',
  'Alerte arnaque : le support ne vous écrit jamais en premier.',
  '',
  'Accueil > Papiers > Permis de conduire',
  '',
  'Meilleures ventes : 1. Cocaïne 1g · 2. Glock 17 · 3. Ivoire sculpté',
  '',
  'Permis de conduire belge, vrai format, enregistré',
].join('\n');

describe('page layout: the market header above the listing', () => {
  it('takes a masthead, status lines and a menu of sections above a breadcrumb as the market\'s', () => {
    const l = layout(saltmarsh);
    expect(l.chrome).toContain('saltmarsh exchange');
    expect(l.chrome.some((c) => c.startsWith('announcement'))).toBe(true);
    expect(l.chrome.some((c) => c.startsWith('home | drugs'))).toBe(true);
    // the breadcrumb is the listing's section, not the market's
    expect(l.chrome.some((c) => c.startsWith('home > wildlife'))).toBe(false);
    // a block under a heading is the market's
    expect(l.chrome.some((c) => c.includes('ketamine'))).toBe(true);
    expect(l.title).toBe('tiger claws x4, genuine, with skin attached');
  });

  it('takes a menu whose items a middle dot separates as the market\'s, and the title below the breadcrumb', () => {
    const l = layout('DE POLDER — Home · Categorieën · Topverkopers · Forum · Helpcentrum · Account\nHome › Fraude › Fullz\nNL fullz met BSN en IBAN');
    expect(l.chrome.some((c) => c.includes('topverkopers'))).toBe(true);
    expect(l.title).toBe('nl fullz met bsn en iban');
  });

  it('finds the header without a breadcrumb (nl), and the title below it', () => {
    const l = layout(vierkant);
    expect(l.chrome.length).toBe(4);
    expect(l.title).toMatch(/^vervalste eurobiljetten/);
  });

  it('takes a heading followed by its block on one line as the market\'s (fr)', () => {
    const l = layout(comptoir);
    expect(l.chrome.some((c) => c.startsWith('meilleures ventes'))).toBe(true);
    expect(l.title).toMatch(/^permis de conduire belge/);
  });

  it('classifies each page by its listing, not by the sections and best sellers of the market', () => {
    const c = createClassifier();
    for (const [page, category, subcategory] of [
      [saltmarsh, 'wildlife', 'tiger-parts'],
      [vierkant, 'counterfeit', 'currency'],
      [comptoir, 'documents', 'identity'],
    ] as const) {
      const r = c.classify(page);
      expect([r.category, r.subcategory]).toEqual([category, subcategory]);
      // no category evidence comes from the header: everything above the breadcrumb or the title
      const listing = Math.max(page.indexOf(' > '), 0) || page.indexOf('\n\n');
      const header = page.lastIndexOf('\n', listing);
      const fromHeader = r.evidence.filter((e) => e.field === 'category' && e.start < header);
      expect(fromHeader).toEqual([]);
    }
  });
});

describe('page layout: a vendor\'s shop header and a block of suggestions above the listing (0.27.0)', () => {
  const shop = [
    'KANAALMARKT · Zoeken · Categorieën · Berichten · Uitloggen',
    'Winkel van tabakshuis — 4,8★ — 967 verkopen',
    'Lid sinds: juni 2021 | Niveau 6 | PGP ✔',
    'Misschien ook interessant:',
    '  • LSD 200ug (10 st.)',
    '  • Ketamine naald 2g',
    '  • Oxycodon 40mg',
    '',
    'slof',
    'Prijs: € 45,00',
    'Slof Marlboro Gold, 10 pakjes van 20. Echte sigaretten, zonder accijns.',
  ].join('\n');
  const boxed = [
    '╔══════════════════════════════╗',
    '║   K E S T R E L   M A R K E T   ║',
    '╚══════════════════════════════╝',
    '║ Listings ║ Vendors ║ Forum ║ Support ║ Logout ║',
    '  user: wren   ·   9120 listings online',
    '',
    'Speed paste 100g, Polish',
  ].join('\n');

  it('takes the shop header and the suggestions for the market\'s, and the title below them', () => {
    const l = layout(shop);
    expect(l.title).toBe('slof');
    expect(l.chrome.some((c) => c.includes('ketamine'))).toBe(true);
    expect(createClassifier().classify(shop).category).toBe('other');
  });

  it('takes a spaced-out market name in a box for the masthead: its letters spell no drug', () => {
    const l = layout(boxed);
    expect(l.title).toBe('speed paste 100g, polish');
    const r = createClassifier().classify(boxed);
    expect(r.evidence.filter((e) => e.field === 'category' && e.start < boxed.indexOf('Speed'))).toEqual([]);
  });
});

describe('page layout: extraction leaves the market\'s lines out', () => {
  const northgate = [
    'NORTHGATE MARKET',
    'Logged in as wren | Balance: 0.002 BTC | Messages (0) | Logout',
    'Home | Drugs | Weapons | Wildlife | Fraud | Digital | Services | Other | Forum',
    'News: PostNL and DHL strikes in the Netherlands this week, expect delays.',
    '',
    'Home > Drugs > Cannabis',
    '',
    'Featured listings',
    '  Glock 19 Gen 5 ... USD 2,100',
    '  Ivory bangle ... USD 890',
    '',
    'Gorilla Glue #4 - 28g, top shelf indoor',
    'Ships from: Spain',
    '28g for 160 EUR, sent with Correos certificado (tracked).',
  ].join('\n');

  it('takes no carrier or country from the header\'s news, and no price from its featured block', () => {
    const r = createClassifier().classify(northgate);
    expect([r.category, r.subcategory]).toEqual(['drugs', 'cannabis']);
    expect(r.origin).toBe('ES');
    expect(r.carriers).toEqual(['Correos']);
    expect(r.price).toMatchObject({ amount: 160, currency: 'EUR' });
  });
});

describe('page layout: what is not a header', () => {
  it('keeps a first line above price tiers as the title (tiers look like tickers)', () => {
    const l = layout('Oxycodone 30mg pharma\n10 pills: 0.0041 BTC (~$270 USD)\n20 pills: 0.0078 BTC (~$515 USD)\nShips from: Canada');
    expect(l.title).toBe('oxycodone 30mg pharma');
  });

  it('keeps the title below a breadcrumb when a price line that looks like a ticker follows it', () => {
    const l = layout('NORTHGATE\nLogged in as wren | Messages (0) | Logout\nHome | Drugs | Weapons | Wildlife | Fraud | Forum\n\nHome > Drugs > Cocaine\n\nFeatured listings\n  Glock 19 ... USD 2,100\n\nCocaine 1g 90%\n0.0041 BTC (~$270 USD)\nShips from: Spain');
    expect(l.title).toBe('cocaine 1g 90%');
    expect(l.chrome.some((c) => c.startsWith('cocaine'))).toBe(false);
  });

  it('keeps a title above a single status-like line', () => {
    const l = layout('Hash Ketama 25g\nNews: now shipping to Belgium too\nStealth vacuum sealed');
    expect(l.chrome).toEqual([]);
    expect(l.title).toBe('hash ketama 25g');
  });

  it('keeps a vendor\'s own list under a one-word heading with a colon', () => {
    const l = layout('Online pharmacy without prescription\n\nPopulair:\n- Sildenafil 100mg: 20 tabs $25\n- Modafinil 200mg: 50 tabs $45');
    expect(l.chrome).toEqual([]);
  });

  it('reads a text without any market line as before: its first line is the title', () => {
    const l = layout('\n\n  Cocaine 1g 90%\nShips from NL');
    expect(l).toEqual({ chrome: [], title: 'cocaine 1g 90%' });
  });

  it('does not take a vendor\'s "Drugs > Stimulants" line as a breadcrumb without a market line above it', () => {
    const l = layout('Speed paste 100g\nDrugs > Stimulants > Amphetamine\nShips from Poland');
    expect(l.title).toBe('speed paste 100g');
  });

  it('stays linear on a long line of breadcrumb and menu signs', () => {
    const page = 'Home | Drugs | Forum | Support\n' + 'home > drugs > '.repeat(50_000) + '\n' + 'drugs | weapons | '.repeat(50_000);
    const l = layout(page);
    expect(l.chrome.length).toBeGreaterThan(0);
  });
});
