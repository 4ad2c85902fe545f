import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGORA_CATEGORIES, AGORA_MAPPING, createAgoraMapping, looksLikeAgora, mapAgoraCategory, parseAgoraPrice } from '../../src/eval/agora.js';
import { createOriginTable, foldName, readPlaces, COUNTRY_NAMES } from '../../src/eval/countries.js';
import { loadFile, parseCsv } from '../../src/eval/load.js';
import { isSubcategoryOf } from '../../src/schema/taxonomy.js';
import type { PlacesLexicon } from '../../src/schema/lexicon.js';

// The Agora dump's layout: header names padded with spaces in some copies, a BOM, quoted multi-line
// descriptions, prices in BTC, free-text origins.
const AGORA_CSV =
  '\uFEFFVendor, Category, Item, Item Description, Price, Origin, Destination, Rating, Remarks\n' +
  'v1,Drugs/Cannabis/Weed,1oz Blue Dream,"Top shelf.\nVacuum sealed.",0.04392284 BTC,USA,USA,4.96/5,\n' +
  'v2,Drugs/Stimulants/Cocaine,1g Peruvian flake,Pure,0.1070205 BTC,Netherlands,Worldwide,5/5,\n' +
  'v3,Weapons/Pistols,Glock 17,,2.5 BTC,Torland,,[0 deals],\n' +
  'v4,Weapons/Ammunition,50 rounds 9mm,,0.3 BTC,EU,EU,5/5,\n' +
  'v5,Services/Hacking,Hire a hacker,,0.5 BTC,Worldwide,,4.5/5,\n' +
  'v6,Data/Accounts,Netflix account,,0.001 BTC,Internet,,5/5,\n' +
  'v7,Counterfeits/Watches,Rolex Submariner replica,,1.2 BTC,China,,4.8/5,\n' +
  'v8,Information/eBooks,Carding guide 2015,,0.01 BTC,Torland,,5/5,\n' +
  'v9,Info/eBooks,Drug synthesis book,,0.02 BTC,UK,,5/5,\n' +
  'v10,Forgeries/Physical documents,UK passport,,3 BTC,UK,,5/5,\n' +
  'v11,Tobacco/Smoked,Marlboro 200,,0.2 BTC,Australia,Australia,5/5,\n' +
  'v12,Jewelry,Silver ring,,0.1 BTC,Netherlands ,,5/5,\n' +
  'v13,Electronics,Phone,,0.4 BTC,Germany,,5/5,\n' +
  'v14,Drug paraphernalia/Pipes,Glass pipe,,0.05 BTC,USA,,5/5,\n' +
  'v15,Weapons/Lethal firearms,AK-47,,9 BTC,Atlantis,,5/5,\n' +
  'v16,Toys/Lego,Lego set,,0.3 BTC,usa,,5/5,\n' +
  'v17,Drugs/Cannabis/Synthetics,Spice 5g,,0.05 BTC,Netherlands,,5/5,"Average price may be skewed outliar > .5 BTC found"\n' +
  'v18,Drugs/Benzos,Xanax bars,,about 1 BTC,USA,,5/5,\n';

