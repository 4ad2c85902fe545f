import { describe } from 'vitest';
import { runTable, type Row } from '../helpers/table.js';

/**
 * English listings: origin, shipping methods and carriers. Labels follow ../shared/data/FORMAT.md:
 * origin is where it ships from (field, phrase, flag, hand-over place), never a nationality, style, strain,
 * region or a ships-to destination; shipping lists every method offered (paid options count, negated ones
 * don't); carriers only when a company is named.
 */
export const originRows: Row[] = [
  { text: 'Gorilla Glue vs Gelato, 2 x 3.5g, taste the difference', origin: null },
  { text: 'Website takeover service, paid in ETH, 0.05 ETH', origin: null },
  // market ships-from fields
  { text: 'Amnesia 5g\nShips from: Netherlands\nShips to: Worldwide\nPrice: EUR 40.00', origin: 'NL', tag: 'field' },
  { text: 'MDMA 10g\nShips from: United Kingdom\nPrice: GBP 150.00', origin: 'GB', tag: 'field' },
  { text: 'Passport France, real and registered, 3 weeks', origin: null, tag: 'nationality' },
  { text: 'Kush 14g 🇬🇧➡️🇮🇪 tracked', origin: 'GB', tag: 'flag' },
  { text: 'Speed 50g\nShips from: Germany\nShips to: Europe', origin: 'DE', tag: 'field' },
  { text: 'Xanax bars x50\nShips from: USA\nPrice: USD 90.00', origin: 'US', tag: 'field' },
  { text: 'Oxy 30mg x10\nShips From: United States of America', origin: 'US', tag: 'field' },
  { text: 'Ketamine 5g\nShips from: Canada\nShips to: Canada', origin: 'CA', tag: 'field' },
  { text: 'Ice 7g\nShips from: Australia\nShips to: Australia', origin: 'AU', tag: 'field' },
  { text: 'Hash 25g\nShips from: France', origin: 'FR', tag: 'field' },
  { text: 'XTC x100\nShips from: Belgium', origin: 'BE', tag: 'field' },
  { text: 'Amphetamine 100g\nShips from: Poland', origin: 'PL', tag: 'field' },
  { text: 'Fake AirPods\nShips from: China', origin: 'CN', tag: 'field' },
  { text: 'Modafinil 200mg x100\nShips from: India', origin: 'IN', tag: 'field' },
  { text: 'Cocaine 1g\nShips from: Sweden', origin: 'SE', tag: 'field' },
  { text: 'Weed 10g\nShips from: Italy', origin: 'IT', tag: 'field' },
  { text: 'Pervitin 5g\nShips from: Czech Republic', origin: 'CZ', tag: 'field' },
  { text: 'Rolex replica\nShips from: Switzerland', origin: 'CH', tag: 'field' },
  { text: 'Ivory bangle\nShips from: Hong Kong', origin: 'HK', tag: 'field' },
  { text: 'Valium x100\nShips from: Ireland', origin: 'IE', tag: 'field' },
  { text: 'Kush 7g\nShips from: Spain', origin: 'ES', tag: 'field' },
  { text: 'LSD x10\nShipping from: UK', origin: 'GB', tag: 'field' },
  { text: 'Ket 10g\nShips from: Great Britain', origin: 'GB', tag: 'field' },
  { text: 'Mandy 1g\nShips from: England', origin: 'GB', tag: 'field' },
  { text: 'Shrooms 28g\nShips from: 🇳🇱', origin: 'NL', tag: 'field' },
  { text: 'Heroin 1g\nShips to: Worldwide\nShips from: Netherlands', origin: 'NL', tag: 'field' },
  { text: 'Tramadol x100\nShips from: Netherlands\nShips to: United Kingdom', origin: 'NL', tag: 'field' },
  { text: 'Cocaine 5g\nOrigin country: Germany\nPrice: EUR 300.00', origin: 'DE', tag: 'field' },
  // field is a region or undeclared: null
  { text: 'CVV x10\nShips from: Worldwide\nShips to: Worldwide', origin: null, tag: 'region' },
  { text: 'Speed 10g\nShips from: European Union', origin: null, tag: 'region' },
  { text: 'MDMA 5g\nShips from: EU\nShips to: EU', origin: null, tag: 'region' },
  { text: 'Xanax x20\nShips from: Undeclared', origin: null, tag: 'region' },
  { text: 'Weed 3.5g\nShips from: Unknown', origin: null, tag: 'region' },
  { text: 'Ships worldwide from Europe, 2g cocaine', origin: null, tag: 'region' },
  { text: 'EU2EU only, no customs. MDMA 10g', origin: null, tag: 'region' },
  // phrases in prose
  { text: 'Shipping from the Netherlands every day, 5g MDMA', origin: 'NL', tag: 'phrase' },
  { text: 'We ship from Germany to all EU countries', origin: 'DE', tag: 'phrase' },
  { text: 'Stealth shipping from Canada, Xanax 2mg x30', origin: 'CA', tag: 'phrase' },
  { text: 'Sent from Belgium via bpost, 100 XTC', origin: 'BE', tag: 'phrase' },
  { text: 'Ships from Holland, 10g Amnesia', origin: 'NL', tag: 'phrase' },
  { text: 'Ships from Netherlands 🇳🇱 to all EU', origin: 'NL', tag: 'phrase' },
  { text: 'Domestic US shipping only, Percocet 10mg', origin: 'US', tag: 'phrase' },
  { text: 'Xanax bars x20, AU domestic', origin: 'AU', tag: 'phrase' },
  { text: 'Kush, Haze, Cheese: 3 strains, 10g each, UK based', origin: 'GB', tag: 'phrase' },
  { text: 'Steroid kit\nDelivery: UK domestic, Royal Mail', origin: 'GB', tag: 'field' },
  { text: 'Oxycodone 80mg, USA domestic only, USPS priority', origin: 'US', tag: 'phrase' },
  { text: 'Weed 28g UK domestic and international shipping', origin: 'GB', tag: 'phrase' },
  { text: 'Made in China, ships from Germany: replica watch', origin: 'DE', tag: 'phrase' },
  { text: 'German quality speed, ships from Poland', origin: 'PL', tag: 'nationality' },
  { text: 'Moroccan hash, shipped from Spain', origin: 'ES', tag: 'nationality' },
  { text: 'Amsterdam Haze 10g, ships from Belgium', origin: 'BE', tag: 'strain' },
  // shorthand
  { text: '28g Gelato 41 | UK2UK NDD', origin: 'GB', tag: 'shorthand' },
  { text: 'Ket 5g UK2UK only', origin: 'GB', tag: 'shorthand' },
  { text: 'US2US only - Adderall 30mg x20', origin: 'US', tag: 'shorthand' },
  { text: 'Oxycodone 80mg pressed, US to US, USPS priority', origin: 'US', tag: 'shorthand' },
  { text: 'Weed 10g, UK to UK, next day', origin: 'GB', tag: 'shorthand' },
  { text: 'Dutch to English translation of your documents', origin: null, tag: 'nationality' },
  // flags
  { text: '🇳🇱 ➜ 🌍 MDMA 5g', origin: 'NL', tag: 'flag' },
  { text: '🇩🇪 ➡️ 🇪🇺 Speed 100g', origin: 'DE', tag: 'flag' },
  { text: '🇺🇸 to 🇺🇸 only, Xanax bars', origin: 'US', tag: 'flag' },
  // hand-over places
  { text: 'Pickup in Manchester only, 1oz skunk', origin: 'GB', tag: 'handover' },
  { text: 'Hand-over in Rotterdam, no shipping', origin: 'NL', tag: 'handover' },
  { text: 'Dead drop Berlin, 5g ket', origin: 'DE', tag: 'handover' },
  { text: 'Meet up in Paris possible, coke 2g', origin: 'FR', tag: 'handover' },
  { text: 'Local pickup in London available', origin: 'GB', tag: 'handover' },
  { text: 'Hand to hand in Antwerp, 50 pills', origin: 'BE', tag: 'handover' },
  { text: 'Collection in Lyon or Marseille', origin: 'FR', tag: 'handover' },
  // nationalities, styles, strains: not an origin
  { text: 'Dutch quality XTC pills 200mg', origin: null, tag: 'nationality' },
  { text: 'Moroccan hash 25g', origin: null, tag: 'nationality' },
  { text: 'Amsterdam Haze 10g', origin: null, tag: 'strain' },
  { text: 'Colombian cocaine 1g', origin: null, tag: 'nationality' },
  { text: 'Peruvian flake 3.5g', origin: null, tag: 'nationality' },
  { text: 'Afghan heroin #4, 1g', origin: null, tag: 'nationality' },
  { text: 'Mexican black tar 1g', origin: null, tag: 'nationality' },
  { text: 'Lebanese red hash 10g', origin: null, tag: 'nationality' },
  { text: 'Thai sticks 10g', origin: null, tag: 'nationality' },
  { text: 'Belgian quality MDMA, 84%', origin: null, tag: 'nationality' },
  { text: 'Swiss movement Rolex replica', origin: null, tag: 'nationality' },
  { text: 'Canadian BC bud 28g', origin: null, tag: 'nationality' },
  { text: 'Colombian Gold strain 7g', origin: null, tag: 'strain' },
  // ships-to is never an origin
  { text: 'Ships to: United Kingdom\nKetamine 5g', origin: null, tag: 'ships-to' },
  { text: 'Ships to: USA, Canada', origin: null, tag: 'ships-to' },
  { text: 'Ships to Germany, Austria and Switzerland', origin: null, tag: 'ships-to' },
  { text: 'We ship to the Netherlands only', origin: null, tag: 'ships-to' },
  { text: 'Shipping to France and Belgium, 10g hash', origin: null, tag: 'ships-to' },
  { text: 'Western Union transfers, works in USA, UK, Canada and Australia', origin: null, tag: 'decoy' },
  { text: 'Bank logins, works in UK/IE', origin: null, tag: 'code-pair' },
  { text: 'Oxycodone 30mg x10 UK-UK', origin: 'GB', tag: 'code-pair' },
  { text: 'Ketamine 5g | UK NDD | £120', origin: 'GB', tag: 'code-after' },
  { text: 'Now we ship only EU, discreet, from NL', origin: 'NL', shipping: ['stealth', 'international'], tag: 'from-after-dest' },
  { text: 'Ships from: Germany to Austria, Switzerland', origin: 'DE', shipping: ['international'], tag: 'field-route' },
  { text: 'Crypter with AES-256 and RSA. Lifetime licence', origin: null, tag: 'code-word' },
  { text: 'Cash for crypto, face to face exchange in Antwerp and Rotterdam', origin: null, tag: 'handover-list' },
  { text: 'Meet in Eindhoven, Tilburg or Breda', origin: 'NL', tag: 'handover-list' },
];

