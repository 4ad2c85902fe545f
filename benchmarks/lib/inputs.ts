/**
 * Inputs of the speed benchmark, deterministic: long pages built from corpus listings and filler prose,
 * and the pathological inputs.
 */
import { seededRandom } from './baseline.js';

// Vendor-page prose of the kind that surrounds a listing (terms, refunds, stealth, PGP), in the three
// languages; it carries few lexicon terms, as real boilerplate does.
const FILLER: readonly string[] = [
  'Welcome to our shop. We have been vending since 2019 and every order is packed by hand the same day it is paid. Please read the terms below before you order; by ordering you agree to them.',
  'Refund policy: if your parcel does not arrive within fifteen working days, message us with your order number and we will look at it. We reship once at our cost. No refunds on orders that were finalized early.',
  'Communication only through the market messages. Always encrypt your address with our key, we delete every address once the order is sent. Do not ask for tracking numbers in public reviews.',
  'Welkom in onze winkel. Wij versturen van maandag tot vrijdag, bestellingen die voor twaalf uur betaald zijn gaan dezelfde dag nog de deur uit. Lees eerst onze voorwaarden voordat je bestelt.',
  'Niet ontvangen? Stuur ons een bericht met je bestelnummer, dan zoeken we het uit. Wij sturen een keer opnieuw op onze kosten. Geen terugbetaling als je vroeg hebt gefinaliseerd.',
  'Bienvenue dans notre boutique. Nous expédions du lundi au vendredi et chaque commande payée avant midi part le jour même. Merci de lire nos conditions avant de commander.',
  'En cas de non-réception après quinze jours ouvrés, contactez-nous avec votre numéro de commande. Nous renvoyons une seule fois à nos frais. Aucun remboursement si la commande a été finalisée en avance.',
  'Our feedback speaks for itself: hundreds of happy customers and a rating above 4.9. Bulk buyers get a discount, just send us a message with the amounts you are looking for and we will make you an offer.',
];

/** Options of {@link synthesisePages}. */
export interface PageOptions {
  count: number;
  minBytes: number;
  maxBytes: number;
  seed: number;
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * `count` pages whose UTF-8 sizes step evenly from `minBytes` to `maxBytes`: a corpus listing first (its
 * title is the page's title), then filler paragraphs and further listings, picked by a seeded generator,
 * cut at the last space before the size is reached.
 */
export function synthesisePages(listings: readonly string[], options: PageOptions): string[] {
  if (listings.length === 0) throw new RangeError('synthesisePages: no listings to build pages from');
  const random = seededRandom(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const pages: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const target = options.count === 1 ? options.minBytes : Math.round(options.minBytes + ((options.maxBytes - options.minBytes) * i) / (options.count - 1));
    const parts = [pick(listings)];
    let size = utf8(parts[0]!);
    while (size < target) {
      const next = random() < 0.6 ? pick(FILLER) : pick(listings);
      parts.push(next);
      size += utf8(next) + 2;
    }
    let page = parts.join('\n\n');
    // Cut back to the target at a space, by characters first (cheap) and then byte-exact.
    while (utf8(page) > target) {
      const over = utf8(page) - target;
      const cut = page.lastIndexOf(' ', page.length - Math.max(1, Math.ceil(over / 2)));
      page = cut > 0 ? page.slice(0, cut) : page.slice(0, -1);
    }
    pages.push(page);
  }
  return pages;
}

/** A pathological input: `unit` repeated until the text has at least `bytes` UTF-8 bytes. */
export function repeatToBytes(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / utf8(unit))));
}

/** How time grows with size; see {@link growth}. */
export interface Growth {
  /** t(next) / t(this) for consecutive sizes; null where a time is missing. */
  ratios: (number | null)[];
  /** Slope of log t against log size (least squares): 1 for linear time, 2 for quadratic; null under two points. */
  exponent: number | null;
  linear: boolean;
}

/**
 * How time grows over sizes that double: the doubling ratios (about 2 when linear), and the exponent of
 * a power law fitted to all points, which one noisy point moves less than it moves a ratio. Linear when
 * the exponent is at most `maxExponent` and the last ratio, where superlinear growth shows first, is at
 * most `maxLastRatio`. A missing time (a size skipped as too slow) is never linear.
 *
 * @example
 * growth([10, 20, 41, 80], [1, 2, 4, 8]).linear; // true
 * growth([10, 40, 160, 640], [1, 2, 4, 8]).exponent; // 2
 */
export function growth(times: readonly (number | null)[], sizes: readonly number[], maxExponent = 1.2, maxLastRatio = 2.5): Growth {
  const ratios: (number | null)[] = [];
  for (let i = 1; i < times.length; i++) {
    const a = times[i - 1];
    const b = times[i];
    ratios.push(a === null || a === undefined || b === null || b === undefined || a <= 0 ? null : b / a);
  }
  const pts = times.flatMap((t, i) => (t !== null && t > 0 && sizes[i] !== undefined && sizes[i]! > 0 ? [[Math.log(sizes[i]!), Math.log(t)] as const] : []));
  let exponent: number | null = null;
  if (pts.length >= 2) {
    const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    const sxx = pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
    const sxy = pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
    exponent = sxx === 0 ? null : sxy / sxx;
  }
  const last = ratios.at(-1);
  const linear = times.every((t) => t !== null) && exponent !== null && exponent <= maxExponent && last !== null && last !== undefined && last <= maxLastRatio;
  return { ratios, exponent, linear };
}
