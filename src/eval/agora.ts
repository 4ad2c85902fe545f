import type { Category, Subcategory } from '../schema/taxonomy.js';
import type { Price } from '../schema/record.js';
import { createOriginTable, type OriginTable } from './countries.js';
import type { CsvMapping, Note } from './load.js';

/**
 * The Agora dump's category paths (2014–2015, "Drugs/Cannabis/Weed") mapped onto our taxonomy, keyed
 * by path prefix: the longest prefix that matches whole path segments wins, so "Drugs/Cannabis/Weed"
 * takes the "Drugs/Cannabis" row, and a drug path not listed falls back to "Drugs". A null subcategory
 * means the market's category does not tell ours (scored for category only). Comments say why where the
 * market's tree and ours part ways.
 */
export const AGORA_CATEGORIES: ReadonlyArray<readonly [prefix: string, category: Category, subcategory: Subcategory | null]> = [
  ['Drugs', 'drugs', null],
  ['Drugs/Cannabis', 'drugs', 'cannabis'],
  ['Drugs/Cannabis/Synthetics', 'drugs', 'research-chemicals'], // synthetic cannabinoids (spice, JWH, AB-FUBINACA)
  ['Drugs/Stimulants', 'drugs', 'stimulants'],
  ['Drugs/Stimulants/Prescription', 'drugs', 'prescription'], // Adderall, Ritalin, modafinil: sold as medicines
  ['Drugs/Ecstasy', 'drugs', 'ecstasy'],
  ['Drugs/Opioids', 'drugs', 'opioids'],
  ['Drugs/Psychedelics', 'drugs', 'psychedelics'],
  ['Drugs/Dissociatives', 'drugs', 'dissociatives'],
  ['Drugs/Dissociatives/GBL', 'drugs', 'other-drugs'], // GHB and GBL are depressants, not dissociatives in our taxonomy
  ['Drugs/Dissociatives/GHB', 'drugs', 'other-drugs'],
  ['Drugs/Benzos', 'drugs', 'benzodiazepines'],
  ['Drugs/Prescription', 'drugs', 'prescription'],
  ['Drugs/Barbiturates', 'drugs', 'prescription'],
  ['Drugs/Weight loss', 'drugs', 'prescription'],
  ['Drugs/Steroids', 'drugs', 'steroids'],
  ['Drugs/RCs', 'drugs', 'research-chemicals'],
  ['Drugs/Other', 'drugs', 'other-drugs'],
  ['Weapons', 'firearms', null], // "Lethal firearms" mixes pistols, rifles and automatic weapons
  ['Weapons/Pistols', 'firearms', 'handguns'],
  ['Weapons/Ammunition', 'firearms', 'ammunition'],
  ['Weapons/Non-lethal firearms', 'firearms', 'non-lethal'],
  ['Weapons/Melee', 'firearms', 'other-weapons'],
  ['Weapons/Explosives', 'firearms', 'other-weapons'],
  ['Weapons/Fireworks', 'firearms', 'other-weapons'], // filed by vendors next to explosives
  ['Services', 'services', null],
  ['Services/Hacking', 'services', 'hacking'],
  ['Services/Money', 'services', 'laundering'], // bitcoin mixing and cash-out
  ['Services/Other', 'services', 'other-services'],
  ['Services/Travel', 'services', 'other-services'],
  ['Services/Advertising', 'services', 'other-services'],
  ['Data', 'digital', null],
  ['Data/Accounts', 'fraud', 'accounts'], // stolen logins: fraud in our taxonomy, not digital goods
  ['Data/Personal info', 'fraud', 'personal-data'],
  ['Data/Software', 'digital', 'software'],
  ['Data/Pirated', 'digital', 'other-digital'], // pirated films, music and games
  ['Data/eBooks', 'digital', 'guides'],
  ['Information', 'digital', 'guides'],
  ['Info', 'digital', 'guides'],
  ['Counterfeits', 'counterfeit', 'goods'],
  ['Counterfeits/Money', 'counterfeit', 'currency'],
  ['Forgeries', 'documents', null], // "Physical documents" and "Scans/Photos" mix IDs with bills and diplomas
  ['Forgeries/Other', 'documents', 'other-documents'],
  ['Tobacco', 'other', 'other'],
  ['Drug paraphernalia', 'other', 'other'],
  ['Jewelry', 'other', 'other'],
  ['Electronics', 'other', 'other'],
  ['Chemicals', 'other', 'other'],
  ['Art', 'other', 'other'],
  ['Other', 'other', 'other'],
];

