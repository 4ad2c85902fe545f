import { priceTable, type Row } from './helpers.js';

// English listing snippets, written for these tests. Grouped by what they exercise.

const fields: Row[] = [
  { text: 'Blue Dream 7g\nShips from: United States\nPrice: USD 190.12', want: [190.12, 'USD'], kind: 'field' },
  { text: 'Price: $40.00', want: [40, 'USD'], kind: 'field' },
  { text: 'BTC to cash by mail\nFEES\n  under €5k ........ 12%\n  €5k – €20k ....... 10%\n  over €20k ........ 8%\nMinimum: €1,000.', want: null },
  { text: 'Lemon Haze – 5g\nPrice: 5 GR – EUR 42.50\nTiers: 10g €80', want: [42.5, 'EUR'], kind: 'field', qty: [5, 'g'], per: [8.5, 'g'] },
  { text: 'Vendor notes: was $60 last month, now cheaper!\nPrice: $45.00', want: [45, 'USD'], kind: 'field' },
  { text: 'Only $20 for a gram, best deal on the market\nPrice: USD 35.00', want: [35, 'USD'], kind: 'field' },
  { text: 'Price:\n€ 95,00 (5g)\n€ 170,00 (10g)', want: [95, 'EUR'], kind: 'field', qty: [5, 'g'] },
  { text: 'Prices:\n1 cart - $35\n5 carts - $150\n\nShips from: Spain\nPrice: USD 150.00', want: [150, 'USD'], kind: 'field' },
  { text: 'Cocaine 1g\nPrice per gram: €85\nBulk: 5g €390 | 10g €720', want: [85, 'EUR'], kind: 'field', per: [85, 'g'] },
  { text: 'Price: 0.0123 BTC', want: [0.0123, 'BTC'], kind: 'field' },
  { text: 'PRICE: GBP 14.99', want: [14.99, 'GBP'], kind: 'field' },
  { text: 'price: $1,299.00\nships from: US', want: [1299, 'USD'], kind: 'field' },
  { text: '• Price: 60 EUR per gram', want: [60, 'EUR'], kind: 'field', per: [60, 'g'] },
  { text: 'Price: 35 CAD each / 5 for 150 CAD', want: [35, 'CAD'], kind: 'field', per: [35, 'pieces'] },
  { text: 'Cost: $12.50', want: [12.5, 'USD'], kind: 'field' },
  { text: 'Bulk price list below.\nPrice (USD): 250', want: [250, 'USD'], fails: 'a currency named only in the field label' },
  { text: 'Price: USD 12,575,348.74', want: [12575348.74, 'USD'], kind: 'field' },
  { text: 'Title: 10 x Xanax 2mg\nPrice: $0.01', want: [0.01, 'USD'], kind: 'field' },
];

