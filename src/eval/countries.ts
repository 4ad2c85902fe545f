import { readFile } from 'node:fs/promises';
import { PlacesLexiconSchema, type PlacesLexicon } from '../schema/lexicon.js';

/**
 * Folds a place name for lookup: compatibility forms, no diacritics, lower case, single spaces,
 * no surrounding punctuation. The same folding as lexicon terms, so places.json names match as written.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/^[\s.,;:()[\]"'*-]+|[\s.,;:()[\]"'*-]+$/g, '')
    .replace(/^the /, '');
}

/**
 * Common ways market files write a country, folded, with its ISO 3166-1 alpha-2 code. A small table on
 * purpose: it covers the ships-from values of the big public market dumps; `lexicons/places.json`,
 * passed to {@link createOriginTable}, adds every country in every language.
 */
export const COUNTRY_NAMES: ReadonlyArray<readonly [name: string, code: string]> = [
  ['united states', 'US'], ['united states of america', 'US'], ['usa', 'US'], ['us', 'US'], ['u.s.a', 'US'], ['u.s', 'US'], ['america', 'US'],
  ['united kingdom', 'GB'], ['uk', 'GB'], ['u.k', 'GB'], ['great britain', 'GB'], ['britain', 'GB'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'], ['northern ireland', 'GB'], ['gb', 'GB'],
  ['netherlands', 'NL'], ['holland', 'NL'], ['nederland', 'NL'], ['pays-bas', 'NL'], ['nl', 'NL'],
  ['germany', 'DE'], ['deutschland', 'DE'], ['allemagne', 'DE'], ['duitsland', 'DE'],
  ['belgium', 'BE'], ['belgie', 'BE'], ['belgique', 'BE'],
  ['france', 'FR'], ['frankrijk', 'FR'],
  ['spain', 'ES'], ['espana', 'ES'], ['espagne', 'ES'],
  ['italy', 'IT'], ['italia', 'IT'], ['italie', 'IT'],
  ['portugal', 'PT'], ['ireland', 'IE'], ['luxembourg', 'LU'], ['switzerland', 'CH'], ['austria', 'AT'],
  ['denmark', 'DK'], ['sweden', 'SE'], ['norway', 'NO'], ['finland', 'FI'], ['iceland', 'IS'],
  ['poland', 'PL'], ['czech republic', 'CZ'], ['czechia', 'CZ'], ['slovakia', 'SK'], ['hungary', 'HU'],
  ['slovenia', 'SI'], ['croatia', 'HR'], ['serbia', 'RS'], ['bosnia and herzegovina', 'BA'], ['romania', 'RO'],
  ['bulgaria', 'BG'], ['greece', 'GR'], ['cyprus', 'CY'], ['malta', 'MT'], ['albania', 'AL'],
  ['estonia', 'EE'], ['latvia', 'LV'], ['lithuania', 'LT'], ['ukraine', 'UA'], ['belarus', 'BY'], ['moldova', 'MD'],
  ['russia', 'RU'], ['russian federation', 'RU'], ['turkey', 'TR'], ['israel', 'IL'],
  ['canada', 'CA'], ['mexico', 'MX'], ['colombia', 'CO'], ['peru', 'PE'], ['bolivia', 'BO'], ['brazil', 'BR'],
  ['argentina', 'AR'], ['chile', 'CL'], ['ecuador', 'EC'], ['venezuela', 'VE'], ['jamaica', 'JM'],
  ['dominican republic', 'DO'], ['costa rica', 'CR'], ['panama', 'PA'],
  ['australia', 'AU'], ['new zealand', 'NZ'],
  ['china', 'CN'], ['hong kong', 'HK'], ['taiwan', 'TW'], ['japan', 'JP'], ['south korea', 'KR'], ['korea', 'KR'],
  ['india', 'IN'], ['pakistan', 'PK'], ['afghanistan', 'AF'], ['iran', 'IR'], ['thailand', 'TH'], ['vietnam', 'VN'],
  ['cambodia', 'KH'], ['laos', 'LA'], ['myanmar', 'MM'], ['malaysia', 'MY'], ['singapore', 'SG'],
  ['indonesia', 'ID'], ['philippines', 'PH'],
  ['south africa', 'ZA'], ['nigeria', 'NG'], ['morocco', 'MA'], ['egypt', 'EG'], ['ghana', 'GH'], ['kenya', 'KE'],
];

/**
 * Folded values that are known not to name a country: regions, "worldwide", and markets' placeholders
 * ("Torland" is Agora's hidden location). They read as null: the listing does not say which country.
 */
export const NOT_A_COUNTRY: readonly string[] = [
  'worldwide', 'world', 'world wide', 'everywhere', 'global', 'international', 'earth', 'planet earth',
  'eu', 'europe', 'european union', 'schengen', 'scandinavia', 'benelux', 'balkans', 'baltics',
  'north america', 'south america', 'latin america', 'central america', 'asia', 'southeast asia', 'africa',
  'oceania', 'middle east',
  'torland', 'tor', 'internet', 'online', 'digital', 'cyberspace', 'email', 'undeclared', 'unknown', 'hidden',
  'private', 'secret', 'none', 'n/a', '-', 'various', 'multiple', 'ships from everywhere',
];

/** What an origin cell says: a country code, a known non-country (null), or nothing we recognise. */
export type OriginLookup = { kind: 'country'; code: string } | { kind: 'none' } | { kind: 'unknown' };

/** Looks up where a ships-from value points. */
export interface OriginTable {
  lookup(name: string): OriginLookup;
}

/**
 * Builds an origin table from {@link COUNTRY_NAMES} and {@link NOT_A_COUNTRY}, and, when given,
 * `lexicons/places.json` (its country names and short codes, its regions as non-countries, its
 * cities as their country). places.json wins where both name the same thing.
 */
export function createOriginTable(places?: PlacesLexicon): OriginTable {
  const names = new Map<string, string | null>();
  const codes = new Set<string>();
  for (const n of NOT_A_COUNTRY) names.set(foldName(n), null);
  for (const [n, code] of COUNTRY_NAMES) {
    names.set(foldName(n), code);
    codes.add(code);
  }
  if (places) {
    // Cities first so that a country name that is also a place name ("Luxembourg") ends as the country.
    for (const p of places.places) if (!names.has(foldName(p.name))) names.set(foldName(p.name), p.country);
    for (const r of places.regions) for (const n of r.names) names.set(foldName(n), null);
    for (const c of places.countries) {
      codes.add(c.code);
      for (const n of [...c.names, ...(c.short ?? [])]) names.set(foldName(n), c.code);
    }
  }
  return {
    lookup(name) {
      const key = foldName(name);
      if (key === '') return { kind: 'none' };
      const hit = names.get(key);
      if (hit === null) return { kind: 'none' };
      if (hit !== undefined) return { kind: 'country', code: hit };
      const upper = key.toUpperCase();
      if (/^[A-Z]{2}$/.test(upper) && codes.has(upper)) return { kind: 'country', code: upper };
      return { kind: 'unknown' };
    },
  };
}

/**
 * Reads `lexicons/places.json` (or any file in its format) when it exists: undefined when the file is
 * absent, so callers can offer it without depending on it. Throws when the file exists but is invalid.
 */
export async function readPlaces(path: string): Promise<PlacesLexicon | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return PlacesLexiconSchema.parse(JSON.parse(text));
}