const foldPath = (path: string): string[] =>
  path
    .split('/')
    .map((s) => s.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((s) => s !== '');

/** How an Agora category path maps: `prefix` is the table row used, null when none matched. */
export interface AgoraCategory {
  category: Category;
  subcategory: Subcategory | null;
  prefix: string | null;
}

/** A category-path mapper over a prefix table. */
export type AgoraCategoryMapper = (path: string) => AgoraCategory;

/**
 * Builds a mapper from a prefix table such as {@link AGORA_CATEGORIES}. Matching ignores case and spaces
 * around slashes; an unknown path gives other/other with `prefix: null`.
 */
export function createAgoraCategoryMapper(table: typeof AGORA_CATEGORIES = AGORA_CATEGORIES): AgoraCategoryMapper {
  const rows = new Map(table.map(([prefix, category, subcategory]) => [foldPath(prefix).join('/'), { category, subcategory, prefix }]));
  return (path) => {
    const segments = foldPath(path);
    for (let n = segments.length; n > 0; n--) {
      const hit = rows.get(segments.slice(0, n).join('/'));
      if (hit) return hit;
    }
    return { category: 'other', subcategory: 'other', prefix: null };
  };
}

/**
 * Maps one Agora category path onto the taxonomy with {@link AGORA_CATEGORIES}.
 *
 * @example
 * mapAgoraCategory('Drugs/Cannabis/Weed'); // { category: 'drugs', subcategory: 'cannabis', prefix: 'Drugs/Cannabis' }
 */
export const mapAgoraCategory: AgoraCategoryMapper = createAgoraCategoryMapper();

/** The Agora dump's columns, as its header names them (some copies pad them with spaces). */
export const AGORA_COLUMNS = ['Vendor', 'Category', 'Item', 'Item Description', 'Price', 'Origin', 'Destination', 'Rating', 'Remarks'] as const;

/** True when a CSV header (trimmed names) has the Agora columns this loader reads. */
export function looksLikeAgora(header: readonly string[]): boolean {
  const have = new Set(header.map((h) => h.trim().toLowerCase()));
  return ['vendor', 'category', 'item', 'price', 'origin'].every((c) => have.has(c));
}

/**
 * Reads an Agora price cell, "0.04392284 BTC". Agora priced in bitcoin only; a bare number is read as
 * BTC. Empty gives null; anything else undefined.
 */
export function parseAgoraPrice(cell: string): Price | null | undefined {
  const s = cell.trim();
  if (s === '') return null;
  const m = /^(\d+(?:\.\d+)?|\.\d+)(?:\s*BTC)?$/i.exec(s);
  if (!m) return undefined;
  const amount = Number(m[1]);
  return Number.isFinite(amount) ? { amount, currency: 'BTC' } : undefined;
}

/**
 * The column mapping of the Agora dump. The text is the title and description followed by the market's
 * fields as page lines ("Ships from: …", "Ships to: …", "Price: …"), the way the project's real market
 * sets render them: the labels come from those fields, so a classifier must see them. Unknown category
 * paths become other/other, unmapped origins are left unlabelled, both counted in the loader's notes.
 */
export function createAgoraMapping(options: { origins?: OriginTable; categories?: AgoraCategoryMapper } = {}): CsvMapping {
  const origins = options.origins ?? createOriginTable();
  const categories = options.categories ?? mapAgoraCategory;
  return {
    text: [
      'Item',
      { column: 'Item Description', optional: true },
      { column: 'Origin', label: 'Ships from' },
      { column: 'Destination', label: 'Ships to', optional: true },
      { column: 'Price', label: 'Price' },
    ],
    idPrefix: 'agora-',
    category: 'Category',
    origin: 'Origin',
    price: 'Price',
    convert: {
      category(cell: string, note: Note) {
        const m = categories(cell);
        if (m.prefix === null) note(`unknown Agora category ${JSON.stringify(cell.trim())}: read as other/other`);
        return { category: m.category, subcategory: m.subcategory };
      },
      origin(cell: string, note: Note) {
        const hit = origins.lookup(cell);
        if (hit.kind === 'country') return hit.code;
        if (hit.kind === 'none') return null;
        note(`origin ${JSON.stringify(cell.trim())} names no known country: left unlabelled`);
        return undefined;
      },
      price(cell: string, note: Note) {
        const p = parseAgoraPrice(cell);
        if (p === undefined) note(`price ${JSON.stringify(cell.trim())} not readable: left unlabelled`);
        return p;
      },
    },
  };
}

/** The Agora mapping with the built-in origin table; see {@link createAgoraMapping}. */
export const AGORA_MAPPING: CsvMapping = createAgoraMapping();