const plain: Row[] = [
  { text: 'N,N-DMT freebase 1g — 1.5 mBTC', want: [0.0015, 'BTC'] },
  { text: 'Bank logs bundle — 1,250.50 USDT', want: [1250.5, 'USDT'] },
  // a slang currency word is money in a list's price column (after a dot leader) or a price a piece
  { text: 'Pricing:\n - Basic CVV .... 12 bucks each\n - Fullz ...... 30 bucks each', want: [12, 'USD'] },
  { text: 'Fullz w/ SSN, 25 bucks each', want: [25, 'USD'], per: [25, 'pieces'] },
  // the unit of a price a unit between the amount and the currency
  { text: 'Mephedrone crystals 10g — 9.50/g EUR — ships from NL', want: [9.5, 'EUR'], per: [9.5, 'g'] },
  // a code the listing names apart from any amount says which dollar a "$" is; "CAD-CAD" is a route
  { text: 'Ice shards\nPrice list (AUD):\n0.5g ........ $150\n1g .......... $280', want: [150, 'AUD'] },
  { text: 'All prices in CAD. Wedding Cake 28g $200', want: [200, 'CAD'] },
  { text: '7g MDMA CAD-CAD TOP QUALITY\nPrice: $278.90', want: [278.9, 'USD'] },
  // a shipping fee written as a sentence is not the price
  { text: 'Pink Kush\nShipping is $15 flat, tracked.\nMENU (CAD)\n3.5g ....... $35\n7g ......... $60', want: [35, 'CAD'] },
  { text: 'Crypto drainer kit — 0.015 BTC or 950 USDT', want: [0.015, 'BTC'] },
  { text: 'Golden Teacher dried — 3.5g ➜ 45,000 sats', want: [0.00045, 'BTC'] },
  { text: 'Garmin sat nav, 2 pieces — €40', want: [40, 'EUR'] },
  { text: 'Bolivian flake 1g – $95 – USPS priority', want: [95, 'USD'], qty: [1, 'g'] },
  { text: 'MDMA crystal 84% 10g 0.0041 BTC', want: [0.0041, 'BTC'], qty: [10, 'g'] },
  { text: 'Gorilla Glue #4 – 1 oz – £180 – royal mail next day', want: [180, 'GBP'], qty: [1, 'oz'] },
  { text: 'Hash 100g slabs – 320 EUR – no samples', want: [320, 'EUR'] },
  { text: 'Stun gun 50,000,000V with torch – $35 – free shipping', want: [35, 'USD'] },
  { text: 'AirPods replica 1:1 – €45 – shipping from China 10-15 days', want: [45, 'EUR'] },
  { text: 'E-book on carding 2024 edition – $3.99 – instant download', want: [3.99, 'USD'] },
  { text: 'Hunting rifle .308 Win with 3.5-10x40 scope\nPrice: 2 150 €', want: [2150, 'EUR'] },
  { text: 'Xanax 2mg bars – 100 bars – $180', want: [180, 'USD'] },
  { text: 'Modafinil 200mg – 100 tabs – £55', want: [55, 'GBP'], qty: [100, 'tabs'] },
  { text: 'Testosterone E 250mg/ml – 10ml vial – €35', want: [35, 'EUR'], qty: [10, 'ml'] },
  { text: 'AK-47 underfolder, 3 mags\n$3,200 – local pickup', want: [3200, 'USD'] },
  { text: 'Glock 17 Gen5\nPrice: € 2.400,00', want: [2400, 'EUR'] },
  { text: 'Beretta 92FS 9mm – EUR 1,450.00', want: [1450, 'EUR'] },
  { text: 'Tiger balm ointment 19.4g x 12 jars – €39.90', want: [39.9, 'EUR'] },
  { text: 'Digital scale 0.01g + grinder 63mm – $19.99', want: [19.99, 'USD'] },
  { text: 'Hemp rope 12mm x 50m – £34.50', want: [34.5, 'GBP'] },
  { text: 'Rolex Submariner 126610LN super clone – $420 incl. box', want: [420, 'USD'] },
  { text: 'Kratom red bali 1kg – $95', want: [95, 'USD'], qty: [1, 'kg'] },
  { text: 'GHB 500ml – €40 – leak-proof bottle', want: [40, 'EUR'], qty: [500, 'ml'] },
  { text: 'Remote access tool – lifetime license 0.004 BTC', want: [0.004, 'BTC'] },
  { text: 'DMT crystal 1g – 0.0028 BTC – letter or registered (+€7)', want: [0.0028, 'BTC'] },
  { text: 'Fresh CVV USA – 80% valid – 15 USD', want: [15, 'USD'] },
  { text: 'Netflix premium – 1 year – 9.99 usd', want: [9.99, 'USD'] },
  { text: 'Ivory bangle 65mm – US$380', want: [380, 'USD'] },
  { text: 'Kush cartridges 1ml – 120 AUD', want: [120, 'AUD'] },
  { text: 'THC oil 10ml – 90 CHF – sent as letter', want: [90, 'CHF'] },
  { text: 'Valium 10mg 100 tabs – 0.5 XMR', want: [0.5, 'XMR'] },
  { text: 'Ketamine 5g – 1.2 LTC', want: [1.2, 'LTC'] },
  { text: 'Proxy list – 0.05 ETH per month', want: [0.05, 'ETH'], kind: 'per-unit' },
  { text: 'Ammo can 7.62x39 – 1000 rounds – $550', want: [550, 'USD'], qty: [1000, 'rounds'] },
  { text: 'OxyContin 80mg — $45 per pill — US only', want: [45, 'USD'], kind: 'per-unit', per: [45, 'pills'] },
  { text: 'Adderall 30mg x 20 - 100$', want: [100, 'USD'] },
  { text: '₿0.0150 – 5g speed paste', want: [0.015, 'BTC'] },
  { text: 'Watch clone £250.00 GBP', want: [250, 'GBP'] },
  { text: '$40.00 USD\nShips from: United States', want: [40, 'USD'] },
  { text: 'Carts 10 for $250 AUD, 50 for $1000 AUD', want: [250, 'AUD'], qty: [10, 'pieces'] },
  { text: 'Weed 1/4 lb – $450 | 1 lb – $1,500', want: [450, 'USD'], qty: [0.25, 'lb'] },
  { text: 'Hash $ 60 for 5g', want: [60, 'USD'], qty: [5, 'g'] },
  { text: 'Golden teacher shrooms 1 oz - $140', want: [140, 'USD'] },
  { text: '2k€ for the whole kilo, serious only', want: [2000, 'EUR'] },
  { text: 'Bulk speed 1kg 1.5k eur', want: [1500, 'EUR'] },
  { text: 'Pistol kit 12€50 shipping included', want: [12.5, 'EUR'] },
  // a title written without spaces: a safe sign glued before the amount makes it money
  { text: '10gCocaine€600PeruFlake90%+TrackedShipping', want: [600, 'EUR'] },
  { text: '24h delivery, 9mm rounds x50', want: null },
];