describe('Agora category table', () => {
  it('maps each path by its longest listed prefix', () => {
    const m = (p: string) => {
      const r = mapAgoraCategory(p);
      return [r.category, r.subcategory];
    };
    expect(m('Drugs/Cannabis/Weed')).toEqual(['drugs', 'cannabis']);
    expect(m('Drugs/Cannabis/Synthetics')).toEqual(['drugs', 'research-chemicals']);
    expect(m('Drugs/Stimulants/Cocaine')).toEqual(['drugs', 'stimulants']);
    expect(m('Drugs/Stimulants/Prescription')).toEqual(['drugs', 'prescription']);
    expect(m('Drugs/Something new')).toEqual(['drugs', null]);
    expect(m('Weapons/Pistols')).toEqual(['firearms', 'handguns']);
    expect(m('Weapons/Ammunition')).toEqual(['firearms', 'ammunition']);
    expect(m('Weapons/Lethal firearms')).toEqual(['firearms', null]);
    expect(m('Services/Hacking')).toEqual(['services', 'hacking']);
    expect(m('Data/Accounts')).toEqual(['fraud', 'accounts']);
    expect(m('Counterfeits/Watches')).toEqual(['counterfeit', 'goods']);
    expect(m('Counterfeits/Money')).toEqual(['counterfeit', 'currency']);
    expect(m('Information/eBooks')).toEqual(['digital', 'guides']);
    expect(m('Info/eBooks')).toEqual(['digital', 'guides']);
    expect(m('Forgeries/Physical documents')).toEqual(['documents', null]);
    expect(m('Tobacco/Smoked')).toEqual(['other', 'other']);
    expect(m('Jewelry')).toEqual(['other', 'other']);
    expect(m('Electronics')).toEqual(['other', 'other']);
    expect(m('Drug paraphernalia/Pipes')).toEqual(['other', 'other']);
    expect(m(' drugs / CANNABIS / weed ')).toEqual(['drugs', 'cannabis']); // case and spaces ignored
    expect(mapAgoraCategory('Toys/Lego')).toEqual({ category: 'other', subcategory: 'other', prefix: null });
    // a prefix matches whole segments only: "Info" is not a prefix of "Infographics"
    expect(mapAgoraCategory('Infographics').prefix).toBeNull();
    expect(mapAgoraCategory('__proto__').prefix).toBeNull();
  });

  it('table integrity: unique prefixes, every subcategory in its category', () => {
    const prefixes = AGORA_CATEGORIES.map(([p]) => p.toLowerCase());
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const [prefix, category, sub] of AGORA_CATEGORIES) {
      if (sub !== null) expect(isSubcategoryOf(category, sub), prefix).toBe(true);
    }
  });

  it('prices and headers', () => {
    expect(parseAgoraPrice('0.04392284 BTC')).toEqual({ amount: 0.04392284, currency: 'BTC' });
    expect(parseAgoraPrice(' 2 btc ')).toEqual({ amount: 2, currency: 'BTC' });
    expect(parseAgoraPrice('')).toBeNull();
    expect(parseAgoraPrice('about 1 BTC')).toBeUndefined();
    expect(looksLikeAgora(['Vendor', 'Category', 'Item', 'Item Description', 'Price', 'Origin'])).toBe(true);
    expect(looksLikeAgora(['text', 'category'])).toBe(false);
  });
});

describe('Agora CSV', () => {
  const r = parseCsv(AGORA_CSV, AGORA_MAPPING);
  const byId = new Map(r.records.map((x) => [x.id, x]));

  it('reads every row, ids from row numbers', () => {
    expect(r.records).toHaveLength(18);
    expect(r.records[0]?.id).toBe('agora-2');
  });

  it('renders title, description and market fields as the text', () => {
    expect(byId.get('agora-2')?.text).toBe('1oz Blue Dream\nTop shelf.\nVacuum sealed.\nShips from: USA\nShips to: USA\nPrice: 0.04392284 BTC');
  });

  it('maps categories, origins and prices', () => {
    const pick = (id: string) => {
      const x = byId.get(id);
      return [x?.category, x?.subcategory, x?.origin, x?.price?.amount];
    };
    expect(pick('agora-2')).toEqual(['drugs', 'cannabis', 'US', 0.04392284]);
    expect(pick('agora-3')).toEqual(['drugs', 'stimulants', 'NL', 0.1070205]);
    expect(pick('agora-4')).toEqual(['firearms', 'handguns', null, 2.5]); // Torland: hidden, not a country
    expect(pick('agora-5')).toEqual(['firearms', 'ammunition', null, 0.3]); // EU: a region
    expect(pick('agora-6')).toEqual(['services', 'hacking', null, 0.5]); // Worldwide
    expect(pick('agora-7')).toEqual(['fraud', 'accounts', null, 0.001]); // Internet
    expect(pick('agora-8')).toEqual(['counterfeit', 'goods', 'CN', 1.2]);
    expect(pick('agora-10')).toEqual(['digital', 'guides', 'GB', 0.02]);
    expect(pick('agora-11')).toEqual(['documents', null, 'GB', 3]);
    expect(pick('agora-12')).toEqual(['other', 'other', 'AU', 0.2]);
    expect(pick('agora-13')).toEqual(['other', 'other', 'NL', 0.1]); // "Netherlands " trimmed
    expect(pick('agora-14')).toEqual(['other', 'other', 'DE', 0.4]);
    expect(pick('agora-15')).toEqual(['other', 'other', 'US', 0.05]);
    expect(pick('agora-17')).toEqual(['other', 'other', 'US', 0.3]); // unknown path: other/other
    expect(pick('agora-18')).toEqual(['drugs', 'research-chemicals', 'NL', 0.05]);
    expect(byId.get('agora-2')?.price).toEqual({ amount: 0.04392284, currency: 'BTC' });
    // Atlantis names no country we know: origin left unlabelled (skipped in scoring), not null
    expect(byId.get('agora-16')).not.toHaveProperty('origin');
    // an unreadable price is left unlabelled
    expect(byId.get('agora-19')).not.toHaveProperty('price');
  });

  it('counts what it could not map', () => {
    expect(r.notes).toEqual(
      expect.arrayContaining([
        { message: 'unknown Agora category "Toys/Lego": read as other/other', count: 1 },
        { message: 'origin "Atlantis" names no known country: left unlabelled', count: 1 },
        { message: 'price "about 1 BTC" not readable: left unlabelled', count: 1 },
      ]),
    );
    expect(r.notes).toHaveLength(3);
  });

  it('is detected by loadFile from its header, or asked for with format agora', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contraband-agora-'));
    const file = join(dir, 'Agora.csv');
    writeFileSync(file, AGORA_CSV);
    expect((await loadFile(file)).records).toEqual(r.records);
    const other = join(dir, 'agora.txt');
    writeFileSync(other, AGORA_CSV);
    expect((await loadFile(other, { format: 'agora' })).records).toEqual(r.records);
  });
});

