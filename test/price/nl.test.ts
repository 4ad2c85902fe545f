import { priceTable, type Row } from './helpers.js';


// Dutch (and Flemish) listing snippets, written for these tests.

const fields: Row[] = [
  { text: 'Amnesia Haze 10 gram\nVerzonden vanuit: Nederland\nPrijs: €45', want: [45, 'EUR'], kind: 'field' },
  { text: 'Netflix account 1 jaar\nLevering: automatisch | Prijs: € 6,50', want: [6.5, 'EUR'] },
  { text: 'Speed 50g\nVerzending: € 7,50 | Prijs: € 120', want: [120, 'EUR'] },
  { text: 'VALSE EUROBILJETTEN — 20€ & 50€\nPakket A: 1000 € nominaal (20x 50€) voor 250,-', want: [250, 'EUR'] },
  // a commission table: the amounts are brackets, not prices
  { text: 'Cash-out service\nCommissie:\n  tot €10k — 12%\n  €10k–50k — 9%\n  boven €50k — 7%\nMinimum: €2.000', want: null },
  { text: 'Coke 1g — €60 — 90%\n2g — €110 — 90%', want: [60, 'EUR'] },
  { text: 'Prijs: € 60,- per gram\nStaffel: 5g € 275 | 10g € 520', want: [60, 'EUR'], kind: 'field', per: [60, 'g'] },
  { text: 'XTC Gouden Rolex\nPrijs: 50 stuks – € 110,00\nStaffel:\n100 stuks € 190', want: [110, 'EUR'], kind: 'field', qty: [50, 'pieces'], per: [2.2, 'pieces'] },
  { text: 'Alarmpistool omgebouwd\nPrijs: €750\nAfhalen kan ook.', want: [750, 'EUR'], kind: 'field' },
  { text: 'Glock 19 Gen 5 – nieuw in doos\nPrijs: € 2.200,-', want: [2200, 'EUR'], kind: 'field' },
  { text: 'AK-74 volautomaat\nPrijs: 0,12 BTC', want: [0.12, 'BTC'], kind: 'field' },
  { text: 'Neushoornhoorn 2,1 kg\nPrijs: $40.000 per kg', want: [40000, 'USD'], kind: 'field', per: [40000, 'kg'] },
  { text: 'Eerst €60, nu in de aanbieding!\nPrijs: €50', want: [50, 'EUR'], kind: 'field' },
  { text: 'Prijzen:\n5 gram – € 45,-\n10 gram – € 85,-', want: [45, 'EUR'], kind: 'field', qty: [5, 'g'] },
  { text: 'Kostprijs: 25 euro', want: [25, 'EUR'], kind: 'field' },
  { text: 'Rijbewijs B, echt geregistreerd\nKosten: €1.250,- (in twee keer te betalen)', want: [1250, 'EUR'], kind: 'field' },
  { text: 'Hasj 10g\nKosten: 70 euro\nVerzendkosten: 5 euro', want: [70, 'EUR'], kind: 'field' },
  { text: 'Prijs:\n€ 35,00 per 10 stuks', want: [35, 'EUR'], kind: 'field', qty: [10, 'pieces'] },
];