export const shippingRows: Row[] = [
  // stealth
  { text: 'Stealth shipping, vacuum sealed', shipping: ['stealth'], carriers: [], tag: 'stealth' },
  { text: 'Discreet packaging, smell proof bags', shipping: ['stealth'], carriers: [], tag: 'stealth' },
  { text: 'Vacuum-sealed x3 and hidden in a DVD case', shipping: ['stealth'], carriers: [], tag: 'stealth' },
  { text: 'No stealth packaging on this one', shipping: [], tag: 'negation' },
  // tracked
  { text: 'Tracked shipping included', shipping: ['tracked'], carriers: [], tag: 'tracked' },
  { text: 'Track & trace on every order', shipping: ['tracked'], tag: 'tracked' },
  { text: 'Tracking +5$', shipping: ['tracked'], tag: 'paid' },
  { text: 'Tracking optional (+$8)', shipping: ['tracked'], tag: 'paid' },
  { text: 'Letter (no tracking) or parcel with tracking for +£4', shipping: ['letter', 'tracked'], tag: 'paid' },
  { text: 'No tracking, letter post only', shipping: ['letter'], tag: 'negation' },
  { text: 'Untracked only, sorry', shipping: [], tag: 'negation' },
  // express
  { text: 'Next day delivery', shipping: ['express'], tag: 'express' },
  { text: '28g Gelato 41 | UK2UK NDD', shipping: ['express'], tag: 'express' },
  { text: 'Overnight shipping available', shipping: ['express'], tag: 'express' },
  { text: '24h delivery', shipping: ['express'], tag: 'express' },
  { text: 'Express +15€', shipping: ['express'], tag: 'paid' },
  { text: 'No express shipping available', shipping: [], tag: 'negation' },
  { text: 'Express and standard options at checkout', shipping: ['express', 'standard'], known: "missing: bare 'standard' in a shipping-options phrase", tag: 'express' },
  // registered
  { text: 'Registered mail, signature required', shipping: ['registered'], tag: 'registered' },
  { text: 'Signed-for delivery', shipping: ['registered'], tag: 'registered' },
  { text: 'Recorded delivery, signed on arrival', shipping: ['registered'], tag: 'registered' },
  { text: 'Registered mail not available', shipping: [], tag: 'negation' },
  // letter, standard
  { text: 'Letterbox friendly, flat envelope', shipping: ['letter'], tag: 'letter' },
  { text: 'Sent as a letter, no box', shipping: ['letter'], tag: 'letter' },
  { text: 'Standard shipping 5-7 days', shipping: ['standard'], tag: 'standard' },
  { text: 'Regular post, no tracking', shipping: ['standard'], tag: 'standard' },
  { text: 'Posted via the post office, standard post', shipping: ['standard'], carriers: [], tag: 'generic' },
  { text: 'Posting daily Mon-Fri', shipping: [], carriers: [], tag: 'generic' },
  // international
  { text: 'Ships worldwide', shipping: ['international'], tag: 'international' },
  { text: 'International shipping available', shipping: ['international'], tag: 'international' },
  { text: 'Worldwide except USA and Australia', shipping: ['international'], tag: 'international' },
  { text: 'Ships from: Netherlands\nShips to: Worldwide', shipping: ['international'], tag: 'field' },
  // ships FROM worldwide tells where it comes from, not where it goes
  { text: 'Netflix 4K account\nShips from: Worldwide\nPrice: USD 4.00\nInstant delivery', shipping: ['digital'], tag: 'field' },
  { text: 'CVV x10\nShips from: Worldwide\nShips to: Worldwide', shipping: ['international'], tag: 'field' },
  { text: 'Ships from: Netherlands\nShips to: United Kingdom', shipping: ['international'], tag: 'field' },
  { text: 'Ships from: Netherlands\nShips to: European Union', shipping: ['international'], tag: 'field' },
  { text: 'Ships from Germany to Austria', shipping: ['international'], tag: 'international' },
  { text: 'Ships from: Germany\nShips to: Germany', shipping: [], tag: 'field' },
  { text: 'Ships from: United States\nShips to: United States', shipping: [], tag: 'field' },
  { text: 'Domestic only, no international', shipping: [], tag: 'negation' },
  { text: 'Oxycodone 80mg, USA domestic only, USPS priority', shipping: [], carriers: ['USPS'], tag: 'international' },
  { text: 'Ships to: Germany, Austria', shipping: ['international'], tag: 'field' },
  { text: 'Ships from: Germany\nDelivery: Europe', shipping: ['international'], origin: 'DE', tag: 'field' },
  // pickup
  { text: 'Pickup in Manchester only', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Meet at Leeds station, cash only, no post', shipping: ['pickup'] },
  { text: 'Collection from Croydon or Royal Mail signed for', shipping: ['pickup', 'registered'], carriers: ['Royal Mail'] },
  { text: 'Dead drop available in Berlin', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Meet up in person, cash only', shipping: ['pickup'], tag: 'pickup' },
  { text: 'No pickup, shipping only. Stealth', shipping: ['stealth'], tag: 'negation' },
  { text: 'Courier hand-delivery by DPD', shipping: [], carriers: ['DPD'], known: "'hand-delivery' by a courier company counted as pickup (FORMAT: a courier's delivery is not pickup)", tag: 'pickup' },
  { text: 'Pickup in Rotterdam, or tracked via PostNL', shipping: ['pickup', 'tracked'], carriers: ['PostNL'], tag: 'pickup' },
  // digital
  { text: 'Delivered by email instantly', shipping: ['digital'], tag: 'digital' },
  { text: 'Auto-dispatch, instant download', shipping: ['digital'], tag: 'digital' },
  { text: 'E-book, PDF download link sent after purchase', shipping: ['digital'], tag: 'digital' },
  { text: 'Delivery: instant (digital)', shipping: ['digital'], tag: 'digital' },
  // combinations
  { text: 'Stealth + tracked, worldwide', shipping: ['stealth', 'tracked', 'international'], tag: 'combo' },
  { text: 'Free shipping worldwide via EMS, tracking number provided', shipping: ['international', 'tracked'], carriers: ['EMS'], tag: 'combo' },
  {
    text: 'All orders vacuum sealed and sent first thing in the morning. Next day delivery for UK, international orders go tracked (+£10).\nShips from: United Kingdom\nShips to: Worldwide',
    shipping: ['stealth', 'express', 'international', 'tracked'],
    tag: 'long',
  },
  // carriers
  { text: 'Free tracked delivery via Royal Mail', shipping: ['tracked'], carriers: ['Royal Mail'], tag: 'carrier' },
  { text: 'NDD via Royal Mail', shipping: ['express'], carriers: ['Royal Mail'], tag: 'carrier' },
  { text: 'Royal Mail signed for', shipping: ['registered'], carriers: ['Royal Mail'], tag: 'carrier' },
  { text: 'Sent by DHL Express', shipping: ['express'], carriers: ['DHL'], tag: 'carrier' },
  { text: 'Ships USPS with tracking', shipping: ['tracked'], carriers: ['USPS'], tag: 'carrier' },
  { text: 'USPS Priority Mail Express', shipping: ['express'], carriers: ['USPS'], tag: 'carrier' },
  { text: 'Sent via PostNL letterbox parcel with track & trace', shipping: ['letter', 'tracked'], carriers: ['PostNL'], tag: 'carrier' },
  { text: 'Sent by Express Post', shipping: ['express'], carriers: [], tag: 'product' },
  { text: 'Via Australia Post, Express Post', shipping: ['express'], carriers: ['Australia Post'], tag: 'carrier' },
  { text: 'FedEx overnight', shipping: ['express'], carriers: ['FedEx'], tag: 'carrier' },
  { text: 'UPS or DPD, tracked', shipping: ['tracked'], carriers: ['UPS', 'DPD'], tag: 'carrier' },
  { text: 'Shipped with GLS or Hermes', carriers: ['GLS', 'Hermes'], known: "missing carrier: 'Hermes' (probably held back as a fashion brand; 'shipped with' context should allow it)", tag: 'carrier' },
  { text: 'Parcelforce express, next day', shipping: ['express'], carriers: ['Parcelforce'], tag: 'carrier' },
  { text: 'Sent by Colissimo with tracking', shipping: ['tracked'], carriers: ['Colissimo'], tag: 'carrier' },
  { text: 'Chronopost 24h', shipping: ['express'], carriers: ['Chronopost'], tag: 'carrier' },
  { text: 'Via La Poste as a letter', shipping: ['letter'], carriers: ['La Poste'], tag: 'carrier' },
  { text: 'bpost registered', shipping: ['registered'], carriers: ['bpost'], tag: 'carrier' },
  { text: 'Deutsche Post registered letter', shipping: ['registered', 'letter'], carriers: ['Deutsche Post'], tag: 'carrier' },
  { text: 'Canada Post, tracked', shipping: ['tracked'], carriers: ['Canada Post'], tag: 'carrier' },
  { text: 'Swiss Post registered', shipping: ['registered'], carriers: ['Swiss Post'], tag: 'carrier' },
  { text: 'PostNord to all of Scandinavia', carriers: ['PostNord'], tag: 'carrier' },
  { text: 'Correos registered mail', shipping: ['registered'], carriers: ['Correos'], tag: 'carrier' },
  { text: 'Poste Italiane registered', shipping: ['registered'], carriers: ['Poste Italiane'], tag: 'carrier' },
  { text: 'TNT, overnight', shipping: ['express'], carriers: ['TNT'], tag: 'carrier' },
  { text: 'DHL, UPS and FedEx available', carriers: ['DHL', 'UPS', 'FedEx'], tag: 'carrier' },
  { text: 'Ships via the post, nothing fancy', carriers: [], tag: 'generic' },
  { text: 'No pickups, no meet ups, post only', shipping: [], carriers: [], tag: 'carrier-word' },
  { text: 'Glock 19, FTF only in Dallas', shipping: ['pickup'], tag: 'pickup' },
  { text: 'No questions asked - worldwide shipping', shipping: ['international'], tag: 'negation' },
  { text: 'Weed 10g, EU shipping available', shipping: ['international'], tag: 'international' },
  { text: 'Regular parcel, vacuum-welded twice', shipping: ['standard', 'stealth'], tag: 'standard' },
  { text: 'Tracked DHL, ships within the EU', shipping: ['tracked', 'international'], carriers: ['DHL'], tag: 'international' },
  { text: '🇩🇪➡️🇪🇺 Speed paste 100g', origin: 'DE', shipping: ['international'], tag: 'flag-route' },
  { text: 'Local pick ups in Leeds, otherwise UPS next day', shipping: ['pickup', 'express'], carriers: ['UPS'], tag: 'carrier-word' },
  { text: 'I deliver myself in Leeds and Bradford, cash on the spot', shipping: ['pickup'], tag: 'pickup' },
  { text: 'We come to you with the van, Birmingham area only', shipping: ['pickup'], tag: 'pickup' },
];

/** The main language, where vendors mix languages or a market's field labels are in another one. */
export const languageRows: Row[] = [
  { text: 'Café racer leather jacket, rosé gold zip, size M', lang: 'en', tag: 'accents' },
  { text: 'Mandy 1g crystals, dead clean, next day delivery | Expédié de : France', lang: 'en', tag: 'labels' },
  { text: 'Speed paste, purest batch', lang: 'en', tag: 'typical-words' },
  { text: 'Oxy 80 x20, dispatching weekdays', lang: 'en', tag: 'typical-words' },
  { text: 'MDMA 84% crystals, odourless vacuum', lang: 'en', tag: 'typical-words' },
];

describe('en: origin', () => {
  runTable(originRows);
});

describe('en: shipping and carriers', () => {
  runTable(shippingRows);
});

describe('en: language', () => {
  runTable(languageRows);
});