describe('origin table', () => {
  const places: PlacesLexicon = {
    countries: [{ code: 'BE', names: ['belgie', 'belgium', 'belgique'], short: ['be', 'bel'] }, { code: 'LU', names: ['luxembourg'] }],
    places: [{ name: 'antwerpen', country: 'BE' }, { name: 'luxembourg', country: 'LU' }],
    regions: [{ id: 'Benelux', names: ['benelux'] }],
  };

  it('reads common names, codes and non-countries', () => {
    const t = createOriginTable();
    expect(t.lookup('United States')).toEqual({ kind: 'country', code: 'US' });
    expect(t.lookup('U.S.A.')).toEqual({ kind: 'country', code: 'US' });
    expect(t.lookup('The Netherlands')).toEqual({ kind: 'country', code: 'NL' });
    expect(t.lookup('España')).toEqual({ kind: 'country', code: 'ES' });
    expect(t.lookup('in')).toEqual({ kind: 'country', code: 'IN' });
    expect(t.lookup('Worldwide')).toEqual({ kind: 'none' });
    expect(t.lookup('')).toEqual({ kind: 'none' });
    expect(t.lookup('Antwerpen')).toEqual({ kind: 'unknown' });
    expect(t.lookup('__proto__')).toEqual({ kind: 'unknown' });
    expect(t.lookup('constructor')).toEqual({ kind: 'unknown' });
  });

  it('adds places.json when given', () => {
    const t = createOriginTable(places);
    expect(t.lookup('Antwerpen')).toEqual({ kind: 'country', code: 'BE' });
    expect(t.lookup('BEL')).toEqual({ kind: 'country', code: 'BE' });
    expect(t.lookup('Benelux')).toEqual({ kind: 'none' });
    expect(t.lookup('Luxembourg')).toEqual({ kind: 'country', code: 'LU' });
    const mapped = parseCsv('Vendor,Category,Item,Price,Origin\nv,Drugs,x,1 BTC,Antwerpen\n', createAgoraMapping({ origins: t }));
    expect(mapped.records[0]?.origin).toBe('BE');
  });

  it('readPlaces: undefined when the file is absent, validated when present', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contraband-places-'));
    expect(await readPlaces(join(dir, 'places.json'))).toBeUndefined();
    writeFileSync(join(dir, 'places.json'), JSON.stringify(places));
    expect(await readPlaces(join(dir, 'places.json'))).toEqual(places);
    writeFileSync(join(dir, 'bad.json'), '{"countries": 1}');
    await expect(readPlaces(join(dir, 'bad.json'))).rejects.toThrow();
  });

  it('built-in table: folded names, valid codes', () => {
    for (const [name, code] of COUNTRY_NAMES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(foldName(name)).toBe(name.replace(/\.$/, ''));
    }
  });
});