const plain: Row[] = [
  { text: 'Wietolie 10ml\nPrijs: 2,5 mBTC', want: [0.0025, 'BTC'] },
  // a stablecoin's amounts are written as money is (currencies.json `stable`): thousands grouped, not decimals
  { text: 'VPN-abonnement 1 jaar – 1.500 USDT', want: [1500, 'USDT'] },
  { text: 'Kloon-pas met pincode, 2.400 USDC per stuk', want: [2400, 'USDC'] },
  { text: 'Adobe Creative Cloud ...... 15 ballen\nOffice 2021 Pro ...... 10 ballen', want: [15, 'EUR'] },
  { text: 'Amnesia\nVerzending kost €5, aangetekend.\n5g – €45\n10g – €80', want: [45, 'EUR'] },
  // a price label's heading names the slang currency of the tier table below it
  { text: 'Speed pasta\nPrijzen (in pegels):\n10g – 40\n50g – 150\n100g – 250', want: [40, 'EUR'], qty: [10, 'g'] },
  // tiers priced a piece take the listing's one currency
  { text: 'XTC 250mg\n10 stuks – 3,50 per stuk\n50 stuks – 2,80 per stuk\nTrack & trace +€4,00', want: [3.5, 'EUR'] },
  { text: 'Wiet 5g 45,- verzonden vanuit Nederland', want: [45, 'EUR'] },
  // euro shorthand glued to the amount, in a price position (currencies.json shorthand)
  { text: 'Hasj Afghaan – 10gr 80e – pm voor meer', want: [80, 'EUR'], qty: [10, 'g'] },
  { text: 'Sigaretten zonder accijns – Marlboro Gold – 40e\nSlof Camel – 38e', want: [40, 'EUR'] },
  { text: 'Marokkaanse hasj – 25gr aan 150 euro – verzending vanuit België', want: [150, 'EUR'], qty: [25, 'g'] },
  { text: 'W33D Lemon Haze – 10gr 80€ – pm voor meer', want: [80, 'EUR'], qty: [10, 'g'] },
  { text: 'SPEED pasta 65% – 50 gram – €70', want: [70, 'EUR'], qty: [50, 'g'] },
  { text: "XTC pillen 'Philipp Plein' 280mg – 100 stuks – € 220", want: [220, 'EUR'], qty: [100, 'pieces'] },
  { text: "Blauwe Tesla's 250mg, 50 stuks aan 120 euro, zending vanuit België", want: [120, 'EUR'], qty: [50, 'pieces'] },
  { text: 'Heroïne bruin – 1g – €40 – alleen afhalen', want: [40, 'EUR'] },
  { text: 'Oxazepam 50mg – 30 tabletten (strip) – €35', want: [35, 'EUR'], qty: [30, 'tabs'] },
  { text: 'Omgebouwd alarmpistool – 600 euro – alleen afhalen', want: [600, 'EUR'] },
  { text: 'Kalasj volautomatisch – 2 magazijnen van 30 – €3.500 – serieuze kopers', want: [3500, 'EUR'] },
  { text: 'Ivoren slagtand – 3,8 kg – echt olifantenivoor – € 5.500', want: [5500, 'EUR'] },
  { text: 'Antieke armbanden (3 stuks) – 900 euro voor de 3 – afhalen in Antwerpen', want: [900, 'EUR'] },
  { text: 'Schubben – gedroogd – per kilo 600 dollar – minimum 5 kg', want: [600, 'USD'], kind: 'per-unit', per: [600, 'kg'] },
  { text: 'Nep Rolex Daytona – AAA+ replica – € 280 – EMS met track & trace', want: [280, 'EUR'] },
  { text: 'Database klantgegevens – 250.000 records – € 1.500', want: [1500, 'EUR'] },
  { text: 'Ransomware builder + panel – 0,05 BTC per maand', want: [0.05, 'BTC'], kind: 'per-unit' },
  { text: "E-book over ivoorsmokkel (PDF) – €4,99 – direct te downloaden", want: [4.99, 'EUR'] },
  { text: 'Tijgerbalsem wit 30g – 6 potjes – €19,95 – PostNL brievenbuspakje', want: [19.95, 'EUR'] },
  { text: 'Trouwjurk ivoorkleur, maat 40 – 350 euro – af te halen in Brugge', want: [350, 'EUR'] },
  { text: 'Cocaine 1g 65 euro – verzending met PostNL of DHL', want: [65, 'EUR'], qty: [1, 'g'] },
  { text: 'MDMA kristal, 10 gram aan 100 euro. Enkel afhalen.', want: [100, 'EUR'], qty: [10, 'g'] },
  { text: 'Oxycodon 40mg – 28 tabletten – €180 – met track & trace', want: [180, 'EUR'] },
  { text: 'Magic truffels 15 gram – €16,50 per doosje', want: [16.5, 'EUR'], kind: 'per-unit', per: [16.5, 'doosje'] },
  { text: 'x@nax 2mg bars – 20 stuks €50 – verzending vanuit België', want: [50, 'EUR'], qty: [20, 'pieces'] },
  { text: 'Potentiepillen – doosje van 6 – €24,95 – discreet verzonden', want: [24.95, 'EUR'] },
  { text: 'Ozempic 1mg pennen – €140 per pen – gekoeld verzonden', want: [140, 'EUR'], kind: 'per-unit' },
  { text: '3-MMC kristallen – 10 gram – € 60,- – research chemical', want: [60, 'EUR'], qty: [10, 'g'] },
  { text: 'gl0ck 17 + 2 mags + doos 9mm – € 2.500 – hand in hand', want: [2500, 'EUR'] },
  { text: 'Jachtgeweer Browning B525 – kaliber 12 – over/onder – € 1.400', want: [1400, 'EUR'] },
  { text: 'Afgezaagde pompgun, 12 gauge – met 20 hagelpatronen – 1100 euro', want: [1100, 'EUR'] },
  { text: '.22 LR patronen – 500 stuks – 90 euro – bpost aangetekend', want: [90, 'EUR'], qty: [500, 'pieces'] },
  { text: 'Verse NL creditcards met CVV – €25 per stuk, 10 voor €200', want: [25, 'EUR'], kind: 'per-unit', per: [25, 'pieces'] },
  { text: 'Nederlands rijbewijs – met jouw foto – € 900 – levertijd 2 weken', want: [900, 'EUR'] },
  { text: 'Grinder 4-delig + weegschaal 0,01g + 100 gripzakjes – €22,50', want: [22.5, 'EUR'] },
  { text: 'Shag – 10 pakjes van 50g – €110 – verzonden vanuit Luxemburg', want: [110, 'EUR'] },
  { text: 'Tijgeroog armband 8mm kralen – €14,95 – gratis verzending', want: [14.95, 'EUR'] },
  { text: 'Hennep touw 8mm – 100 meter – €27,50', want: [27.5, 'EUR'] },
  { text: 'Gekraakte Windows 11 Pro – €9 – downloadlink direct na betaling', want: [9, 'EUR'] },
  { text: 'IPTV lifetime – 20.000 zenders – €60', want: [60, 'EUR'] },
  { text: 'Wiet 5 gram 45,- euro', want: [45, 'EUR'], qty: [5, 'g'] },
  { text: 'Speed 100 gram voor 120,-', want: [120, 'EUR'], qty: [100, 'g'] },
  { text: 'Hasj 10g 70 piek', want: [70, 'EUR'], fails: '"piek" (guilder slang for a euro) is not in the lexicon' },
  { text: 'Xtc 100 stuks voor 250 ballen', want: [250, 'EUR'] },
  { text: 'Wiet 1 ons voor 800 euro', want: [800, 'EUR'], qty: [100, 'g'] },
  { text: 'Pepperspray 40ml – 2 stuks voor €30', want: [30, 'EUR'], qty: [2, 'pieces'] },
  { text: 'Keta schaafsel – 1 gr 25 eu / 5 gr 100 eu / 10 gr 180 eu', want: [25, 'EUR'] },
  { text: 'Verzending naar 10 eu landen, 2 gr', want: null },
  { text: 'Paddos Mexicana 30g vers, zwaar spul, 20 eu, ophalen in Utrecht', want: [20, 'EUR'] },
  { text: 'Keta 5g — bpost — 100 eu', want: [100, 'EUR'] },
  { text: 'Verzending naar alle 27 eu landen', want: null },
  { text: 'Staffelprijzen:\n 1g   — 12,50\n 5g   — 50,-\n 10g  — 90,-', want: [12.5, 'EUR'] },
  { text: 'Hasj\nPrijzen:\n10g – 70\n25g – 160', want: null },
];

