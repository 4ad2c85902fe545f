import { describe } from 'vitest';
import { runTable, type Row } from '../helpers/table.js';

/**
 * Dutch and Flemish listings: origin, shipping methods and carriers. Labels follow
 * ../../../shared/data/FORMAT.md: a ships-from field wins; a nationality, style or strain name is not an
 * origin; regions (EU, Benelux, wereldwijd) are not countries; "levering naar" never gives an origin.
 * `international` when the listing ships to any other country or worldwide; negated methods are absent;
 * carriers only when a company is named.
 */
export const originRows: Row[] = [
  { text: 'Alleen persoonlijke overdracht in de omgeving van Utrecht', origin: 'NL', shipping: ['pickup'], tag: 'pickup' },
  // ── stated in prose ──
  { text: '10g Amnesia Haze – verzending vanuit NL, binnen 2 dagen in huis', origin: 'NL', tag: 'phrase' },
  { text: 'Wij versturen vanuit België, levering binnen 2 werkdagen.', origin: 'BE', tag: 'phrase' },
  { text: 'Speed 50g, 60% sulfaat. Verzonden uit Duitsland.', origin: 'DE', tag: 'phrase' },
  { text: 'Colombiaanse coke 90% – verzending vanuit Nederland', origin: 'NL', tag: 'nationality' },
  { text: 'Rijbewijs België, echt geregistreerd, levering in 2 weken', origin: null, tag: 'nationality' },
  { text: 'Wiet 10g 🇳🇱➡️🇧🇪 discreet verpakt', origin: 'NL', tag: 'flag' },
  { text: 'Marokkaanse hasj 25g, verstuurd vanuit Spanje', origin: 'ES', tag: 'nationality' },
  { text: 'Peruaanse flake 5g, verstuurd vanuit Portugal', origin: 'PT', tag: 'nationality' },
  { text: 'Wij zitten in Amsterdam en versturen elke werkdag.', origin: 'NL', tag: 'city' },
  { text: 'XTC 100 stuks. Verzending vanuit Frankrijk.', origin: 'FR', tag: 'phrase' },
  { text: 'Ketamine 10g – vanuit het Verenigd Koninkrijk verzonden', origin: 'GB', tag: 'phrase' },
  { text: 'Verzending vanuit Engeland, meestal binnen 3 dagen in Nederland', origin: 'GB', tag: 'phrase' },
  { text: 'Shipping from UK, levering in NL binnen 3 dagen', origin: 'GB', tag: 'mixed' },
  { text: 'Verzonden vanuit Polen, 100g speedpasta', origin: 'PL', tag: 'phrase' },
  { text: 'Anabolen, verstuurd vanuit Oostenrijk', origin: 'AT', tag: 'phrase' },
  { text: 'Verzending vanuit Tsjechië naar heel de EU', origin: 'CZ', tag: 'phrase' },
  { text: 'Wij verzenden vanuit de VS, levering in Europa in 7 dagen', origin: 'US', tag: 'phrase' },
  { text: 'Wij verzenden vanuit Canada', origin: 'CA', tag: 'phrase' },
  { text: 'Verzending vanuit Luxemburg', origin: 'LU', tag: 'phrase' },
  { text: 'Verzonden vanuit Italië – 5 dagen levertijd', origin: 'IT', tag: 'phrase' },
  { text: 'Verzonden vanuit Zwitserland, Rolex kopieën', origin: 'CH', tag: 'phrase' },
  { text: 'verzending vanuit nederland, discreet', origin: 'NL', tag: 'lowercase' },
  { text: 'Wij leveren vanuit Antwerpen naar heel Europa', origin: 'BE', tag: 'city' },
  { text: 'Verzonden uit Nederland, levering naar Frankrijk', origin: 'NL', tag: 'ships-to' },
  { text: 'Verzending: vanuit NL, ook naar BE en DE', origin: 'NL', tag: 'phrase' },
  { text: 'Vanuit België verstuurd met bpost', origin: 'BE', tag: 'phrase' },
  { text: 'Echte nederwiet – Nederlandse vendor, verzending vanuit NL naar heel Europa', origin: 'NL', tag: 'nationality' },

  // ── shorthand and flags ──
  { text: '5 gram Amnesia Haze | NL2NL', origin: 'NL', tag: 'shorthand' },
  { text: 'XTC pillen 100x | NL2EU', origin: 'NL', tag: 'shorthand' },
  { text: 'BE2BE | 10 bollekes Tesla', origin: 'BE', tag: 'shorthand' },
  { text: 'Speed 100g, NL naar BE, track and trace', origin: 'NL', tag: 'shorthand' },
  { text: 'Witwassen van crypto naar cash, Antwerpen', origin: null, tag: 'decoy' },
  { text: 'NL2BE – 5g keta, 2 dagen levertijd', origin: 'NL', tag: 'shorthand' },
  { text: '1g coke – verzending vanuit 🇳🇱', origin: 'NL', tag: 'flag' },
  { text: 'BEZORGSERVICE ❄️\n📍 Gent & omstreken\nCoke 1g – €60', origin: 'BE', tag: 'pin' },
  { text: 'Marokkaanse 🇲🇦 hasj 50g, top kwaliteit', origin: null, tag: 'flag-style' },
  { text: 'Verzending: 🇧🇪 ➡️ 🇪🇺\n100x XTC Blue Punisher', origin: 'BE', tag: 'flag' },

  // ── hand-over in a city ──
  { text: 'Afhalen in Rotterdam mogelijk (Zuid)', origin: 'NL', tag: 'pickup-city' },
  { text: 'Afhalen in Antwerpen of Gent, geen verzending', origin: 'BE', tag: 'pickup-city' },
  { text: "Methadon drank 100ml – € 40 – afhalen A'dam Zuidoost", origin: 'NL', shipping: ['pickup'], tag: 'pickup-city' },
  { text: '3-MMC 5g, alleen via dropplekken in Gent, je krijgt coördinaten na betaling', origin: 'BE', shipping: ['pickup'], tag: 'pickup-city' },
  { text: 'Overhandiging in Luik, centrum', origin: 'BE', tag: 'pickup-city' },
  { text: 'Dead drop in Utrecht, coördinaten na betaling', origin: 'NL', tag: 'pickup-city' },
  { text: 'Afhalen in Maastricht of Eindhoven', origin: 'NL', tag: 'pickup-city' },
  { text: 'Afspreken in Brussel (Noordstation), cash of BTC', origin: 'BE', tag: 'pickup-city' },
  { text: 'Afhalen in Den Haag, of verzenden door heel Nederland', origin: 'NL', tag: 'pickup-city' },
  { text: 'Gent 🇧🇪 – afhalen of verzenden', origin: 'BE', tag: 'pickup-city' },

  // ── market fields ──
  { text: '5g Super Lemon Haze\nVerzonden vanuit: België\nVerzonden naar: Nederland\nPrijs: €45', origin: 'BE', tag: 'field' },
  { text: '10g Gorilla Glue\nShips from: Netherlands\nShips to: Worldwide', origin: 'NL', tag: 'field' },
  { text: 'Hollandse wiet, snel verstuurd\nShips from: Germany', origin: 'DE', tag: 'field' },
  { text: 'Speed 100g\nVerzonden vanuit: Duitsland\nOok afhalen in Venlo mogelijk', origin: 'DE', tag: 'field' },
  { text: 'Tesla pillen 50x\nVerzonden vanuit: Nederland 🇳🇱\nPrijs: €120', origin: 'NL', tag: 'field' },
  { text: 'Xanax 2mg\nShips from: Belgium\nShips to: Europe', origin: 'BE', tag: 'field' },

  // ── not an origin ──
  { text: 'Hollandse kwaliteit wiet, 10 gram', origin: null, tag: 'not-origin' },
  { text: 'Marokkaanse hasj 25g, zacht en kneedbaar', origin: null, tag: 'not-origin' },
  { text: 'Amsterdam Haze 5g – klassieker', origin: null, tag: 'not-origin' },
  { text: 'Afghaanse heroïne 1g', origin: null, tag: 'not-origin' },
  { text: 'Duitse kwaliteit speed, 60%', origin: null, tag: 'not-origin' },
  { text: 'Nederlandse paspoorten te koop, echt blanco', origin: null, tag: 'not-origin' },
  { text: 'Belgische vendor sinds 2019, 1000+ sales', origin: null, tag: 'not-origin' },
  { text: 'Thaise Buddha sticks 10g', origin: null, tag: 'not-origin' },
  { text: 'Verzending binnen de EU, discreet', origin: null, tag: 'region' },
  { text: 'Wij verzenden naar heel Europa', origin: null, tag: 'region' },
  { text: 'Levering in de hele Benelux', origin: null, tag: 'region' },
  { text: 'Wereldwijde verzending, stealth', origin: null, tag: 'region' },
  { text: 'Spotify-accounts x5\nVerzonden vanuit: Wereldwijd\nPrijs: € 6\nLevering per mail', shipping: ['digital'], tag: 'region' },
  { text: 'CVV NL x5\nVerzonden vanuit: Wereldwijd\nVerzenden naar: Wereldwijd', shipping: ['international'], tag: 'region' },
  { text: '1g coke\nVerzonden vanuit: Europa\nPrijs: €70', origin: null, tag: 'region' },
  { text: 'Kamagra 100mg\nShips from: Worldwide', origin: null, tag: 'region' },
  { text: 'LSD blotters\nShips from: EU\nShips to: EU', origin: null, tag: 'region' },
  { text: 'Levering naar België en Nederland', origin: null, tag: 'ships-to' },
  { text: 'Levering naar Duitsland mogelijk, vraag de prijs', origin: null, tag: 'ships-to' },
  { text: 'Paddo truffels 15g\nLevering naar: Nederland', origin: null, tag: 'ships-to' },
  { text: 'Echte Nederlandse nederwiet, verzending wereldwijd', origin: null, tag: 'not-origin' },
  { text: 'MTCN binnen 3 uur. Werkt in NL, BE, DE, FR en UK.', origin: null, tag: 'decoy' },
  { text: 'Crypto naar cash, persoonlijke overdracht mogelijk in Breda, Tilburg of Antwerpen', origin: null, tag: 'handover-list' },
  { text: 'Wiet 5g, afhalen of bezorgen in Utrecht', origin: 'NL', tag: 'local-delivery' },
  { text: 'Afhalen in Breda, of we brengen het naar Keulen', origin: 'NL', shipping: ['pickup', 'international'], tag: 'local-delivery' },
  { text: 'Vervalste facturen, bruikbaar in NL/BE', origin: null, tag: 'code-pair' },
  { text: "XTC pillen 250mg – NL stock – brievenbuspost", origin: 'NL', tag: 'stock' },
  // ── negatie van een bestemming, "-based", afgifte in een leveringsveld ──
  { text: 'Wiet 10g\nVerzonden vanuit: België\nNiet naar Nederland, sorry', origin: 'BE', shipping: [], tag: 'negated-destination' },
  { text: 'Coke 2g. Geen verzending naar Frankrijk. Vanuit Gent verstuurd met bpost', origin: 'BE', shipping: [], tag: 'negated-destination' },
  { text: 'Keta 5g – Leuven-based, afhalen of bpost', origin: 'BE', tag: 'city-based' },
  { text: 'CVV Nederland 🇳🇱 – direct geleverd na betaling', origin: null, tag: 'data-goods' },
  { text: 'Hasj Marokkaans 🇲🇦 25g\nLand: België\nPrijs: €150', origin: 'BE', tag: 'field' },
  { text: 'Hasj uit Marokko 25g, verzonden vanuit Spanje', origin: 'ES', tag: 'style' },
  { text: 'Belgisch rijbewijs 🇧🇪, levering met bpost', origin: null, tag: 'issuer' },
  { text: 'Alarmpistool omgebouwd, €850. Afhalen in Kleve, 10 min van Nijmegen.', origin: 'DE', tag: 'near' },
  { text: 'Lachgas tanks 2kg, €45. Bezorging in Rotterdam-Zuid en Schiedam tot 03:00', origin: 'NL', tag: 'local-delivery' },
  { text: 'Keta 25 euro de gram, levering in Gent en omstreken of per post', origin: 'BE', tag: 'local-delivery' },
];

