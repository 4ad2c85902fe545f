import { describe } from 'vitest';
import { runTable, type Row } from '../helpers/table.js';

/**
 * Dutch and Flemish listings: category and subcategory. Labels follow ../../../shared/data/FORMAT.md and
 * were written from the taxonomy, not from what the classifier answers. Rows tagged 'decoy' look like
 * contraband but are not (or look harmless but are); 'compound' rows test Dutch compounds, both the
 * ones that must be split and the ones that must not match inside an unrelated word.
 */
export const rows: Row[] = [
  { text: "Levende bladstaartgekko's (Uroplatus) x2 – alleen afhalen", category: 'wildlife', subcategory: 'other-wildlife', tag: 'wildlife' },
  // ───────────────────────── drugs / cannabis ─────────────────────────
  { text: '5 gram Amnesia Haze | NL2NL', category: 'drugs', subcategory: 'cannabis', tag: 'title' },
  { text: 'Super Lemon Haze 10g - topkwaliteit nederwiet\nVerzonden vanuit: Nederland\nPrijs: €85', category: 'drugs', subcategory: 'cannabis', tag: 'fields' },
  { text: 'Ketama hasj 25 gram, zacht en kneedbaar, rechtstreeks uit het Rifgebergte. Vacuüm verpakt, binnen 24u verzonden.', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'Kristallen wijnglazen, set van 6, nieuw in doos', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Reagentia testset (Marquis, Mecke) voor XTC en MDMA – 4x 5ml', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Reagentia testset (Marquis, Mecke, Simon) voor XTC, MDMA en speed – 4x 5ml', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'AK-47 wiet | 10g toppen | indoor gekweekt | NL2NL', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'White Rhino wiet 20 gram – dikke harsige toppen, zware stone', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'Wietzaden feminized Gorilla Glue #4 – 10 stuks', category: 'drugs', subcategory: 'cannabis', tag: 'compound' },
  { text: 'Hasjolie cartridges 1ml, 90% THC, 510 draad', category: 'drugs', subcategory: 'cannabis', tag: 'compound' },
  { text: 'Wiettoppen Critical Kush 50g – groothandelsprijs\nVerzonden vanuit: Nederland\nPrijs: €320', category: 'drugs', subcategory: 'cannabis', tag: 'compound' },
  { text: 'Wietolie volle spectrum 10ml (20% THC)', category: 'drugs', subcategory: 'cannabis', tag: 'compound' },
  { text: 'ne zak wiet van 5 gram, goei spul, afhalen in Gent', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Blow van de beste kwaliteit: 10 gram skunk, verzending vanuit NL', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Space cakes 200mg THC per stuk – doos van 5', category: 'drugs', subcategory: 'cannabis', tag: 'title' },
  { text: 'w1et 5g Orange Bud', category: 'drugs', subcategory: 'cannabis', tag: 'obfuscation' },
  // right through the weight alone (the mass hint says cannabis); '@' is still not de-obfuscated (h@sj)
  { text: 'h@sj Afghaan 10 gram', category: 'drugs', subcategory: 'cannabis', tag: 'obfuscation' },
  { text: 'THC wax / shatter 2 gram – Californische kwaliteit, stealth shipping', category: 'drugs', subcategory: 'cannabis', tag: 'mixed' },
  { text: 'Voorgedraaide jointjes, 10 stuks, pure wiet zonder tabak', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  {
    text: 'Gele Libanees 50g\n\nAmai, da\'s nog eens stuff! Zachte gele hasj, brokkelt tussen de vingers. Ge krijgt een proefzakske bij elke bestelling.\nVerzonden vanuit: België\nPrijs: €260',
    category: 'drugs',
    subcategory: 'cannabis',
    tag: 'flemish',
  },

  // ───────────────────────── drugs / stimulants ─────────────────────────
  { text: '1g cocaïne 90% puur\nVerzonden vanuit: Nederland\nPrijs: €65', category: 'drugs', subcategory: 'stimulants', tag: 'fields' },
  { text: 'c0ke 2 gram fishscale', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'sn33uw 1g, vers van de haven', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'cocaine 5g – Peruaanse flake | NL2NL', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'Kokaïne 1 gram, zuiver, discreet verzonden', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'kokaine 3,5 gram onversneden', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'C-O-K-E 1g | Verzending: België', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'Cocaïnepoeder 10g – getest op 87%', category: 'drugs', subcategory: 'stimulants', tag: 'compound' },
  { text: 'Speed (amfetamine) 50 gram, witte pasta', category: 'drugs', subcategory: 'stimulants', tag: 'title' },
  { text: 'Speedpasta 100g | NL2NL | 5,- per gram', category: 'drugs', subcategory: 'stimulants', tag: 'compound' },
  { text: 'Pep 10 gram, droge speed, 55% sulfaat', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'Crystal meth (ice) 1 gram, heldere kristallen', category: 'drugs', subcategory: 'stimulants', tag: 'mixed' },
  { text: 'Tina 2g – glasheldere scherven, crystal', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'm3th 3.5g shards', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'sp33d 20g wit', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'amfetamiene 10 gram, 60%', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'Gekookte coke (crack) 1g, rookbaar', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  {
    text: 'Kolombiaanse koka 5 gram\n\nRechtstreeks uit de haven van Antwerpen, nooit versneden. Glanzende schubben, ge voelt het verschil direct. Wij leveren in heel Vlaanderen.\nPrijs: €300',
    category: 'drugs',
    subcategory: 'stimulants',
    tag: 'flemish',
  },

  // ───────────────────────── drugs / ecstasy ─────────────────────────
  { text: '100x XTC pillen Tesla 280mg | NL2NL', category: 'drugs', subcategory: 'ecstasy', tag: 'title' },
  { text: '250XTC Groene Hulk 220mg, verzending vanuit NL', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: '50 x Blauwe Dolfijn 200mg, NL2NL', category: 'drugs', tag: 'brand' },
  { text: 'xtcpillen Blue Punisher – 50 stuks', category: 'drugs', subcategory: 'ecstasy', tag: 'compound' },
  { text: 'xtcpillen 100 stuks | NL2NL', category: 'drugs', subcategory: 'ecstasy', tag: 'compound' },
  { text: 'mdmakristallen 84% – 5 gram', category: 'drugs', subcategory: 'ecstasy', tag: 'compound' },
  { text: 'x.t.c 25 stuks Red Bull 250mg', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: 'm.d.m.a kristal 1g', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: 'mdma krisstallen 10g, champagne kleur', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: 'Bollekes! 20 stuks Philipp Plein 300mg, goe spul', category: 'drugs', subcategory: 'ecstasy', tag: 'flemish' },
  { text: 'Pillen: 50x Donkey Kong 240mg MDMA\nVerzonden vanuit: Nederland\nPrijs: €150', category: 'drugs', subcategory: 'ecstasy', tag: 'fields' },
  {
    text: 'Ecstasy groothandel – 1000 stuks\n\nWij persen zelf, elke batch wordt getest door een onafhankelijk lab. Strak geperst, geen brokkelige pillen. Bij afname van 5000+ stuks korting.',
    category: 'drugs',
    subcategory: 'ecstasy',
    tag: 'description',
  },

  // ───────────────────────── drugs / opioids ─────────────────────────
  { text: 'Heroïne nr. 4 – 1 gram wit poeder', category: 'drugs', subcategory: 'opioids', tag: 'title' },
  { text: 'her0ine bruin 2g', category: 'drugs', subcategory: 'opioids', tag: 'obfuscation' },
  { text: 'Oxycodon 80mg (OxyContin) – 28 tabletten', category: 'drugs', subcategory: 'opioids', tag: 'title' },
  { text: 'Fentanyl pleisters 100mcg/u – 5 stuks', category: 'drugs', subcategory: 'opioids', tag: 'title' },
  { text: 'Tramadol 200mg, 100 tabletten zonder recept', category: 'drugs', subcategory: 'opioids', tag: 'title' },
  { text: 'Smack 5 gram, goeie bruine uit Turkije', category: 'drugs', subcategory: 'opioids', tag: 'slang' },
  { text: 'fentanil poeder 1g', category: 'drugs', subcategory: 'opioids', tag: 'obfuscation' },
  { text: 'Methadon drank 10mg/ml – fles 100ml\nVerzonden vanuit: België\nPrijs: €45', category: 'drugs', subcategory: 'opioids', tag: 'fields' },
  { text: 'Morfine ampullen 10mg/ml, doos van 10', category: 'drugs', subcategory: 'opioids', tag: 'title' },

  // ───────────────────────── drugs / psychedelics ─────────────────────────
  { text: 'LSD blotters 150µg – 10 stuks', category: 'drugs', subcategory: 'psychedelics', tag: 'title' },
  { text: "Paddo's (Psilocybe cubensis) gedroogd, 10 gram", category: 'drugs', subcategory: 'psychedelics', tag: 'title' },
  { text: 'Magic truffels Tampanensis 15g, vers uit de kwekerij', category: 'drugs', subcategory: 'psychedelics', tag: 'title' },
  { text: 'l.s.d tripjes 10x 200ug', category: 'drugs', subcategory: 'psychedelics', tag: 'obfuscation' },
  { text: 'paddos gedroogd Golden Teacher 20g', category: 'drugs', subcategory: 'psychedelics', tag: 'obfuscation' },
  { text: 'DMT kristallen 1 gram (N,N-DMT)', category: 'drugs', subcategory: 'psychedelics', tag: 'title' },
  { text: 'Mescaline HCl 500mg', category: 'drugs', subcategory: 'psychedelics', tag: 'title' },
  { text: 'Paddokweekset Golden Teacher, klaar om te groeien', category: 'drugs', subcategory: 'psychedelics', tag: 'compound' },

  // ───────────────────────── drugs / dissociatives ─────────────────────────
  { text: 'Ketamine 5g – naaldjes, S-isomeer', category: 'drugs', subcategory: 'dissociatives', tag: 'title' },
  { text: 'k e t a 2 gram', category: 'drugs', subcategory: 'dissociatives', tag: 'obfuscation' },
  { text: 'Keta kristallen 10g\nVerzonden vanuit: Nederland\nPrijs: €180', category: 'drugs', subcategory: 'dissociatives', tag: 'fields' },
  { text: 'ketamien 1g, nooit versneden', category: 'drugs', subcategory: 'dissociatives', tag: 'obfuscation' },
  { text: 'Special K 5 gram – naalden', category: 'drugs', subcategory: 'dissociatives', tag: 'slang' },
  { text: 'PCP (angel dust) 1 gram', category: 'drugs', subcategory: 'dissociatives', tag: 'title' },
  { text: 'Ketaminekristallen 25 gram', category: 'drugs', subcategory: 'dissociatives', tag: 'compound' },

  // ───────────────────────── drugs / benzodiazepines ─────────────────────────
  { text: 'Xanax 2mg bars – 30 stuks', category: 'drugs', subcategory: 'benzodiazepines', tag: 'title' },
  { text: 'Diazepam 10mg (Valium) 100 tabletten', category: 'drugs', subcategory: 'benzodiazepines', tag: 'title' },
  { text: 'Oxazepam 50mg – 50 stuks, zonder recept', category: 'drugs', subcategory: 'benzodiazepines', tag: 'title' },
  { text: 'x4nax 1mg 60x', category: 'drugs', subcategory: 'benzodiazepines', tag: 'obfuscation' },
  { text: 'Temesta 2,5mg (lorazepam) – 30 tabletten\nVerzonden vanuit: België\nPrijs: €40', category: 'drugs', subcategory: 'benzodiazepines', tag: 'flemish' },
  { text: 'Rivotril 2mg clonazepam – 50 stuks', category: 'drugs', subcategory: 'benzodiazepines', tag: 'title' },
  { text: 'Alprazolam 0,5mg – strip van 20', category: 'drugs', subcategory: 'benzodiazepines', tag: 'title' },

  // ───────────────────────── drugs / prescription ─────────────────────────
  { text: 'Kamagra oral jelly 100mg – 7 zakjes', category: 'drugs', subcategory: 'prescription', tag: 'title' },
  { text: 'Viagra (sildenafil) 100mg – 20 tabletten', category: 'drugs', subcategory: 'prescription', tag: 'title' },
  { text: 'Zolpidem 10mg slaapmiddel – 30 stuks', category: 'drugs', subcategory: 'prescription', tag: 'title' },
  { text: 'Pregabaline 300mg (Lyrica) – 56 capsules', category: 'drugs', subcategory: 'prescription', tag: 'title' },
  { text: 'Ozempic pen 1mg – afvallen zonder recept van de dokter', category: 'drugs', subcategory: 'prescription', tag: 'title' },
  { text: 'Modafinil 200mg – 50 tabletten, focus voor de examens', category: 'drugs', subcategory: 'prescription', tag: 'title' },
  { text: 'Antibiotica: amoxicilline 500mg, 3 strips', category: 'drugs', subcategory: 'prescription', tag: 'title' },

  // ───────────────────────── drugs / steroids ─────────────────────────
  { text: 'Testosteron enanthate 250mg/ml – vial 10ml', category: 'drugs', subcategory: 'steroids', tag: 'title' },
  { text: 'Anabolenkuur: Dianabol + Deca, 12 weken', category: 'drugs', subcategory: 'steroids', tag: 'compound' },
  { text: 'Trenbolone acetaat 100mg/ml', category: 'drugs', subcategory: 'steroids', tag: 'title' },
  { text: 'Winstrol tabletten 50mg – 100 stuks\nVerzonden vanuit: Nederland\nPrijs: €55', category: 'drugs', subcategory: 'steroids', tag: 'fields' },
  { text: 'Anabole steroïden: Sustanon 250, 10 ampullen', category: 'drugs', subcategory: 'steroids', tag: 'title' },

  // ───────────────────────── drugs / research-chemicals ─────────────────────────
  { text: '3-MMC kristallen 10 gram | NL2NL', category: 'drugs', subcategory: 'research-chemicals', tag: 'title' },
  { text: '3-CMC 5g – nieuw binnen', category: 'drugs', subcategory: 'research-chemicals', tag: 'title' },
  { text: '4-MMC (mefedron) 5 gram', category: 'drugs', subcategory: 'research-chemicals', tag: 'title' },
  { text: "RC's groothandel: 3-MMC, 3-CMC en 2-MMC per 100g", category: 'drugs', subcategory: 'research-chemicals', tag: 'mixed' },

  // ───────────────────────── drugs / other-drugs ─────────────────────────
  { text: 'GHB 500ml – 1 ml is genoeg', category: 'drugs', subcategory: 'other-drugs', tag: 'title' },
  { text: 'GBL 1 liter (99,9%), wordt GHB in het lichaam', category: 'drugs', subcategory: 'other-drugs', tag: 'title' },
  { text: 'Poppers (amylnitriet) – 3 flesjes', category: 'drugs', subcategory: 'other-drugs', tag: 'title' },

  // drugs, but the text does not tell which
  { text: 'Drugspakket – vraag wat er deze week op voorraad is', category: 'drugs', subcategory: null, tag: 'null-sub' , known: "a generic class word before an ordinary compound part is not counted, so that 'pillendoos' stays a pill box"},

  // ───────────────────────── firearms / handguns ─────────────────────────
  { text: 'Glock 17 Gen5 met 2 magazijnen en 50 patronen', category: 'firearms', subcategory: 'handguns', tag: 'title' },
  { text: 'Walther P99 9mm – schoon, nooit gebruikt\nVerzonden vanuit: Nederland\nPrijs: €1.800', category: 'firearms', subcategory: 'handguns', tag: 'fields' },
  { text: 'Revolver Smith & Wesson .38 special', category: 'firearms', subcategory: 'handguns', tag: 'title' },
  { text: 'FN Five-seveN pistool, Belgisch fabricaat', category: 'firearms', subcategory: 'handguns', tag: 'title' },
  { text: 'Ne blaffer (9mm) me ne volle lader, afhalen in Antwerpen', category: 'firearms', subcategory: 'handguns', tag: 'flemish' },
  { text: 'pist00l Makarov 9x18', category: 'firearms', subcategory: 'handguns', tag: 'obfuscation' },
  { text: 'glok 19 met munitie', category: 'firearms', subcategory: 'handguns', tag: 'obfuscation' },
  { text: 'Omgebouwd alarmpistool – schiet nu scherp 9mm', category: 'firearms', subcategory: 'handguns', tag: 'decoy' },
  {
    text: 'CZ 75 B pistool\n\nGoed onderhouden, loopt als een zonnetje. Geleverd met holster en één magazijn. Geen vragen, geen namen.',
    category: 'firearms',
    subcategory: 'handguns',
    tag: 'description',
  },

  // ───────────────────────── firearms / long-guns ─────────────────────────
  { text: 'Jachtgeweer Beretta kaliber 12, dubbelloops', category: 'firearms', subcategory: 'long-guns', tag: 'title' },
  { text: 'Remington 870 pompgeweer (hagelgeweer)', category: 'firearms', subcategory: 'long-guns', tag: 'title' },
  { text: 'Mauser K98 karabijn met richtkijker', category: 'firearms', subcategory: 'long-guns', tag: 'title' },
  { text: 'Scherpschuttersgeweer .308 – bereik 800 meter', category: 'firearms', subcategory: 'long-guns', tag: 'title' },
  { text: 'Afgezaagd hagelgeweer (sawn-off) + 20 hagelpatronen', category: 'firearms', subcategory: 'long-guns', tag: 'mixed' },

  // ───────────────────────── firearms / automatic ─────────────────────────
  { text: 'AK-47 kalasjnikov volautomatisch met 3 magazijnen', category: 'firearms', subcategory: 'automatic', tag: 'title' },
  { text: 'Uzi machinepistool 9mm', category: 'firearms', subcategory: 'automatic', tag: 'title' },
  { text: 'Skorpion vz. 61 machinepistool\nVerzonden vanuit: Nederland\nPrijs: €3.500', category: 'firearms', subcategory: 'automatic', tag: 'fields' },
  { text: 'kalashnikov AKM full auto', category: 'firearms', subcategory: 'automatic', tag: 'obfuscation' },
  { text: 'M4 aanvalsgeweer, vuurstandkeuze semi/auto', category: 'firearms', subcategory: 'automatic', tag: 'title' },
  { text: 'MP5 volautomatisch', category: 'firearms', subcategory: 'automatic', tag: 'title' },

  // ───────────────────────── firearms / ammunition ─────────────────────────
  { text: '9mm Parabellum patronen – doos van 50', category: 'firearms', subcategory: 'ammunition', tag: 'title' },
  { text: 'Munitie 7.62x39 – 500 stuks', category: 'firearms', subcategory: 'ammunition', tag: 'title' },
  { text: 'Hagelpatronen kaliber 12 – 25 stuks', category: 'firearms', subcategory: 'ammunition', tag: 'compound' },
  { text: 'Pistoolmunitie .45 ACP – 100 stuks', category: 'firearms', subcategory: 'ammunition', tag: 'compound' },
  { text: 'm u n i t i e 9mm 200 st', category: 'firearms', subcategory: 'ammunition', tag: 'obfuscation' },
  { text: 'Geweerkogels .223 Rem – 100x', category: 'firearms', subcategory: 'ammunition', tag: 'compound' },

  // ───────────────────────── firearms / parts ─────────────────────────
  { text: 'Geluiddemper voor Glock 17, schroefdraad M13.5x1', category: 'firearms', subcategory: 'parts', tag: 'title' },
  { text: 'Glock 17 loop met schroefdraad, nieuw', category: 'firearms', subcategory: 'parts', tag: 'for-model' },
  { text: 'Glock 19 magazijnen, 2 stuks, origineel', category: 'firearms', subcategory: 'parts', tag: 'for-model' },
  { text: 'NL r!jbewijs, echt, staat in het systeem', category: 'documents', subcategory: 'identity', tag: 'obfuscation' },
  { text: 'Accuboormachine met pistoolgreep 🔫 18V, 2 accu’s', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Instagram account hacken, ik kraak elk account', category: 'services', subcategory: 'hacking' },
  { text: 'MDMA kristallen 10 gram\nElke bestelling wordt met handschoenen ingepakt.\nVeilig gebruik: test je middelen met een reagens. Niet mengen, zeker niet met alcohol.', category: 'drugs', subcategory: 'ecstasy', tag: 'decoy' },
  { text: 'Marquis reagens 10ml, druppelflesje', category: 'other', subcategory: 'other' },
  { text: 'Kam van waterbuffelhoorn, handgemaakt, geen ivoor, met certificaat', category: 'other', subcategory: 'other', tag: 'decoy' },
  // "demper" alone is weak (also a damper), but opening a title it is the part sold (firearms.json `opening`)
  { text: 'Demper voor 9mm pistool, op maat gedraaid', category: 'firearms', subcategory: 'parts', tag: 'title' },
  // a part "for" an alarm pistol is the part (firearms.json fits-model), the pistol alone stays non-lethal
  { text: 'Ombouwset voor alarmpistool Ekol Firat, loop + slagpin', category: 'firearms', subcategory: 'parts', tag: 'for-model' },
  { text: 'Ekol Jackal alarmpistool, niet omgebouwd, 9mm PAK', category: 'firearms', subcategory: 'non-lethal', tag: 'for-model' },
  { text: 'Opgezette luipaardkop, jachttrofee uit Tanzania', category: 'wildlife', subcategory: 'other-wildlife', tag: 'wildlife' },
  { text: 'Glock switch (auto sear) – maakt je Glock volautomatisch', category: 'firearms', subcategory: 'parts', tag: 'mixed' },
  { text: 'Magazijn 30 schots voor AR-15', category: 'firearms', subcategory: 'parts', tag: 'title' },
  { text: 'Richtkijker 3-9x40 met montageringen voor geweer', category: 'firearms', subcategory: 'parts', tag: 'title' },
  { text: '3D-geprint frame voor Glock 19', category: 'firearms', subcategory: 'parts', tag: 'title' },
  { text: 'Instagram / Snapchat account hacken – service\nResultaat binnen 48u of geld terug. Ook phishing en SIM-swap op aanvraag.', category: 'services', subcategory: 'hacking', tag: 'title' },
  { text: 'Holster voor je Glock 19, links', category: 'firearms', subcategory: 'parts', tag: 'title' },
  { text: 'Walther P99 holster, leer', category: 'firearms', subcategory: 'parts', tag: 'title' },
  { text: 'Magazijn Glock 17, 33 schots', category: 'firearms', subcategory: 'parts', tag: 'title' },
  { text: 'Browning B525 boven/onder 12/76, incl. koffer, zonder papieren', category: 'firearms', subcategory: 'long-guns', tag: 'title' },
  { text: 'Saiga-hoorn – hele hoorns en geschaafd poeder, €160 per stuk', category: 'wildlife', subcategory: 'other-wildlife', tag: 'title' },
  { text: 'Omgebouwde Bruni 92 (was alarmpistool 9mm PAK), schiet scherp 9mm kort', category: 'firearms', subcategory: 'handguns', tag: 'title' },
  { text: 'WhatsApp / Instagram account hacken — €250 per account, 50% vooraf', category: 'services', subcategory: 'hacking', tag: 'title' },
  { text: 'Virtuele telefoonnummers voor sms-verificatie – 10 stuks, NL en BE', category: 'digital', subcategory: 'other-digital' },
  { text: 'Vertaalservice voor vendors: wij vertalen je listings naar Duits en Frans', category: 'services', subcategory: 'other-services' },
  { text: '100 patronen 9mm voor je Glock', category: 'firearms', subcategory: 'ammunition', tag: 'title', known: "'patronen' (also 'patterns') and '9mm' weigh half a term each: together they only tie the fits phrase, and a tie goes to parts" },
  { text: 'Holster voor Walther P99, leer', category: 'firearms', subcategory: 'parts', tag: 'title' },
  { text: 'HERLAADSPULLEN — slaghoedjes, kruit, hulzen', category: 'firearms', subcategory: 'ammunition', tag: 'reloading' },
  { text: 'VALSE €50 BILJETTEN – topkwaliteit – en ook coke en wiet in de shop', category: 'counterfeit', subcategory: 'currency', tag: 'add-on' },
  { text: 'Glock 33 schots magazijnen 9mm, origineel, 3 stuks', category: 'firearms', subcategory: 'parts', tag: 'title' },
  { text: 'Moncler replica donsjas, kleur ivoor, AAA kwaliteit', category: 'counterfeit', subcategory: 'goods', tag: 'decoy' },
  { text: 'Groene boompython wildvang Biak, leguanen uit Fiji', category: 'wildlife', subcategory: 'other-wildlife', tag: 'reptiles' },
  { text: 'Levende pijlgifkikkers (Dendrobates azureus) 5 st. – €250', category: 'wildlife', subcategory: 'other-wildlife', tag: 'amphibians' },
  { text: 'Nederlandse amateur collectie 80 GB 🔞, levering via Mega-link', category: 'other', subcategory: 'other', tag: 'adult' },
  { text: 'Reinigingsset voor pistolen kaliber 9mm', category: 'firearms', subcategory: 'parts', tag: 'compound' },
  { text: 'Pistoolgreep voor Glock met stippling', category: 'firearms', subcategory: 'parts', tag: 'compound' },

  // ───────────────────────── firearms / non-lethal ─────────────────────────
  { text: 'Pepperspray 40ml – straal, politiekwaliteit', category: 'firearms', subcategory: 'non-lethal', tag: 'title' },
  { text: 'Rubberkogelpistool met 20 rubberkogels, zelfverdediging', category: 'firearms', subcategory: 'non-lethal', tag: 'title' },
  { text: 'Taser 5 miljoen volt met zaklamp', category: 'firearms', subcategory: 'non-lethal', tag: 'title' },
  { text: 'Stroomstootwapen (stun gun), oplaadbaar', category: 'firearms', subcategory: 'non-lethal', tag: 'compound' },
  { text: 'Alarmpistool Zoraki 914 (niet omgebouwd) + 50 knalpatronen', category: 'firearms', subcategory: 'non-lethal', tag: 'decoy' },
  { text: 't4ser met 2 cartridges', category: 'firearms', subcategory: 'non-lethal', tag: 'obfuscation' },
  { text: 'Traangas CS-spray 50ml', category: 'firearms', subcategory: 'non-lethal', tag: 'title' },
  { text: 'Gaspistool Walther PPK 9mm P.A.K. – alleen knal en gas', category: 'firearms', subcategory: 'non-lethal', known: "model names Walther/PPK outweigh 'gaspistool' (blank pistol)", tag: 'decoy' },

  // ───────────────────────── firearms / other-weapons ─────────────────────────
  { text: 'Vlindermes (balisong), roestvrij staal', category: 'firearms', subcategory: 'other-weapons', tag: 'title' },
  { text: 'Boksbeugel van messing', category: 'firearms', subcategory: 'other-weapons', tag: 'title' },
  { text: 'Handgranaten M75 – 2 stuks\nVerzonden vanuit: Nederland\nPrijs: €600', category: 'firearms', subcategory: 'other-weapons', tag: 'fields' },
  { text: 'Semtex 500g met ontsteker', category: 'firearms', subcategory: 'other-weapons', tag: 'title' },
  { text: 'Werpsterren, set van 5', category: 'firearms', subcategory: 'other-weapons', tag: 'title' },
  { text: 'Stiletto springmes 23cm', category: 'firearms', subcategory: 'other-weapons', tag: 'title' },

  // ───────────────────────── wildlife / ivory ─────────────────────────
  { text: 'Ivoorsnijwerk olifantje – antiek, 12cm', category: 'wildlife', subcategory: 'ivory', tag: 'compound' },
  { text: 'Olifantenslagtand 3,2 kg, ruw ivoor', category: 'wildlife', subcategory: 'ivory', tag: 'compound' },
  { text: 'iv00r armband, echt', category: 'wildlife', subcategory: 'ivory', tag: 'obfuscation' },
  { text: 'Olifantsivoor in stukken, voor sieraden', category: 'wildlife', subcategory: 'ivory', tag: 'compound' },
  { text: 'Ivoren netsuke (Japans) – echt ivoor, geen hars', category: 'wildlife', subcategory: 'ivory', tag: 'title' },

  // ───────────────────────── wildlife / rhino-horn ─────────────────────────
  { text: 'Neushoornhoorn 500 gram, hele hoorn', category: 'wildlife', subcategory: 'rhino-horn', tag: 'compound' },
  { text: 'Neushoornpoeder 10g – traditionele geneeskunde', category: 'wildlife', subcategory: 'rhino-horn', tag: 'compound' },
  { text: 'Rhino horn stukken (neushoorn), Vietnam kwaliteit', category: 'wildlife', subcategory: 'rhino-horn', tag: 'mixed' },
  { text: 'Gemalen hoorn van de neushoorn, 50g\nVerzonden vanuit: België\nPrijs: €2.000', category: 'wildlife', subcategory: 'rhino-horn', tag: 'fields' },

  // ───────────────────────── wildlife / tiger-parts ─────────────────────────
  { text: 'Tijgerbotwijn 500ml fles', category: 'wildlife', subcategory: 'tiger-parts', tag: 'compound' },
  { text: 'Tijgervel compleet met kop', category: 'wildlife', subcategory: 'tiger-parts', tag: 'compound' },
  { text: 'Tijgerklauwen – 4 stuks, echt', category: 'wildlife', subcategory: 'tiger-parts', tag: 'compound' },
  { text: 'Tijgertand als hanger (echte tand)', category: 'wildlife', subcategory: 'tiger-parts', tag: 'compound' },
  { text: 'Tijgerbotten 2 kg', category: 'wildlife', subcategory: 'tiger-parts', tag: 'compound' },

  // ───────────────────────── wildlife / pangolin ─────────────────────────
  { text: 'Schubdierschubben 1 kg', category: 'wildlife', subcategory: 'pangolin', tag: 'compound' },
  { text: 'Pangolin schubben, gedroogd', category: 'wildlife', subcategory: 'pangolin', tag: 'mixed' },
  { text: 'Schubdiervlees (bushmeat) 2 kg', category: 'wildlife', subcategory: 'pangolin', tag: 'compound' },

  // ───────────────────────── wildlife / other-wildlife ─────────────────────────
  { text: 'Haaienvinnen gedroogd 5 kg', category: 'wildlife', subcategory: 'other-wildlife', tag: 'compound' },
  { text: 'Glasaal levend – 10 kg, export naar Azië', category: 'wildlife', subcategory: 'other-wildlife', tag: 'title' },
  { text: 'Berengal capsules (gal van de kraagbeer)', category: 'wildlife', subcategory: 'other-wildlife', tag: 'compound' },
  { text: 'Levende grijze roodstaartpapegaai (jong), zonder CITES-papieren', category: 'wildlife', subcategory: 'other-wildlife', known: "'papegaai'/'roodstaartpapegaai' missing; only 'zonder CITES' context: subcategory null", tag: 'title' },
  { text: 'Schild van een karetschildpad', category: 'wildlife', subcategory: 'other-wildlife', tag: 'title' },
  { text: 'Glasalen levend, 5 kg, export naar Azië', category: 'wildlife', subcategory: 'other-wildlife' },

  // ───────────────────────── counterfeit / currency ─────────────────────────
  { text: 'Vals geld: 50 euro biljetten, UV-bestendig – 20 stuks', category: 'counterfeit', subcategory: 'currency', tag: 'title' },
  { text: 'Nepbiljetten €20 – topkwaliteit, komen door de pennentest', category: 'counterfeit', subcategory: 'currency', tag: 'compound' },
  { text: "Valse eurobiljetten (50's en 100's)\nPrijs: €300", category: 'counterfeit', subcategory: 'currency', tag: 'fields' },
  { text: 'Valse dollars: 100$ biljetten, 10 stuks', category: 'counterfeit', subcategory: 'currency', tag: 'title' },

  // ───────────────────────── counterfeit / goods ─────────────────────────
  { text: 'Replica Rolex Submariner – 1:1 kopie', category: 'counterfeit', subcategory: 'goods', tag: 'title' },
  { text: 'Namaak Louis Vuitton tas, niet van echt te onderscheiden', category: 'counterfeit', subcategory: 'goods', tag: 'title' },
  { text: 'Apple Watch Ultra 2 kopie, zelfde doos, werkt met iPhone', category: 'counterfeit', subcategory: 'goods', tag: 'title' },
  { text: 'Pornopakket 2TB, MEGA-link, levenslange toegang', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "XTC – 'Skylarking' LP vinyl 1986, originele persing", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Glock aansteker – pistool jet-flame aansteker, metaal, echte maat – €29', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Tabletteerpers TDP-0 + stempels (Tesla, Philipp Plein) + smeerolie', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Ivoor beeldje, echt olifantenivoor, geen been of kunsthars', category: 'wildlife', subcategory: 'ivory', tag: 'negation' },
  { text: 'Witwasservice: ideaal om crypto wit te wassen via facturen', category: 'services', subcategory: 'laundering', tag: 'compound' },
  { text: 'Witwasservice via bedrijven, grote bedragen', category: 'services', subcategory: 'laundering', tag: 'compound' },
  { text: "Scampagina's voor drie banken + sms paneel, met installatie-instructies", category: 'digital', subcategory: 'software', tag: 'compound' },
  { text: 'Rijexamen laten halen door iemand anders, op jouw naam', category: 'services', subcategory: 'other-services', tag: 'title' },
  { text: 'Nep AirPods Pro (kopie), werkt met iPhone', category: 'counterfeit', subcategory: 'goods', tag: 'title' },
  { text: 'Fake Nike Air Jordan 1, maat 42-45', category: 'counterfeit', subcategory: 'goods', tag: 'mixed' },
  { text: 'Kopie Canada Goose jas (AAA-kwaliteit)', category: 'counterfeit', subcategory: 'goods', tag: 'title' },

  // ───────────────────────── fraud / carding ─────────────────────────
  { text: 'Creditcardgegevens NL met CVV – 10 stuks', category: 'fraud', subcategory: 'carding', tag: 'compound' },
  { text: 'Dumps met pincode (track 1+2)', category: 'fraud', subcategory: 'carding', tag: 'mixed' },
  { text: "CC's Visa/Mastercard, 90% valid", category: 'fraud', subcategory: 'carding', tag: 'mixed' },
  { text: 'Gekloonde bankpassen met pincode', category: 'fraud', subcategory: 'carding', tag: 'title' },
  { text: "Verse CVV's, 80% geldig. Bekijk mijn tutorials in een andere listing.", category: 'fraud', subcategory: 'carding', tag: 'decoy' },

  // ───────────────────────── fraud / accounts ─────────────────────────
  { text: 'Netflix premium account – 1 jaar garantie', category: 'fraud', subcategory: 'accounts', tag: 'title' },
  { text: 'Gehackte bol.com accounts met opgeslagen betaalgegevens', category: 'fraud', subcategory: 'accounts', tag: 'title' },
  { text: 'Spotify + Disney+ logins – 50 stuks', category: 'fraud', subcategory: 'accounts', tag: 'title' },
  { text: 'PayPal accounts met saldo, geverifieerd', category: 'fraud', subcategory: 'accounts', tag: 'title' },

  // ───────────────────────── fraud / personal-data ─────────────────────────
  { text: 'Fullz NL: naam, adres, BSN, IBAN, geboortedatum', category: 'fraud', subcategory: 'personal-data', tag: 'mixed' },
  { text: 'Database met 200.000 Nederlandse e-mailadressen en telefoonnummers', category: 'fraud', subcategory: 'personal-data', tag: 'title' },
  { text: 'Leads: Belgische rijksregisternummers met adressen', category: 'fraud', subcategory: 'personal-data', tag: 'flemish' },

  // ───────────────────────── fraud / other-fraud ─────────────────────────
  { text: 'Bol.com cadeaukaarten €100 voor €40 (gecard)', category: 'fraud', subcategory: 'other-fraud', tag: 'title' },
  { text: 'Refund service: geld terug bij Zalando en Coolblue, jij houdt het product – 25% fee', category: 'fraud', subcategory: 'other-fraud', tag: 'mixed' },

  // ───────────────────────── documents / identity ─────────────────────────
  { text: 'Nederlands paspoort, echt blanco met chip', category: 'documents', subcategory: 'identity', tag: 'title' },
  { text: 'Belgische identiteitskaart (eID) op jouw naam', category: 'documents', subcategory: 'identity', tag: 'flemish' },
  { text: 'Rijbewijs B – Nederlands, geregistreerd bij het CBR', category: 'documents', subcategory: 'identity', tag: 'title' },
  { text: 'Verblijfsvergunning NL (type EU/EG)', category: 'documents', subcategory: 'identity', tag: 'compound' },
  { text: 'Valse ID-kaart Frankrijk, scanbaar', category: 'documents', subcategory: 'identity', tag: 'decoy' },

  // ───────────────────────── documents / other-documents ─────────────────────────
  { text: 'HBO-diploma met cijferlijst en echte stempel', category: 'documents', subcategory: 'other-documents', tag: 'title' },
  { text: 'Loonstroken en werkgeversverklaring voor je hypotheek', category: 'documents', subcategory: 'other-documents', tag: 'title' },
  { text: 'Doktersverklaring / ziektebriefje op maat', category: 'documents', subcategory: 'other-documents', tag: 'title' },
  { text: 'Bankafschriften op maat (PDF) voor je huuraanvraag', category: 'documents', subcategory: 'other-documents', tag: 'title' },

  // ───────────────────────── digital / software ─────────────────────────
  { text: 'Ransomware builder + handleiding', category: 'digital', subcategory: 'software', tag: 'title' },
  { text: 'RAT (remote access tool) FUD, Windows 10/11', category: 'digital', subcategory: 'software', tag: 'mixed' },
  { text: 'Gekraakte Adobe Creative Cloud 2024 (crack + keygen)', category: 'digital', subcategory: 'software', tag: 'title' },
  { text: 'Keylogger – onzichtbaar, stuurt de logs naar je e-mail', category: 'digital', subcategory: 'software', tag: 'title' },
  { text: 'Crypter FUD: omzeilt Windows Defender', category: 'digital', subcategory: 'software', tag: 'mixed' },

  // ───────────────────────── digital / guides ─────────────────────────
  { text: 'Ebook: wiet kweken voor beginners (PDF)', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Handleiding: 3D-geprinte wapens (FGC-9) bouwen, PDF', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Carding tutorial 2024 – stap voor stap', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: "Hoe je zelf paddo's kweekt, complete uitleg", category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Cursus: zo word je hacker (40 videolessen)', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: "E-book 'Veilig drugs gebruiken' over xtc, coke en keta", category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Handleiding: MDMA zelf testen met reagentia', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Nieuwe carding methode voor Zalando, werkt in 2025', category: 'digital', subcategory: 'guides', tag: 'decoy' },

  // ───────────────────────── digital / other-digital ─────────────────────────
  { text: 'IPTV abonnement 12 maanden – 20.000 zenders', category: 'digital', subcategory: 'other-digital', tag: 'title' },
  { text: '10.000 V-Bucks voor Fortnite, code direct geleverd', category: 'digital', subcategory: 'other-digital', tag: 'title' },

  // ───────────────────────── services / hacking ─────────────────────────
  { text: 'Instagram account hacken – binnen 48 uur toegang', category: 'services', subcategory: 'hacking', tag: 'title' },
  { text: 'DDoS-aanval op bestelling: 1 uur, 100 Gbps', category: 'services', subcategory: 'hacking', tag: 'compound' },
  { text: 'Website hacken of database dumpen op aanvraag', category: 'services', subcategory: 'hacking', tag: 'title' },
  { text: 'Ik hack de Snapchat van je ex, betalen na bewijs', category: 'services', subcategory: 'hacking', tag: 'title' },

  // ───────────────────────── services / laundering ─────────────────────────
  { text: 'Bitcoin mixer – 1% fee, geen logs', category: 'services', subcategory: 'laundering', tag: 'mixed' },
  { text: 'Witwassen: crypto omzetten naar contant, afhalen in Antwerpen', category: 'services', subcategory: 'laundering', tag: 'title' },
  { text: 'CRYPTO → CASH: wij wisselen je BTC om naar cash euro\'s', category: 'services', subcategory: 'laundering', tag: 'title' },
  { text: 'Cash-out service: BTC naar je IBAN binnen 24 uur', category: 'services', subcategory: 'laundering', tag: 'mixed' },
  { text: 'Zwart geld wit maken via een horecazaak', category: 'services', subcategory: 'laundering', tag: 'slang' },

  // ───────────────────────── services / other-services ─────────────────────────
  { text: 'Privédetective: iemand opsporen (adres en werkgever)', category: 'services', subcategory: 'other-services', tag: 'title' },
  { text: 'Huurmoordenaar – prijs op aanvraag', category: 'services', subcategory: 'other-services', tag: 'compound' },
  { text: 'Rijexamen laten afleggen door iemand anders – CBR examen regelen', category: 'services', subcategory: 'other-services', tag: 'title' },

  // ───────────────────────── other ─────────────────────────
  { text: 'Slof Marlboro Gold zonder accijns (10 pakjes)', category: 'other', subcategory: 'other', tag: 'title' },
  { text: 'Snus Siberia – 10 blikjes', category: 'other', subcategory: 'other', tag: 'title' },
  { text: 'Gouden schakelketting 14 karaat, 60cm', category: 'other', subcategory: 'other', tag: 'title' },
  { text: 'iPhone 15 Pro 256GB – nieuw, geseald', category: 'other', subcategory: 'other', tag: 'title' },
  { text: 'OnlyFans pakket 50GB, 300 modellen', category: 'other', subcategory: 'other', tag: 'title' },
  { text: 'Grinder 4-delig aluminium', category: 'other', subcategory: 'other', tag: 'title' },
  { text: 'Glazen bong 30cm met ijsvanger', category: 'other', subcategory: 'other', tag: 'title' },
  { text: 'Vloeitjes Raw King Size – 50 boekjes', category: 'other', subcategory: 'other', tag: 'title' },
  { text: 'Shisha tabak 1kg Al Fakher\nVerzonden vanuit: België\nPrijs: €45', category: 'other', subcategory: 'other', tag: 'fields' },

  // ───────────────────────── decoys → other ─────────────────────────
  { text: 'Tijgerbalsem rood 30 gram (Tiger Balm)', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Ivoorkleurige trouwjurk, maat 38, één keer gedragen', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Sneeuwwitje kostuum (Disney), maat 128', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Sneeuwkettingen voor de auto, nooit gebruikt', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Airsoft replica AK-47 (softair), elektrisch, 6mm BB's", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Softair pistool Glock 17 replica, gas blowback', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Digitale weegschaal 0,01g – geen drugs, alleen de weegschaal!', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Peperzaad: zwarte peperkorrels 500g, biologisch', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Kristallen kroonluchter met 12 armen', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Sneeuwkettingen voor 16 inch banden', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Oesterzwammen kweekset – biologisch', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Venco drop 1kg, zoete munten', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Schilderij van een tijger op canvas, 80x120', category: 'other', subcategory: 'other', known: "weak 'tijger' ties with 'schilderij' (other); tie goes to wildlife", tag: 'decoy' },
  { text: 'Zilveren ketting met hanger', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Coca-Cola Zero – 24 blikjes', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Rookmachine (hazer) voor feesten', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'iPhone 13 met een crack in het scherm, verder perfect', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Olifant knuffel XXL, pluche', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Bruine leren jas, maat M, nauwelijks gedragen', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Bruine heroine 2g, verstopt in een jas verzonden', category: 'drugs', subcategory: 'opioids', tag: 'decoy' },
  { text: 'Haribo snoepjes 1kg', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Geen wapens, geen drugs: gewoon een kwaliteitsgrinder van 63mm', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Aansteker in de vorm van een pistool', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Keukenweegschaal tot 5kg', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Hanger in de vorm van een neushoorn, zilver', category: 'other', subcategory: 'other', tag: 'decoy' },

  // ───────────────────────── compound traps → other ─────────────────────────
  { text: 'Speedboot 6 meter met trailer', category: 'other', subcategory: 'other', tag: 'compound' },
  { text: 'Kogellager 6204-2RS, set van 10', category: 'other', subcategory: 'other', tag: 'compound' },
  { text: 'Spuitpistool met pistoolgreep voor de tuinslang', category: 'other', subcategory: 'other', tag: 'compound' },
  { text: 'Grasmaaier op benzine, 46cm', category: 'other', subcategory: 'other', tag: 'compound' },
  { text: 'Speedcube 3x3 magnetisch', category: 'other', subcategory: 'other', tag: 'compound' },
  { text: 'Pillendoos met vakjes voor de hele week', category: 'other', subcategory: 'other', tag: 'compound' },
  { text: 'Draadloze fietscomputer met speedometer', category: 'other', subcategory: 'other', tag: 'compound' },
  // vaste uitdrukkingen met een ontkenning die niets ontkennen (context.json negationExceptions)
  { text: 'Geen versnijding: pure cocaïne 5g', category: 'drugs', subcategory: 'stimulants', tag: 'negation' },
  { text: 'Speed pasta 100g, niet versneden, geen rommel', category: 'drugs', subcategory: 'stimulants', tag: 'negation' },
  { text: "Bruistabletten 'Speed Boost' met vitamine C en B12 – voedingssupplement", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Neushoorn beeldje van kunsthars, ivoorlook, 15 cm', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Sneltest drugs multipanel (THC, cocaïne, MDMA) – 5 stuks', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Klappertje omgebouwd naar scherp, schiet 9mm kort', category: 'firearms', subcategory: 'handguns', tag: 'slang' },
  { text: 'Omgebouwde klappertjespistool, schiet met scherp, 2 magazijnen', category: 'firearms', subcategory: 'handguns', tag: 'slang' },
  { text: 'Paperback over de opkomst van de XTC-handel in Brabant', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Jachtgeweren van Europa, gebonden editie, nieuwstaat', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Bitcoin omzetten naar contant geld, discreet en snel', category: 'services', subcategory: 'laundering' },
  { text: 'M@rihu@na 5 gram, binnen gekweekt', category: 'drugs', subcategory: 'cannabis', tag: 'obfuscation' },
  { text: 'Graszaad voor het gazon, 2 kg, schaduwmengsel', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Telefoonhoesje met pistoolprint, iPhone 13', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Gedeactiveerde Uzi met deactivatiecertificaat, decoratie', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Jonge leguanen, zonder papieren, ophalen in Gent', category: 'wildlife', subcategory: 'other-wildlife' },
  { text: 'Massagepistool met 6 opzetstukken, oplaadbaar', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Kattengras zaaiset voor binnen, 3 potjes', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Contra-observatie: afluisterapparatuur opsporen in uw kantoor', category: 'services', subcategory: 'other-services' },
  { text: 'Bruin, rookbaar op folie – 1g / 5g', category: 'drugs', subcategory: 'opioids', tag: 'slang' },
  { text: 'Groene uil 220mg met breukstreep, 50 stuks', category: 'drugs', subcategory: 'ecstasy', tag: 'brand' },
  { text: 'Hasj 50g met gratis weegschaal 0,01g', category: 'drugs', subcategory: 'cannabis', tag: 'bundle' },
  // een gewicht en geen middel: een soort die we niet kennen (context.json quantityHints)
  { text: 'Blauwe Hoest 14 gram', category: 'drugs', subcategory: 'cannabis', tag: 'quantity' },
  // geen enkele term: digitaal, tenzij iets een fysiek product plaatst (context.json unplacedFallback)
  { text: 'Het Achterhuis - Anne Frank – € 1,50', category: 'digital', subcategory: 'guides', tag: 'fallback' },
  { text: 'De zeven gewoonten van effectief leiderschap\nPrijs: 3 euro', category: 'digital', subcategory: 'guides', tag: 'fallback' },
  { text: 'De zeven gewoonten van effectief leiderschap', category: 'other', subcategory: 'other', tag: 'fallback' },
  { text: 'Oude schaakset\nVerzonden vanuit: België\nPrijs: € 35', category: 'other', subcategory: 'other', tag: 'fallback' },
  { text: 'Gereactiveerde Glock 17 met 2 magazijnen, werkt perfect', category: 'firearms', subcategory: 'handguns', tag: 'decoy' },
  { text: 'Wiet 10g, handleiding inbegrepen', category: 'drugs', subcategory: 'cannabis', tag: 'bundle' },
  { text: 'Zoute drop, zak van 500 gram', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Nerf blaster met 2 pistolen en 40 pijltjes', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Scorpion vz61, was gedeactiveerd, weer werkend gemaakt', category: 'firearms', subcategory: 'automatic', tag: 'decoy' },
  { text: 'Eieren van blauwgele ara, bevrucht', category: 'wildlife', subcategory: 'other-wildlife', tag: 'species' },
  { text: 'Zoraki 917 omgebouwd naar scherp, schiet echte 9mm', category: 'firearms', subcategory: 'handguns', tag: 'converted' },
  { text: 'Vinted accounts, zelf aangemaakt en geverifieerd', category: 'digital', subcategory: 'other-digital', tag: 'accounts' },
  { text: 'Crypto naar SEPA op je eigen rekening, geen KYC', category: 'services', subcategory: 'laundering', tag: 'phrase' },
  { text: 'Omega Speedmaster, geen replica, met echtheidscertificaat', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Dafalgan codeïne 500/30, 40 bruistabletten', category: 'drugs', subcategory: 'opioids', tag: 'pharma' },
  { text: 'Vitamine C bruistabletten, 20 stuks', category: 'other', subcategory: 'other', tag: 'decoy' },
  // ───────────── added after the 2026-11 held-out sets ─────────────
  { text: "Crypto drainer script met adminpaneel", category: 'digital', subcategory: 'software', tag: 'basic' },
  { text: "Stemkloon op bestelling: 1 minuut audio is genoeg", category: 'services', subcategory: 'other-services', tag: 'basic' },
  { text: "Deepfake video op maat, elk gezicht mogelijk", category: 'services', subcategory: 'other-services', tag: 'basic' },
  { text: "'Hoi mam' berichten, klaar om te versturen", category: 'fraud', subcategory: 'other-fraud', tag: 'slang' },
  { text: "Glock 19 slede en loop, origineel", category: 'firearms', subcategory: 'parts', tag: 'decoy' },
  { text: "Vaccinatieboekje met stempels, het gele boekje", category: 'documents', subcategory: 'other-documents', tag: 'basic' },
  { text: "Kapucijnaapje, 5 maanden, tam", category: 'wildlife', subcategory: 'other-wildlife', tag: 'basic' },
  { text: "Rood edelkoraal, ruwe takken 300g", category: 'wildlife', subcategory: 'other-wildlife', tag: 'basic' },
  { text: "Winterbanden 205/55 R16, 4 stuks, afhalen", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Aansteker in vorm van pistool, navulbaar", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Amnesia Haze poster A2, mat papier. Geen drugs, alleen de poster", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Chocolade truffels, doosje van 24 stuks, 250g", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Philipp Plein pillen 280mg, 50 stuks", category: 'drugs', subcategory: 'ecstasy', tag: 'brand' },
  // ── diensten voor bestuurders en werkzoekenden; een XTC-pil herkend aan de dosis; omgebouwd alarmpistool ──
  { text: 'Flitsboete gekregen? Wij nemen je boete over, je rijbewijs blijft proper', category: 'services', subcategory: 'other-services', tag: 'service' },
  { text: 'Valse referentie van je oude baas, wij nemen de telefoon op', category: 'services', subcategory: 'other-services', tag: 'service' },
  { text: 'Groene Heineken pillen 200mg, 10 stuks', category: 'drugs', subcategory: 'ecstasy', tag: 'dose' },
  { text: 'Snoepjes voor het festival: roze pillen 240mg', category: 'drugs', subcategory: 'ecstasy', tag: 'dose' },
  { text: 'Ekol Firat omgebouwd naar 9mm, met 2 magazijnen', category: 'firearms', subcategory: 'handguns', tag: 'converted' },
  { text: 'XTC PILLEN – Blauwe Tesla 250mg – 25 stuks\n\nWij verkopen geen wiet, alleen pillen. Verstuurd in een dvd-hoesje.', category: 'drugs', subcategory: 'ecstasy', tag: 'long-page' },
  { text: 'Gouden schakelketting 18 karaat, 45 gram, overdracht Utrecht', category: 'other', tag: 'jewellery' },
  { text: 'Win 10 Pro key, automatische levering, €5', category: 'digital', subcategory: 'software', tag: 'keys' },
  { text: 'T-shirt met xtc-pil print, bedrukt, maat M en L', category: 'other', tag: 'decoy' },
  { text: 'Moncler jas 1:1 kopie, maten S t/m XXL – €120', category: 'counterfeit', subcategory: 'goods', tag: 'sizes' },
  { text: "Twatwa's en pikolets, wildvang uit Suriname, €180 per vogel", category: 'wildlife', subcategory: 'other-wildlife', tag: 'wildlife' },
  { text: 'Jaguar tanden uit het binnenland, €350 per stuk', category: 'wildlife', subcategory: 'other-wildlife', tag: 'wildlife' },
  { text: 'Incasso zonder rechter: wij halen je geld op bij wanbetalers, 25%', category: 'services', subcategory: 'other-services', tag: 'service' },
  { text: 'BTC naar cash in Marbella, persoonlijke overdracht, fee 8%', category: 'services', subcategory: 'laundering', tag: 'service' },
  { text: 'Decoratie geweer Winchester 1873 (Denix replica), niet schietend – €129', category: 'other', tag: 'decoy' },
  { text: 'XTC testkit (Marquis + Mecke reagens) - 10 testen - €19,95', category: 'other', tag: 'decoy' },
  // ── het eerste item van een bundel is wat verkocht wordt (context.json bundles) ──
  { text: 'Sig P226 met 2 magazijnen en 100 patronen', category: 'firearms', subcategory: 'handguns', tag: 'bundle' },
  { text: 'Karabijn .22 LR met demper en richtkijker', category: 'firearms', subcategory: 'long-guns', tag: 'bundle' },
  { text: 'Combi deal: 25g speed + 10 xtc pillen', category: 'drugs', subcategory: 'stimulants', tag: 'bundle' },
  // ── een waarschuwing of een shopmelding verkoopt niets; airsoft is geen namaak ──
  { text: '⚠️ WAARSCHUWING – OPLICHTER ⚠️\nDe vendor AmsterdamCoke vraagt FE en verstuurt nooit. Ook zijn Glock 19 is nep.', category: 'other', subcategory: 'other', tag: 'notice' },
  { text: 'Airsoft M4 AEG – replica 1:1, schiet 6mm BB\'s. Geen echt wapen.', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Pokémon kaarten booster box, verzegeld, nieuw in doos – €120', category: 'other', subcategory: 'other', tag: 'fallback' },
  { text: 'HANDLEIDING: DigiD overnemen en toeslagen aanvragen op andermans naam\nLevering: PDF', category: 'digital', subcategory: 'guides', tag: 'opening' },
  { text: 'CASHOUT SERVICE – bank logs NL/BE\nJij levert de log, ik pin het uit via mijn eigen pinners.', category: 'services', subcategory: 'laundering', tag: 'service' },
  { text: 'Hasj Ketama 10g + pakje vloei + filtertips', category: 'drugs', subcategory: 'cannabis', tag: 'bundle' },
  { text: 'NL (+31) NUMMERS VOOR SMS-VERIFICATIE 📲 – WhatsApp, Telegram, Marktplaats – €3 per code', category: 'digital', subcategory: 'other-digital', tag: 'numbers' },
  // een gekraakt account is een gestolen login, gekraakte software is software (0.26.0)
  { text: 'Spotify premium accounts (gekraakt) – 12 maanden garantie', category: 'fraud', subcategory: 'accounts', tag: 'decoy' },
  { text: 'Akrapovic einddemper (silencer) voor BMW M3, met E-keur', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Kunstsneeuw in spuitbus, Snow 250ml, voor de kerstversiering', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Windows 11 Pro gekraakt ISO', category: 'digital', subcategory: 'software', tag: 'basic' },
  { text: 'Poolse dowód osobisty, nep, met chip', category: 'documents', subcategory: 'identity', tag: 'basic' },
  // een gescrapete pagina: de kop van de markt (status, menu van haar rubrieken, nieuws) staat boven de advertentie (0.27.0)
  { text: 'De Schuur — markt voor NL en BE\nIngelogd als: merel | Saldo: € 0,00 | Berichten (3) | Uitloggen\nStart | Drugs | Wapens | Dieren & Ivoor | Namaak | Fraude | Documenten | Digitaal | Diensten | Overig\nMededeling: vanaf maandag geen wapens zonder borg.\n\nNederlands rijbewijs, echt model, met registratie\nVerzonden vanuit: Nederland', category: 'documents', subcategory: 'identity', tag: 'scraped-page' },
  { text: 'GRACHTENMARKT\nWelkom terug, reiger ▪ Portemonnee: 0,0000 BTC ▪ Uitloggen\nMenu: Drugs ▪ Vuurwapens ▪ Wildlife ▪ Vervalsingen ▪ Fraude ▪ Documenten ▪ Digitaal ▪ Diensten\nNieuws: de marktfee gaat naar 3%.\n\nHome » Drugs » Cannabis\n\nPopulair deze week\n1. Glock 19 ▪ 2. Ivoren beeldje ▪ 3. Valse 50 euro biljetten\n\nAmnesia 10 gram\nVerzonden vanuit: Nederland', category: 'drugs', subcategory: 'cannabis', tag: 'scraped-page' },
  // from a blind set of listings whose titles do not say what is sold (0.27.0)
  { text: 'Wachtwoord vergeten?\nIk kom binnen in elk Instagram- of Snapchat-account. WhatsApp meelezen kan ook. Vanaf €150 per account.', category: 'services', subcategory: 'hacking', tag: 'service' },
  { text: 'Tussenadres 📦\nWij ontvangen je bestelling op een van onze adressen en sturen hem door. €25 per pakket.', category: 'services', subcategory: 'other-services', tag: 'service' },
  { text: 'Klein plaatje, groot verschil\nAchterplaatje voor Glock gen 3-5 dat je semi omzet naar full-auto. CNC gefreesd staal.', category: 'firearms', subcategory: 'parts', tag: 'slang' },
  // wat niet inbegrepen is, wordt hier niet verkocht (0.27.0)
  { text: 'Demper voor Glock 19, pistool niet inbegrepen', category: 'firearms', subcategory: 'parts', tag: 'negation' },
  // 0.30.0: two letters changed in two places make another word, not a typo ("snelheden" is no "snellezen")
  { text: 'Stofzuiger met 3 snelheden, nieuw in doos', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Föhn / haardroger 2000W met diffuser, nieuw', category: 'other', subcategory: 'other', tag: 'decoy' },
  // een verkleinwoord van een beschermd dier blijft dat dier; een merk van pistolen én jachtgeweren wijkt voor het type (0.31.0)
  { text: 'Twee jonge landschildpadjes van 8 cm, verstuurd in een doosje met luchtgaatjes', category: 'wildlife', subcategory: 'other-wildlife', tag: 'diminutive' },
  { text: 'Beretta hagelgeweer, kaliber 12', category: 'firearms', subcategory: 'long-guns', tag: 'make' },
  { text: 'Doxing dienst: naam, adres, telefoonnummer en werkgever van bijna iedereen', category: 'services', subcategory: 'other-services', tag: 'service' },
  // valse munten zijn geld; wat met gestolen kaarten gekocht is, is wat verkocht wordt (0.31.0)
  { text: 'Nep 2 euro munten, rol van 25 stuks, juiste gewicht', category: 'counterfeit', subcategory: 'currency', tag: 'basic' },
  { text: 'Google Play codes gekocht via carding, 40% van de waarde', category: 'fraud', subcategory: 'other-fraud', tag: 'negation' },
  { text: 'Gesnifte kaarten uit Belgische webshops, vers van vandaag', category: 'fraud', subcategory: 'carding', tag: 'slang' },
  { text: 'Combolijst 100k e-mail:wachtwoord, getest op streamingdiensten', category: 'fraud', subcategory: 'accounts', tag: 'slang' },
  { text: 'Thuisbezorgd accounts met gekoppelde creditcard, €5 per stuk', category: 'fraud', subcategory: 'accounts', tag: 'decoy' },
];

describe('nl: category and subcategory', () => {
  runTable(rows);
});