const tiers: Row[] = [
  { text: 'Hasj 10g\nPrijzen:\n10g – 70\n25g – 160\nVerzending: bpost aangetekend +5 euro', want: [70, 'EUR'] },
  { text: 'Hasj 10g\nPrijzen:\n10g – 70\n25g – 160', want: null },
  { text: 'MDMA kristallen 84% - 5g45€ 10g80€ 25g175€', want: [45, 'EUR'] },
  { text: '💶 vals geld — €20 en €50 — grade A\nPrijslijst:\n  €20 x 50 (1000 face) — €180\n  €50 x 40 (2000 face) — €320', want: [180, 'EUR'] },
  { text: 'MDMA kristallen – 5gr €55 / 10gr €95 / 25gr €200', want: [55, 'EUR'], kind: 'tier', qty: [5, 'g'], per: [11, 'g'] },
  { text: 'LSD trips 200µg – 10 stuks €70 | 25 stuks €150', want: [70, 'EUR'], kind: 'tier', qty: [10, 'pieces'] },
  { text: 'k3ta naalden – 10gr 140€ | 25gr 300€ | 50gr 550€', want: [140, 'EUR'], kind: 'tier', qty: [10, 'g'] },
  { text: 'Belgische wiet\n\n10gr – 70€\n25gr – 160€\n50gr – 300€', want: [70, 'EUR'], kind: 'tier', qty: [10, 'g'] },
  { text: 'sp33d – 100gr €120 / 250gr €250 / 500gr €450', want: [120, 'EUR'], kind: 'tier' },
  { text: 'Ketamine – 1 gram aan 30€, 5 gram aan 130€. Vanuit België.', want: [30, 'EUR'], kind: 'tier', qty: [1, 'g'] },
  { text: "Paddo's gedroogd – 10g €40 – 30g €100 – zelf gekweekt", want: [40, 'EUR'], kind: 'tier', qty: [10, 'g'] },
  { text: 'Pillen 300mg – 10 stuks 50€, 100 stuks 300€', want: [50, 'EUR'], kind: 'tier', qty: [10, 'pieces'] },
  { text: 'Prijzen\n10 gram – € 95\n20 gram – € 180\n50 gram – € 420', want: [95, 'EUR'], qty: [10, 'g'] },
  { text: 'Staffel: 1g = 60 euro / 5g = 275 euro / 10g = 500 euro', want: [60, 'EUR'], kind: 'tier', qty: [1, 'g'] },
  { text: 'Alprazolam 1mg – 30 tabletten – €45\nRivotril 2mg – 30 tabletten – €40', want: [45, 'EUR'], kind: 'tier', qty: [30, 'tabs'] },
];