export const shippingRows: Row[] = [
  // ── methods ──
  { text: '5g Amnesia – discrete verpakking, geurdicht', shipping: ['stealth'], tag: 'stealth' },
  { text: 'Vacuüm verpakt en dubbel geseald', shipping: ['stealth'], tag: 'stealth' },
  { text: 'Altijd verzonden met track & trace', shipping: ['tracked'], tag: 'tracked' },
  { text: 'Aangetekend verzonden, handtekening bij ontvangst', shipping: ['registered'], tag: 'registered' },
  { text: 'Verzending per brievenbuspost', shipping: ['letter'], tag: 'letter' },
  { text: 'Gewone post, 1-2 werkdagen', shipping: ['standard'], tag: 'standard' },
  { text: 'Spoedlevering mogelijk (+€10)', shipping: ['express'], tag: 'express' },
  { text: 'Voor 16:00 besteld, morgen in huis', shipping: ['express'], tag: 'express' },
  { text: 'Levering binnen 24 uur', shipping: ['express'], tag: 'express' },
  { text: 'Pillen 100 stuks, 24u levering via DHL', shipping: ['express'], carriers: ['DHL'], tag: 'express' },
  { text: 'Vragen? Antwoord binnen 24u, verzending met PostNL', shipping: [], carriers: ['PostNL'], tag: 'express' },
  { text: 'Geen verzending, alleen overdracht in Antwerpen', shipping: ['pickup'] },
  { text: 'Afhalen mogelijk in Rotterdam', shipping: ['pickup'], origin: 'NL', tag: 'pickup' },
  { text: 'Wiet 5g, levering in Gent en omstreken', shipping: ['pickup'], origin: 'BE', tag: 'local-delivery' },
  // where the goods come from gives way to where they are sent from
  { text: 'Schubben 1kg, herkomst Kameroen, op voorraad. Verzending vanuit Nederland met PostNL.', origin: 'NL', carriers: ['PostNL'], tag: 'provenance' },
  // a destination served as well: the vendor's own country is another one, even unnamed
  { text: 'Pepperspray 40ml, 35,-. Verzending met PostNL, ook naar België.', shipping: ['international'], carriers: ['PostNL'], origin: null, tag: 'destination' },
  { text: 'Pillen 10x, alleen naar België', shipping: [], origin: null, tag: 'destination' },
  { text: 'Keta 10g\nVerzonden vanuit België met bpost.\nLevering NL/BE/FR/LUX, geen verzending buiten de EU.', origin: 'BE', shipping: ['international'], carriers: ['bpost'], tag: 'destination' },
  { text: 'Hasj 25g, verzonden vanuit Spanje. Bestelling na 12u = volgende werkdag verzonden.', origin: 'ES', shipping: [], tag: 'decoy' },
  { text: 'Omgebouwd alarmpistool, €1.150. Levering alleen persoonlijk, regio Amsterdam / Zaandam.', origin: 'NL', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Cobra 6 vuurwerk, verzending per DPD met track & trace, vermeld als speelgoed', shipping: ['tracked', 'stealth'], carriers: ['DPD'], tag: 'stealth' },
  { text: 'Speed 50g\nVerzending:\n- bpost brief (geen tracking) €2\n- bpost gewoon €3\n- bpost aangetekend €8', shipping: ['letter', 'standard', 'registered'], carriers: ['bpost'], tag: 'letter' },
  { text: 'Valse biljetten\nVerzending vanuit Nederland met track & trace. Alleen binnen NL en BE.', origin: 'NL', shipping: ['tracked', 'international'], tag: 'destination' },
  { text: 'Tijgerklauw, verzending via EMS verpakt als souvenir', shipping: ['stealth'], carriers: ['EMS'], tag: 'stealth' },
  { text: 'Coke 5g 300 euro, wij brengen aan huis in Brussel', shipping: ['pickup'], origin: 'BE', tag: 'local-delivery' },
  { text: 'Ophalen aan huis in Luik mogelijk', shipping: ['pickup'], origin: 'BE', tag: 'pickup' },
  { text: 'Overhandiging in persoon in Gent', shipping: ['pickup'], origin: 'BE', tag: 'pickup' },
  { text: 'Dead drop in Utrecht, coördinaten na betaling', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Wij verzenden wereldwijd', shipping: ['international'], tag: 'international' },
  { text: 'Verzending naar heel Europa', shipping: ['international'], tag: 'international' },
  { text: 'Vanuit NL verzonden naar België en Duitsland', shipping: ['international'], origin: 'NL', tag: 'international' },
  { text: 'Verzonden vanuit: Nederland\nLevering: België, Duitsland', shipping: ['international'], origin: 'NL', tag: 'field' },
  { text: 'Levering binnen de hele Benelux', shipping: ['international'], tag: 'international' },
  { text: 'Speed 10g, alleen verzending naar Nederland', shipping: [], tag: 'international' },
  { text: 'Verzending naar Nederland en België', shipping: ['international'], tag: 'international' },
  { text: 'Levering per e-mail direct na betaling', shipping: ['digital'], tag: 'digital' },
  { text: 'Automatische levering: downloadlink in je inbox', shipping: ['digital'], tag: 'digital' },
  { text: 'Digitale levering, code per e-mail binnen 1 uur', shipping: ['digital'], tag: 'digital' },
  { text: 'Levering: digitaal', shipping: ['digital'], tag: 'digital' },

  // ── combinations ──
  { text: 'Verzending: gewone post of aangetekend (+€4)', shipping: ['standard', 'registered'], tag: 'combo' },
  { text: 'Stealth verpakking + track and trace + aangetekend', shipping: ['stealth', 'tracked', 'registered'], tag: 'mixed' },
  { text: 'Briefpost (geen pakket), discreet verpakt', shipping: ['letter', 'stealth'], tag: 'combo' },
  { text: 'Afhalen of verzenden met de gewone post', shipping: ['pickup', 'standard'], carriers: [], tag: 'combo' },
  { text: 'NL2EU met track & trace', shipping: ['international', 'tracked'], origin: 'NL', tag: 'combo' },
  { text: 'Track & trace tegen meerprijs van €5', shipping: ['tracked'], tag: 'paid-option' },
  { text: 'Geen tracking tenzij je €7 extra betaalt', shipping: ['tracked'], tag: 'paid-option' },

  // ── negations ──
  { text: 'GEEN afhalen, alleen verzending', shipping: [], tag: 'negation' },
  { text: 'Geen track & trace (te riskant)', shipping: [], tag: 'negation' },
  { text: 'Geen stealth, wel track & trace', shipping: ['tracked'], tag: 'negation' },
  { text: 'Wij versturen NIET naar het buitenland', shipping: [], tag: 'negation' },
  { text: 'Witwassen van crypto naar cash, Antwerpen', shipping: [], tag: 'decoy' },
  { text: 'Alleen NL2NL, geen internationale verzending', shipping: [], origin: 'NL', tag: 'negation' },
  { text: 'Verzending alleen binnen Nederland, niet naar het buitenland', shipping: [], tag: 'negation' },
  { text: 'Niet aangetekend, verstuurd als brief', shipping: ['letter'], tag: 'negation' },
  { text: 'Geen afhalen! Alleen via PostNL', shipping: [], carriers: ['PostNL'], tag: 'negation' },

  // ── carriers ──
  { text: 'Verzending met PostNL', shipping: [], carriers: ['PostNL'], tag: 'carrier' },
  { text: 'Aangetekend via bpost', shipping: ['registered'], carriers: ['bpost'], tag: 'carrier' },
  { text: 'DHL Express, binnen 24u geleverd', shipping: ['express'], carriers: ['DHL'], tag: 'carrier' },
  { text: 'Verzending met DPD, pakket met track & trace', shipping: ['tracked'], carriers: ['DPD'], tag: 'carrier' },
  { text: 'Wij verzenden met GLS', shipping: [], carriers: ['GLS'], tag: 'carrier' },
  { text: 'PostNL brievenbuspakje, past door de brievenbus', shipping: ['letter'], carriers: ['PostNL'], tag: 'carrier' },
  { text: 'Tracking via PostNL', shipping: ['tracked'], carriers: ['PostNL'], tag: 'carrier' },
  { text: 'Post NL of B-post, jij kiest', carriers: ['PostNL', 'bpost'], tag: 'carrier' },
  { text: 'Duitse vendor, verzending met Deutsche Post', carriers: ['Deutsche Post'], tag: 'carrier' },
  { text: 'Verzending als Hermes pakket', carriers: ['Hermes'], tag: 'carrier' },
  { text: 'DigiD accounts met inlog – €75 – levering via PM na betaling', shipping: ['digital'], tag: 'digital' },
  { text: 'NL fullz – €20 per stuk\nLevering via marktbericht, meestal binnen het uur.', shipping: ['digital'], tag: 'digital' },
  { text: 'Verzending:\n  - PostNL brievenbus — gratis\n  - Afhalen: NEEN', shipping: ['letter'], carriers: ['PostNL'], tag: 'negation' },
  { text: 'Verzending met PostNL track & trace.\nAfhalen in Amsterdam — niet mogelijk', shipping: ['tracked'], carriers: ['PostNL'], tag: 'negation' },
  { text: 'bpost brief of bpost pakket (gevolgd) +€5', shipping: ['letter', 'tracked'], carriers: ['bpost'], tag: 'belgian' },
  { text: 'Opties:\n• DPD — € 9,95\n• Expres? Nee.', shipping: [], carriers: ['DPD'], tag: 'negation' },
  { text: 'Eerst de betaling, gevolgd door verzending met PostNL', shipping: [], carriers: ['PostNL'], tag: 'decoy' },
  { text: 'Deutsche Post standaardbrief (geen tracking) — gratis', shipping: ['standard', 'letter'], carriers: ['Deutsche Post'], tag: 'method' },
  { text: 'Met bpost track & trace of gewone brief (goedkoper)', shipping: ['tracked', 'letter', 'standard'], carriers: ['bpost'], tag: 'method' },
  { text: 'Verzending:\n- Standaard: PostNL brievenbus, zonder tracking\n- Track & trace: + € 4,95', shipping: ['standard', 'letter', 'tracked'], carriers: ['PostNL'], tag: 'method' },
  { text: 'Levering via TNT, 2 werkdagen', carriers: ['TNT'], tag: 'carrier' },
  { text: 'Verzonden via GLS of DPD, altijd met tracking', shipping: ['tracked'], carriers: ['GLS', 'DPD'], tag: 'carrier' },
  { text: 'Spoedzending (next day) met DHL', shipping: ['express'], carriers: ['DHL'], tag: 'carrier' },
  { text: 'Express verzending via DPD', shipping: ['express'], carriers: ['DPD'], tag: 'carrier' },
  { text: 'UPS Express Saver, wereldwijd', shipping: ['express', 'international'], carriers: ['UPS'], tag: 'carrier' },
  { text: 'Morgen in huis met PostNL (voor 22u besteld)', shipping: ['express'], carriers: ['PostNL'], tag: 'carrier' },
  { text: 'Verzekerd en aangetekend met bpost', shipping: ['registered'], carriers: ['bpost'], tag: 'carrier' },
  { text: 'Gratis verzending met bpost, vacuüm verpakt', shipping: ['stealth'], carriers: ['bpost'], tag: 'carrier' },
  { text: 'Bezorging door DHL aan de deur', shipping: [], carriers: ['DHL'], tag: 'courier-not-pickup' },
  { text: 'Verzonden vanuit België met bpost, ook naar Nederland', shipping: ['international'], carriers: ['bpost'], origin: 'BE', tag: 'carrier' },
  { text: 'Vanuit NL, verzending met UPS of FedEx naar de VS', shipping: ['international'], carriers: ['UPS', 'FedEx'], origin: 'NL', tag: 'carrier' },

  // ── generic words are not carriers ──
  { text: 'Wordt verstuurd via de post', carriers: [], tag: 'not-carrier' },
  { text: 'Wij versturen met de post, niet met een koeriersdienst', carriers: [], tag: 'not-carrier' },
  { text: 'Een koerier brengt het binnen 2 uur (alleen Amsterdam)', carriers: [], tag: 'not-carrier' },
  { text: 'Per post verzonden in een blanco envelop', carriers: [], tag: 'not-carrier' },

  // ── a full listing ──
  {
    text: '10g Super Silver Haze\n\nVerzonden vanuit: Nederland\nVerzonden naar: Europa\n\nVacuüm verpakt en geurdicht. Verzending met PostNL, track & trace voor €4 extra. Geen afhalen.\nPrijs: €95',
    origin: 'NL',
    shipping: ['stealth', 'tracked', 'international'],
    carriers: ['PostNL'],
    tag: 'listing',
  },
  {
    text: 'Bollekes 50x – Philipp Plein\n\nWij zitten in Antwerpen. Afhalen kan, of we versturen aangetekend met bpost binnen België. Niet naar het buitenland, sorry!',
    origin: 'BE',
    shipping: ['pickup', 'registered'],
    carriers: ['bpost'],
    tag: 'listing',
  },
  { text: 'Je kan het komen halen in Zwolle', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Wij rijden zelf rond in Gent en Aalst', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Pistool met 20 kogels, enkel overdracht, geen post', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Geen meet ups, alles via PostNL', shipping: [], carriers: ['PostNL'], tag: 'carrier-word' },
  { text: 'Geen vragen - verzending wereldwijd', shipping: ['international'], tag: 'negation' },
  { text: 'LSD vellen, EU verzending mogelijk', shipping: ['international'], tag: 'international' },
  { text: 'Bezorging door ons eigen team in Utrecht en Zeist', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Standaard brievenbus gratis, track & trace + € 4', shipping: ['standard', 'letter', 'tracked'], tag: 'standard' },
  { text: "Netflix accounts, levering via e-mail binnen 1 uur", shipping: ["digital"], tag: 'digital' },
  { text: "Leaks pakket 30GB, link na betaling", shipping: ["digital"], tag: 'digital' },
  { text: "Wiet 5g, verzonden vanuit Nederland, verzending ook naar België", origin: 'NL', shipping: ["international"], tag: 'destination' },
  { text: "Speed 10g, verzonden vanuit België naar België en Nederland", origin: 'BE', shipping: ["international"], tag: 'route' },
  { text: 'Speed 100g, verzonden vanuit Nederland, NIET naar België', origin: 'NL', shipping: [], tag: 'negated-destination' },
  { text: 'Ik stuur nie naar het buitenland, enkel bpost binnen België', shipping: [], tag: 'negated-destination' },
  { text: 'XTC 20 stuks, afgeven in Turnhout of Geel', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Hasj 25g, verzending in een brievenbusdoosje', shipping: ['letter'], tag: 'letter' },
  { text: 'Speed 50g. Bij inbeslagname: stuur de brief van de douane, wij sturen opnieuw.', shipping: [], tag: 'decoy' },
  { text: 'Bestellingen na 16u gaan de volgende dag mee, levering met bpost standaard', shipping: ['standard'], carriers: ['bpost'], tag: 'standard', known: "'volgende dag' (the dispatch day) is read as next-day delivery" },
  { text: 'Kamagra 100mg, verzonden vanuit NL. Levering België en Duitsland.', origin: 'NL', shipping: ['international'], tag: 'destination' },
  { text: 'Pillen 25 stuks, verzonden vanuit Nederland, België ook mogelijk', origin: 'NL', shipping: ['international'], tag: 'destination' },
  { text: 'Cursus refunds, complete methode, €35, direct in je mail', shipping: ['digital'], tag: 'digital' },
  { text: 'Replica horloge, automatisch uurwerk, €220', shipping: [], tag: 'decoy' },
  { text: 'Bank logs met e-mail toegang\nLevering: automatisch', shipping: ['digital'], tag: 'digital' },
  { text: 'Loonstroken voor je hypotheek, €75. Levering als PDF binnen 1 dag.', shipping: ['digital'], tag: 'digital' },
  { text: "Spaanse CC's met CVV, levering via jabber", shipping: ['digital'], tag: 'digital' },
  { text: 'Glock 17, overdracht persoonlijk in Marbella, geen verzending', shipping: ['pickup'], tag: 'pickup' },
  { text: 'IPTV abonnement 12 maanden, €35. Activatie binnen 10 min via mail.', shipping: ['digital'], tag: 'digital', known: "'via mail' alone is not a delivery ('track & trace in je mail'); 'activatie via mail' is, but here words stand between" },
  { text: 'Bankrekeningen te huur, de kaart wordt overhandigd in Den Haag of verstuurd met gewone post', shipping: ['pickup', 'standard'], tag: 'pickup' },
  { text: 'Bankrekeningen te huur, pas wordt overhandigd in Den Haag of verstuurd met gewone post', shipping: ['pickup', 'standard'], tag: 'pickup', known: "Dutch 'pas' (a bank card) is read as the French negation 'pas': negations are matched in every language" },
];

/** The main language, where vendors mix languages or a market's field labels are in another one. */
export const languageRows: Row[] = [
  { text: 'Speed pasta 50g, zeer plakkerig | Ships from: Netherlands | Ships to: Europe | Price: EUR 90', lang: 'nl', tag: 'labels' },
  { text: 'Speed pasta 50g, vers en plakkerig | Ships from: Netherlands | Ships to: Europe', lang: 'nl', tag: 'labels', known: "short prose: the term votes tie (speed pasta nl, 'vers' read as the French cue) and the labels' language decides before franc" },
  { text: 'Ketamine naalden 5g, zuiver en droog - Ships from: Belgium - €110', lang: 'nl', tag: 'labels' },
  { text: 'Hasj Marokkaans 25g, zachte kwaliteit, verzonden vanuit België met bpost', lang: 'nl' },
  { text: 'Kristallen MDMA, gripzakjes 1g', lang: 'nl', tag: 'typical-words' },
];

describe('nl: origin', () => {
  runTable(originRows);
});

describe('nl: shipping and carriers', () => {
  runTable(shippingRows);
});

describe('nl: language', () => {
  runTable(languageRows);
});