const tiers: Row[] = [
  { text: 'Ket 1g 25 / 5g 100 / 10g 180 💶', want: [25, 'EUR'] },
  { text: 'Hash 5g 30 | 10g 55 | 25g 120 (EUR)', want: [30, 'EUR'] },
  { text: 'Hash 5g 30 | 10g 55 | 25g 120', want: null },
  { text: 'Peruvian – 1g $90 | 3.5g $290 | 7g $540', want: [90, 'USD'], kind: 'tier', qty: [1, 'g'], per: [90, 'g'] },
  { text: 'AMPHETAMINE PASTE\n100g  € 140,00\n250g  € 300,00\n1kg   € 950,00', want: [140, 'EUR'], kind: 'tier', qty: [100, 'g'], per: [1.4, 'g'] },
  { text: 'Tiers:\n5g - €42.50\n10g - €80\n25g - €185', want: [42.5, 'EUR'], kind: 'tier', qty: [5, 'g'] },
  { text: '3.5g £35 7g £60 14g £110 28g £200', want: [35, 'GBP'], kind: 'tier', qty: [3.5, 'g'], per: [10, 'g'] },
  { text: 'MDMA crystal 84% – 5g45€ 10g80€ 25g175€', want: [45, 'EUR'], kind: 'tier', qty: [5, 'g'], per: [9, 'g'] },
  { text: 'Full tiger skin with head & claws\nShips from: Thailand\nPrice: 650,000 THB', want: [650000, 'THB'], kind: 'field' },
  { text: 'XTC pills\n25 pcs – €80\n50 pcs – €140\n100 pcs – €240', want: [80, 'EUR'], kind: 'tier', qty: [25, 'pieces'], per: [3.2, 'pieces'] },
  { text: 'Heroin #3 – 1g €55 / 5g €250', want: [55, 'EUR'], kind: 'tier', qty: [1, 'g'] },
  { text: 'Ketamine\n€ 180,00 (10g)\n€ 320,00 (20g)', want: [180, 'EUR'], kind: 'tier', qty: [10, 'g'], per: [18, 'g'] },
  { text: 'Pangolin scales 1kg $650 / 10kg $5,800', want: [650, 'USD'], kind: 'tier', qty: [1, 'kg'] },
  { text: '1g = 60 euro / 5g = 250 euro', want: [60, 'EUR'], kind: 'tier', qty: [1, 'g'] },
  { text: '1g 60€ | 5g 250€', want: [60, 'EUR'], kind: 'tier', qty: [1, 'g'] },
  { text: 'Tabs 250ug: 10 tabs $80, 25 tabs $175, 100 tabs $600', want: [80, 'USD'], kind: 'tier', qty: [10, 'tabs'], per: [8, 'tabs'] },
  { text: 'Half oz $110, full oz $200', want: [110, 'USD'], kind: 'tier', qty: [0.5, 'oz'], fails: 'a unit word without a number ("full oz") is no quantity' },
  { text: 'half an ounce for $120 or an ounce for $220', want: [120, 'USD'], qty: [0.5, 'oz'] },
  { text: 'an eighth for $40, a quarter for $70', want: [40, 'USD'], kind: 'tier', qty: [3.5, 'g'] },
  // a tier table's bare amounts take the currency of its other tiers or of its heading
  { text: 'MDMA crystal\nPRICE LIST (EUR):\n1g   60\n3g   165', want: [60, 'EUR'] },
  { text: 'Coke\n1g - 60 EUR\n5g - 250', want: [60, 'EUR'] },
  { text: 'Stock left:\n5g 3\n10g 2', want: null },
];