const perUnit: Row[] = [
  { text: 'c0ke 1g / 2g / 5g – 70 euro de gram – afhalen', want: [70, 'EUR'], kind: 'per-unit', per: [70, 'g'] },
  { text: '9mm patronen – doos van 50 – €45 per doos', want: [45, 'EUR'], kind: 'per-unit', per: [45, 'doos'] },
  { text: 'Tijgerbottenwijn fles 750ml – € 250 per fles', want: [250, 'EUR'], kind: 'per-unit', per: [250, 'fles'] },
  { text: 'Replica jassen – €180 per stuk', want: [180, 'EUR'], kind: 'per-unit', per: [180, 'pieces'] },
  { text: 'c.v.v NL/BE – fullinfo – 15€/stuk', want: [15, 'EUR'], kind: 'per-unit', per: [15, 'pieces'] },
  { text: 'Spotify accounts – €3 per account – automatisch geleverd', want: [3, 'EUR'], kind: 'per-unit' },
  { text: 'Khat bundels van 200 gram – €25 per bundel', want: [25, 'EUR'], kind: 'per-unit', per: [25, 'bundel'] },
  { text: 'Stralenschildpadden – €1.500 per stuk – afhalen in Duitsland', want: [1500, 'EUR'], kind: 'per-unit' },
  { text: 'Coke 60€/g, vanaf 10g 55€/g', want: [60, 'EUR'], kind: 'per-unit' },
  { text: 'Dropadres – €25 per pakket', want: [25, 'EUR'], kind: 'per-unit' },
  { text: 'Wiet €8 het gram', want: [8, 'EUR'], kind: 'per-unit', per: [8, 'g'] },
];

const from: Row[] = [
  { text: 'Ivoren netsuke – vanaf €450 per stuk – verzekerd met DHL', want: [450, 'EUR'], kind: 'from' },
  { text: 'Paspoort (Frans/Italiaans) – vanaf €2.500 – DHL express', want: [2500, 'EUR'], kind: 'from' },
  { text: 'Wiet vanaf 45,- per 5 gram', want: [45, 'EUR'], kind: 'from' },
  { text: 'Valse papieren v.a. €150', want: [150, 'EUR'], kind: 'from' },
];

const words: Row[] = [
  { text: 'Wiet, vijftig euro voor 5 gram', want: [50, 'EUR'] },
  { text: 'Hasj tien gram voor vijfenveertig euro', want: [45, 'EUR'], qty: [10, 'g'] },
  { text: 'Coke zeventig euro de gram', want: [70, 'EUR'], kind: 'per-unit' },
  { text: 'Pillen: honderd stuks voor tweehonderdvijftig euro', want: [250, 'EUR'], qty: [100, 'pieces'] },
  { text: 'Speed een ons voor tachtig euro', want: [80, 'EUR'], qty: [100, 'g'] },
  { text: 'Alles samen voor duizend euro', want: [1000, 'EUR'] },
  { text: 'tweeënveertig euro per stuk', want: [42, 'EUR'], kind: 'per-unit' },
];

const none: Row[] = [
  // ordinals, not euro shorthand
  { text: 'Ivoren beeldje, begin 20e eeuw – prijs in pm', want: null },
  { text: 'Lijst wordt elke 1e van de maand vernieuwd, geen update voor de 5e?', want: null },
  { text: 'Bulk wiet – kilo\'s – prijs op aanvraag – ophalen in de regio Eindhoven', want: null },
  { text: 'Sn33uw 100gr partij – alleen voor resellers – prijs in pm', want: null },
  { text: 'Sk0rpion vz61 volauto + demper – prijs in pm', want: null },
  { text: 'Tijgerklauwen – set van 4 klauwen + 1 hoektand – prijs in overleg', want: null },
  { text: 'Witwassen van je crypto – 0,5% fee – uitbetaling binnen 6 uur', want: null },
  { text: 'Wax / shatter – 78% THC – per gram of per 5 gram, prijzen in pm', want: null },
  { text: 'XTC bulk – 5.000 stuks – 220mg – prijs op aanvraag', want: null },
  { text: 'Munitie 7.62x39 – 500 stuks – prijs in pm', want: null },
  { text: 'Hagelpatronen kaliber 12 – 250 stuks – prijs n.o.t.k.', want: null },
  { text: 'Verkoper ⭐ 4,9 (1.873 beoordelingen)\nAantal beschikbaar: 3,2 kg', want: null },
  { text: 'Bestellingen vóór 15:00 worden dezelfde dag verstuurd (ma-vr)', want: null },
  { text: 'Leads NL – 10.000 mobiele nummers – prijs per 1.000 in pm', want: null },
  { text: 'Geen FE. Vanaf 50 gram verzenden we met track & trace.', want: null },
];

priceTable('nl: market price fields', fields);
priceTable('nl: plain prices', plain);
priceTable('nl: staffels (tier tables)', tiers);
priceTable('nl: prices per unit', perUnit);
priceTable('nl: starting prices', from);
priceTable('nl: number words', words);
priceTable('nl: no price', none);