const perUnit: Row[] = [
  { text: 'k3ta shards 1g/5g/10g – 30£ per g – UK2UK', want: [30, 'GBP'], kind: 'per-unit', per: [30, 'g'] },
  { text: 'Coke €45/g, bulk on request', want: [45, 'EUR'], kind: 'per-unit', per: [45, 'g'], qty: [1, 'g'] },
  { text: 'Rhino horn $38,000/kg', want: [38000, 'USD'], kind: 'per-unit', per: [38000, 'kg'] },
  { text: 'Tiger bone wine 500ml\n$280 / bottle', want: [280, 'USD'], kind: 'per-unit', per: [280, 'bottle'] },
  { text: 'Pangolin scales bulk 20kg+ – $280/kg', want: [280, 'USD'], kind: 'per-unit', per: [280, 'kg'] },
  { text: 'CVV fresh – $15 each', want: [15, 'USD'], kind: 'per-unit', per: [15, 'pieces'] },
  { text: 'SSN lookup – $8 per record', want: [8, 'USD'], kind: 'per-unit', per: [8, 'record'] },
  { text: 'Reshipping service €40 per parcel', want: [40, 'EUR'], kind: 'per-unit', per: [40, 'parcel'] },
  { text: 'Auto switch $250 each / 3 for $600', want: [250, 'USD'], kind: 'per-unit' },
  { text: 'Parrots $1,100 each, papers included', want: [1100, 'USD'], kind: 'per-unit' },
  { text: 'Rhino horn powder\n$1,500 / 10g', want: [1500, 'USD'], qty: [10, 'g'], per: [150, 'g'] },
  { text: 'Pangolin scales\nPrice: €1.800 / 5kg', want: [1800, 'EUR'], kind: 'field', qty: [5, 'kg'] },
  { text: 'meth 60 dollars a gram', want: [60, 'USD'], kind: 'per-unit', per: [60, 'g'] },
  { text: 'Seeds $5 apiece', want: [5, 'USD'], kind: 'per-unit', per: [5, 'pieces'] },
  { text: 'Price negotiable, from $45,000/kg', want: [45000, 'USD'], kind: 'from', per: [45000, 'kg'] },
];

const from: Row[] = [
  { text: 'Fake passports from $900, all EU countries', want: [900, 'USD'], kind: 'from' },
  { text: 'Hacking services starting at $150', want: [150, 'USD'], kind: 'from' },
  { text: 'Custom IDs – prices from only £120', want: [120, 'GBP'], kind: 'from' },
  { text: 'Bulk weed 40-60€ per 10g depending on strain', want: [40, 'EUR'], kind: 'from' },
];

const words: Row[] = [
  { text: 'three grams for forty dollars, hit me up', want: [40, 'USD'], qty: [3, 'g'] },
  { text: 'twenty-five euros a gram, no less', want: [25, 'EUR'], kind: 'per-unit' },
  { text: 'one hundred and fifty dollars for the lot', want: [150, 'USD'] },
  { text: 'a hundred dollars an ounce', want: [100, 'USD'] },
  { text: 'sixty quid for a q', want: [60, 'GBP'], qty: [7, 'g'] },
  { text: 'two thousand five hundred euros firm', want: [2500, 'EUR'] },
  { text: 'ninety-nine dollars only today', want: [99, 'USD'] },
  { text: 'price is fifty, cash on delivery', want: null },
  { text: 'ten bucks a pop', want: [10, 'USD'] },
  { text: '10 bucks a pop', want: [10, 'USD'], fails: 'a weak currency word ("bucks") after figures needs a cue before it' },
  { text: 'Lean 16oz bottle – seventy pounds – signed for', want: [70, 'GBP'] },
  { text: 'for 10 bucks you get a gram', want: [10, 'USD'] },
];

const none: Row[] = [
  { text: '28g Gelato 41 AAA+ indoor | UK2UK next day | free pre-roll', want: null },
  { text: 'Cocaine bulk – 1 KG – price on request', want: null },
  { text: 'h3r0in #4 white – 0.5g and 1g available – prices in sig', want: null },
  { text: 'Mescaline HCl 99% – 500mg sachets – check the pinned price list', want: null },
  { text: 'G1ock 19 gen4 + 2 mags + 50 rds – price in PM', want: null },
  { text: 'Remington 870 12ga – 18.5" barrel – make me an offer', want: null },
  { text: 'Netflix Premium 4K accounts – 1 year warranty – bulk available', want: null },
  { text: 'BTC to cash service. Fee 15% flat, no minimum.', want: null },
  { text: 'Quantity left: 500\nViews: 18,440   Sold: 1,207', want: null },
  { text: 'Glock 19, 9mm, 2019 model, 15 round mags x3', want: null },
  { text: 'Call 0612345678 or +44 7700 900123 for bulk', want: null },
  { text: '7.62x39 and 5.56x45 available, 9x19 soon', want: null },
  { text: 'Vendor level 6 (1.2k sales) 99.1% positive', want: null },
  { text: 'Orders before 2pm EST ship same day, 24/7 support', want: null },
  { text: 'Track 1+2 dumps, 101/201 – price depends on BIN', want: null },
  { text: 'Marlboro Gold – 10 cartons – price per carton in PM', want: null },
  { text: 'Tier list: 1g / 3.5g / 7g / 14g / 28g', want: null },
  { text: 'Minimum order 100 USD. DM for prices.', want: null },
  { text: 'Pay in XMR for 5% off', want: null },
];

priceTable('en: market price fields', fields);
priceTable('en: plain prices', plain);
priceTable('en: tier tables', tiers);
priceTable('en: prices per unit', perUnit);
priceTable('en: starting prices', from);
priceTable('en: number words', words);
priceTable('en: no price', none);
