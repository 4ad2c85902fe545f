import { describe } from 'vitest';
import { runTable, type Row } from '../helpers/table.js';

/**
 * English listings: category and subcategory. Labels follow ../shared/data/FORMAT.md.
 * Tags: 'basic', 'strain', 'brand', 'chemical', 'nps', 'slang', 'obfuscation', 'decoy', 'bundle', 'field', 'long'.
 */
export const rows: Row[] = [
  // ───────────── drugs / cannabis ─────────────
  { text: '28g Gelato 41 | UK2UK NDD', category: 'drugs', subcategory: 'cannabis', tag: 'strain' },
  { text: 'White Rhino 10g - indoor, slow cured', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'Tiger Haze 5g top shelf buds', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'Gorilla Glue #4 | 1oz | smells like diesel', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'Snow White strain 7g, frosty nugs', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'Girl Scout Cookies 3.5g indoor', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'Ice-o-lator hash 6 star, 10g', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'Amnesia Haze 100g\nShips from: Netherlands\nShips to: Europe\nPrice: EUR 450.00', category: 'drugs', subcategory: 'cannabis', tag: 'field' },
  { text: 'Moroccan hash Double Zero 25g slabs', category: 'drugs', subcategory: 'cannabis', tag: 'basic' },
  { text: 'THC vape carts 1ml x10 (Cookies packaging)', category: 'drugs', subcategory: 'cannabis', tag: 'basic' },
  { text: 'BHO shatter 7g, 80% THC', category: 'drugs', subcategory: 'cannabis', tag: 'basic' },
  { text: 'THC gummies 500mg per bag - edibles', category: 'drugs', subcategory: 'cannabis', tag: 'basic' },
  { text: 'Zips of loud 🔥 Zkittlez & Runtz, QP deals', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Dank kush nugs - eighths, quarters, halves', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Skunk 1 oz, proper stinky UK bud', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'w33d 10g mixed strains', category: 'drugs', subcategory: 'cannabis', tag: 'obfuscation' },
  { text: '🌲🌲 28g 🔥 exotic', category: 'drugs', subcategory: 'cannabis', tag: 'obfuscation' },
  { text: 'Northern Lights autoflower seeds (5 pack)', category: 'drugs', subcategory: 'cannabis', tag: 'strain' },
  { text: 'CBD flower 10g - under 1% THC', category: 'drugs', subcategory: 'cannabis', tag: 'basic' },
  {
    text: 'Premium Cali-grown flower, grown indoor under LED.\nStrain: Wedding Cake\nAmount: 14g\nJar-cured 6 weeks, no seeds no stems.\nShips from: United States\nPrice: USD 120.00',
    category: 'drugs',
    subcategory: 'cannabis',
    tag: 'long',
  },
  { text: 'Weed & hash sampler: 5 strains + 2 hashes, 1g each', category: 'drugs', subcategory: 'cannabis', tag: 'bundle' },

  // ───────────── drugs / stimulants ─────────────
  { text: 'Cocaine 1g 90% pure - Peruvian flake', category: 'drugs', subcategory: 'stimulants', tag: 'basic' },
  { text: 'c0ke 3.5g fishscale, uncut', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'c0ca1ne 5g HQ', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'cooooke 2g straight off the brick', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'cocain 10g bolivian', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: '❄️❄️ 1g 🇳🇱', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'yayo 1g 💯', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'Charlie 1g | UK2UK | same day dispatch', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'Blow 3.5g, oily and pure', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'Speed paste 100g 65%', category: 'drugs', subcategory: 'stimulants', tag: 'basic' },
  { text: 'Amphetamine sulphate 50g, dry powder', category: 'drugs', subcategory: 'stimulants', tag: 'chemical' },
  { text: 'sp33d 10g', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'Crystal meth 7g big shards', category: 'drugs', subcategory: 'stimulants', tag: 'basic' },
  { text: 'Tina 3.5g glass, clear as water', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'm3th 1g', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'Ice 28g pure crystal shards', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'Crack cocaine 1g rocks', category: 'drugs', subcategory: 'stimulants', tag: 'basic' },
  {
    text: 'Colombian cocaine, imported directly. Tested 92% with reagent.\nAvailable: 1g, 3.5g, 7g, 28g\nShips from: Germany\nPrice: EUR 75.00',
    category: 'drugs',
    subcategory: 'stimulants',
    tag: 'long',
  },
  { text: '100g speed + free 1g MDMA sample', category: 'drugs', subcategory: 'stimulants', known: "bundle: the free 1g MDMA sample outweighs the 100g speed headline item", tag: 'bundle' },

  // ───────────── drugs / ecstasy ─────────────
  { text: 'MDMA crystals 84% 5g', category: 'drugs', subcategory: 'ecstasy', tag: 'basic' },
  { text: 'm.d.m.a 1g champagne rocks', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: 'XTC pills Blue Punisher 270mg x10', category: 'drugs', subcategory: 'ecstasy', tag: 'brand' },
  { text: '★50XTC Red Tesla 250MG★', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: '10xMDMA caps, 150mg each', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  // a dose alone, with no drug word: pill presses are named after brands and cartoons
  { text: '25 x Orange Minions 240mg', category: 'drugs', tag: 'brand' },
  { text: '100 Purple Rolex 300MG - restock', category: 'drugs', tag: 'brand', known: 'a pill press named after a watch brand: the brand (counterfeit) outweighs the dose, which counts only when no term speaks; a dose should dampen counterfeit goods' },
  { text: 'Pink Rhino 220mg MDMA pills x50', category: 'drugs', subcategory: 'ecstasy', tag: 'decoy' },
  { text: 'Molly 1g, clean, no cuts', category: 'drugs', subcategory: 'ecstasy', tag: 'slang' },
  { text: 'Mandy 3.5g brown crystals UK2UK', category: 'drugs', subcategory: 'ecstasy', tag: 'slang' },
  { text: 'Red Tesla pills 280mg x100', category: 'drugs', subcategory: 'ecstasy', tag: 'brand' },
  { text: 'Beans x25 (Philipp Plein 300mg)', category: 'drugs', subcategory: 'ecstasy', tag: 'slang' },
  { text: 'ecstacy pills 200mg x20', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: 'Pingers 10 pack, Aus domestic', category: 'drugs', subcategory: 'ecstasy', tag: 'slang' },

  // ───────────── drugs / opioids ─────────────
  { text: 'Heroin #4 1g Afghan', category: 'drugs', subcategory: 'opioids', tag: 'basic' },
  { text: 'h3roin 0.5g brown', category: 'drugs', subcategory: 'opioids', tag: 'obfuscation' },
  { text: 'Oxycodone 80mg OC x10', category: 'drugs', subcategory: 'opioids', tag: 'chemical' },
  { text: '0xyc0d0ne 30mg x20', category: 'drugs', subcategory: 'opioids', tag: 'obfuscation' },
  { text: 'Fentanyl patches 100mcg/h x5', category: 'drugs', subcategory: 'opioids', tag: 'chemical' },
  { text: 'fent@nyl powder 1g', category: 'drugs', subcategory: 'opioids', tag: 'obfuscation' },
  { text: 'Roxy 30s M box x20', category: 'drugs', subcategory: 'opioids', tag: 'slang' },
  { text: 'Percs 10/325 x30', category: 'drugs', subcategory: 'opioids', tag: 'slang' },
  { text: 'Tramadol 200mg x100', category: 'drugs', subcategory: 'opioids', tag: 'chemical' },
  { text: 'Methadone 10mg tablets x50', category: 'drugs', subcategory: 'opioids', tag: 'chemical' },
  { text: 'Subutex 8mg sublingual x7', category: 'drugs', subcategory: 'opioids', tag: 'brand' },
  { text: 'Dilaudid 8mg x10', category: 'drugs', subcategory: 'opioids', tag: 'brand' },
  { text: 'Codeine phosphate 30mg x100', category: 'drugs', subcategory: 'opioids', tag: 'chemical' },
  { text: 'Lean - codeine promethazine syrup 473ml', category: 'drugs', subcategory: 'opioids', tag: 'slang' },
  { text: 'Black tar H 1g', category: 'drugs', subcategory: 'opioids', tag: 'slang' },

  // ───────────── drugs / psychedelics ─────────────
  { text: 'LSD 200ug blotters x10', category: 'drugs', subcategory: 'psychedelics', tag: 'basic' },
  { text: 'L.S.D tabs 150ug', category: 'drugs', subcategory: 'psychedelics', tag: 'obfuscation' },
  { text: 'Acid tabs - tiger print 150ug', category: 'drugs', subcategory: 'psychedelics', tag: 'decoy' },
  { text: 'Magic mushrooms Golden Teacher 28g dried', category: 'drugs', subcategory: 'psychedelics', tag: 'basic' },
  { text: 'Shrooms 3.5g B+', category: 'drugs', subcategory: 'psychedelics', tag: 'slang' },
  { text: '🍄🍄 7g', category: 'drugs', subcategory: 'psychedelics', tag: 'obfuscation' },
  { text: 'DMT freebase 1g crystals', category: 'drugs', subcategory: 'psychedelics', tag: 'chemical' },
  { text: 'Mescaline HCl 500mg', category: 'drugs', subcategory: 'psychedelics', tag: 'chemical' },
  { text: 'San Pedro cactus powder 100g', category: 'drugs', subcategory: 'psychedelics', tag: 'basic' },
  { text: 'Psilocybin truffles 15g', category: 'drugs', subcategory: 'psychedelics', tag: 'basic' },
  { text: '2C-B 20mg pills x10', category: 'drugs', subcategory: 'psychedelics', tag: 'chemical' },
  { text: 'Ayahuasca brew 1L', category: 'drugs', subcategory: 'psychedelics', tag: 'basic' },

  // ───────────── drugs / dissociatives ─────────────
  { text: 'Ketamine shards 5g', category: 'drugs', subcategory: 'dissociatives', tag: 'basic' },
  { text: 'k e t a 2g', category: 'drugs', subcategory: 'dissociatives', tag: 'obfuscation' },
  { text: 'ketamin 10g crystal', category: 'drugs', subcategory: 'dissociatives', tag: 'obfuscation' },
  { text: 'Special K 1g needles', category: 'drugs', subcategory: 'dissociatives', tag: 'slang' },
  { text: 'Ket 28g UK2UK, big shards', category: 'drugs', subcategory: 'dissociatives', tag: 'slang' },
  { text: 'PCP 1g, angel dust', category: 'drugs', subcategory: 'dissociatives', tag: 'chemical' },

  // ───────────── drugs / benzodiazepines ─────────────
  { text: 'Xanax 2mg bars x100', category: 'drugs', subcategory: 'benzodiazepines', tag: 'brand' },
  { text: 'xanaxx bars 2mg', category: 'drugs', subcategory: 'benzodiazepines', tag: 'obfuscation' },
  { text: 'x@n@x 1mg x50', category: 'drugs', subcategory: 'benzodiazepines', tag: 'obfuscation' },
  { text: 'Valium 10mg Roche x50', category: 'drugs', subcategory: 'benzodiazepines', tag: 'brand' },
  { text: 'Alprazolam 1mg, 100 tabs', category: 'drugs', subcategory: 'benzodiazepines', tag: 'chemical' },
  { text: 'Rivotril 2mg (clonazepam) x30', category: 'drugs', subcategory: 'benzodiazepines', tag: 'brand' },
  { text: 'Diazepam 10mg blister x10', category: 'drugs', subcategory: 'benzodiazepines', tag: 'chemical' },
  { text: 'Xannies, yellow school bus 2mg', category: 'drugs', subcategory: 'benzodiazepines', tag: 'slang' },
  { text: 'Kpins 1mg x60', category: 'drugs', subcategory: 'benzodiazepines', tag: 'slang' },
  { text: 'Lorazepam 2.5mg x20', category: 'drugs', subcategory: 'benzodiazepines', tag: 'chemical' },

  // ───────────── drugs / prescription ─────────────
  { text: 'Viagra 100mg x30', category: 'drugs', subcategory: 'prescription', tag: 'brand' },
  { text: 'v1agra 100mg', category: 'drugs', subcategory: 'prescription', tag: 'obfuscation' },
  { text: 'Modafinil 200mg x50', category: 'drugs', subcategory: 'prescription', tag: 'chemical' },
  { text: 'Cialis 20mg x10', category: 'drugs', subcategory: 'prescription', tag: 'brand' },
  { text: 'Pregabalin 300mg (Lyrica) x56', category: 'drugs', subcategory: 'prescription', tag: 'chemical' },
  { text: 'Zopiclone 7.5mg x28', category: 'drugs', subcategory: 'prescription', tag: 'chemical' },
  { text: 'Gabapentin 600mg x90', category: 'drugs', subcategory: 'prescription', tag: 'chemical' },
  { text: 'Seroquel 100mg quetiapine x30', category: 'drugs', subcategory: 'prescription', tag: 'brand' },

  // ───────────── drugs / steroids ─────────────
  { text: 'Testosterone Enanthate 250mg/ml 10ml', category: 'drugs', subcategory: 'steroids', tag: 'chemical' },
  { text: 'Anavar 10mg x100', category: 'drugs', subcategory: 'steroids', tag: 'brand' },
  { text: 'Tren A 100mg/ml vial', category: 'drugs', subcategory: 'steroids', tag: 'slang' },
  { text: 'Dianabol 10mg 100 tabs', category: 'drugs', subcategory: 'steroids', tag: 'brand' },
  { text: 'Sustanon 250 10ml', category: 'drugs', subcategory: 'steroids', tag: 'brand' },
  { text: 'Deca Durabolin 250mg', category: 'drugs', subcategory: 'steroids', tag: 'brand' },
  { text: 'Test E + Dbol cycle stack', category: 'drugs', subcategory: 'steroids', tag: 'bundle' },

  // ───────────── drugs / research-chemicals ─────────────
  { text: '3-MMC 10g crystals', category: 'drugs', subcategory: 'research-chemicals', tag: 'nps' },
  { text: '3MMC 5g', category: 'drugs', subcategory: 'research-chemicals', tag: 'obfuscation' },
  { text: '3 MMC 1g', category: 'drugs', subcategory: 'research-chemicals', tag: 'obfuscation' },
  { text: '4-MMC mephedrone 5g', category: 'drugs', subcategory: 'research-chemicals', tag: 'nps' },
  { text: 'Meow meow 10g', category: 'drugs', subcategory: 'research-chemicals', tag: 'slang' },
  { text: '2-FMA 5g', category: 'drugs', subcategory: 'research-chemicals', tag: 'nps' },
  { text: '4-FA 1g, 99%', category: 'drugs', subcategory: 'research-chemicals', tag: 'nps' },
  { text: 'Research chemicals sample pack (5 x 1g)', category: 'drugs', subcategory: 'research-chemicals', tag: 'nps' },
  // a ketamine analogue: FORMAT's dissociatives (ketamine, PCP) covers it, and markets file it there
  { text: '2-FDCK 5g', category: 'drugs', subcategory: 'dissociatives', tag: 'nps', known: 'taxonomy: the lexicon files arylcyclohexylamine research chemicals (2-FDCK, 3-MeO-PCP) under research-chemicals as the project corpus does; real markets file them under dissociatives' },
  { text: 'Alpha-PVP flakka 1g', category: 'drugs', subcategory: 'research-chemicals', tag: 'nps' },

  // ───────────── drugs / other-drugs ─────────────
  { text: 'GHB 500ml', category: 'drugs', subcategory: 'other-drugs', tag: 'chemical' },
  { text: 'GBL 1L, 99.9%', category: 'drugs', subcategory: 'other-drugs', tag: 'chemical' },
  { text: 'Laughing gas 2kg tank, nitrous oxide', category: 'drugs', subcategory: 'other-drugs', tag: 'basic' },
  { text: 'Kratom Red Bali 250g', category: 'drugs', subcategory: 'other-drugs', tag: 'basic' },
  { text: 'Poppers x5 bottles, amyl', category: 'drugs', subcategory: 'other-drugs', tag: 'basic' },
  { text: 'Fresh khat bundles', category: 'drugs', subcategory: 'other-drugs', tag: 'basic' },

  // drugs, mixed bundles: the text names several subcategories equally, only the category is checked
  { text: 'Party pack: 2g coke + 5 XTC pills + 1g ket', category: 'drugs', tag: 'bundle' },
  { text: 'Oxy 30s + Xanax bars combo', category: 'drugs', tag: 'bundle' },

  // ───────────── firearms / handguns ─────────────
  { text: 'Glock 19 Gen5 9mm, clean', category: 'firearms', subcategory: 'handguns', tag: 'brand' },
  { text: 'Beretta 92FS 9mm with 2 magazines', category: 'firearms', subcategory: 'handguns', tag: 'brand' },
  { text: 'pistoll 9mm clean no bodies', category: 'firearms', subcategory: 'handguns', tag: 'obfuscation' },
  { text: 'g l o c k 17', category: 'firearms', subcategory: 'handguns', tag: 'obfuscation' },
  { text: 'Colt 1911 .45 ACP', category: 'firearms', subcategory: 'handguns', tag: 'brand' },
  { text: 'Smith & Wesson .38 Special revolver', category: 'firearms', subcategory: 'handguns', tag: 'brand' },
  { text: 'Blicky 9mm, clean', category: 'firearms', subcategory: 'handguns', known: "weak calibre '9mm' (→ammunition) ties with handgun slang 'blicky', subcategory left null", tag: 'slang' },
  { text: 'Walther PPK .380', category: 'firearms', subcategory: 'handguns', tag: 'brand' },
  { text: 'Sig Sauer P320 + box of 50 rounds', category: 'firearms', subcategory: 'handguns', tag: 'bundle' },
  {
    text: 'Brand new Glock 26, never fired, comes with original box and 2 mags.\nCaliber: 9x19\nShips from: United States\nPrice: USD 1,450.00',
    category: 'firearms',
    subcategory: 'handguns',
    tag: 'long',
  },

  // ───────────── firearms / long-guns ─────────────
  { text: 'Remington 870 pump shotgun 12ga', category: 'firearms', subcategory: 'long-guns', tag: 'brand' },
  { text: 'Hunting rifle .308 Win with scope', category: 'firearms', subcategory: 'long-guns', tag: 'basic' },
  { text: 'Sawn-off shotgun, double barrel', category: 'firearms', subcategory: 'long-guns', tag: 'basic' },
  { text: 'Mosin Nagant 91/30 rifle', category: 'firearms', subcategory: 'long-guns', tag: 'brand' },
  { text: 'Barrett M82 .50 BMG sniper rifle', category: 'firearms', subcategory: 'long-guns', tag: 'brand' },
  { text: 'Ruger 10/22 rifle, wood stock', category: 'firearms', subcategory: 'long-guns', tag: 'brand' },

  // ───────────── firearms / automatic ─────────────
  { text: 'AK-47 full auto, 2 mags', category: 'firearms', subcategory: 'automatic', tag: 'brand' },
  { text: 'M4 carbine select-fire', category: 'firearms', subcategory: 'automatic', known: "subcategory: 'carbine' (long-guns) beats the full-auto cue 'select-fire'; 'm4' not known", tag: 'brand' },
  { text: 'Uzi SMG 9mm', category: 'firearms', subcategory: 'automatic', tag: 'brand' },
  { text: 'MP5 submachine gun', category: 'firearms', subcategory: 'automatic', tag: 'brand' },
  { text: 'AR-15 assault rifle 5.56', category: 'firearms', subcategory: 'automatic', tag: 'basic' },
  { text: 'Chopper 7.62 full auto, drum mag', category: 'firearms', subcategory: 'automatic', tag: 'slang' },

  // ───────────── firearms / ammunition ─────────────
  { text: '9mm FMJ 50 rounds', category: 'firearms', subcategory: 'ammunition', tag: 'basic' },
  { text: '5.56 NATO 1000rds', category: 'firearms', subcategory: 'ammunition', tag: 'basic' },
  { text: '12 gauge buckshot shells x25', category: 'firearms', subcategory: 'ammunition', tag: 'basic' },
  { text: '.22LR ammo 500 rds', category: 'firearms', subcategory: 'ammunition', tag: 'basic' },
  { text: '7.62x39 ammunition, 20 boxes', category: 'firearms', subcategory: 'ammunition', tag: 'basic' },
  { text: 'Hollow points .45 ACP x50', category: 'firearms', subcategory: 'ammunition', tag: 'slang' },

  // ───────────── firearms / parts ─────────────
  { text: 'Glock switch / auto sear', category: 'firearms', subcategory: 'parts', tag: 'basic' },
  { text: 'Solvent trap kit, 1/2x28 thread', category: 'firearms', subcategory: 'parts', tag: 'basic' },
  { text: 'Silencer for 9mm pistols', category: 'firearms', subcategory: 'parts', tag: 'basic' },
  { text: '30 round AR magazines x5', category: 'firearms', subcategory: 'parts', tag: 'basic' },
  { text: '80% lower receiver, unfinished', category: 'firearms', subcategory: 'parts', tag: 'basic' },
  { text: 'Red dot sight + Kydex holster', category: 'firearms', subcategory: 'parts', tag: 'basic' },
  { text: '3D printed FGC-9 parts kit', category: 'firearms', subcategory: 'parts', tag: 'basic' },
  { text: 'Gun cleaning kit, universal', category: 'firearms', subcategory: 'parts', tag: 'basic' },

  // ───────────── firearms / non-lethal ─────────────
  { text: 'Taser stun gun 50M volts', category: 'firearms', subcategory: 'non-lethal', tag: 'basic' },
  { text: 'Pepper spray 50ml gel', category: 'firearms', subcategory: 'non-lethal', tag: 'basic' },
  { text: 'Blank firing pistol Zoraki 917, not converted', category: 'firearms', subcategory: 'non-lethal', tag: 'basic' },
  { text: 'Alarm pistol Ekol 9mm PAK', category: 'firearms', subcategory: 'non-lethal', tag: 'basic' },

  // ───────────── firearms / other-weapons ─────────────
  { text: 'Butterfly knife, balisong', category: 'firearms', subcategory: 'other-weapons', tag: 'basic' },
  { text: 'Brass knuckles, solid steel', category: 'firearms', subcategory: 'other-weapons', tag: 'basic' },
  { text: 'C4 plastic explosive 1kg', category: 'firearms', subcategory: 'other-weapons', tag: 'basic' },
  { text: 'M67 frag grenade', category: 'firearms', subcategory: 'other-weapons', tag: 'basic' },
  { text: 'Telescopic baton 26 inch', category: 'firearms', subcategory: 'other-weapons', tag: 'basic' },

  // ───────────── firearm decoys → other / guides ─────────────
  { text: 'Airsoft Glock 17 gas blowback, 6mm BBs', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Replica AK-47, non-firing, wall display', category: 'other', subcategory: 'other', known: "missing decoy: 'replica'/'non-firing'/'wall display' should dampen firearms", tag: 'decoy' },
  { text: 'Toy water pistol for kids', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Nerf blaster + 50 darts', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Ice scraper for cars, heavy duty, with brush', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Crystal wine glasses, set of 6', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Protein bars, chocolate flavour, box of 12', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Rhino Linings truck bed coating kit, 4 litres', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Snow White costume for kids, size 6-8', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Gun-shaped lighter, refillable', category: 'other', subcategory: 'other', known: "missing decoy: 'gun-shaped', 'lighter'", tag: 'decoy' },
  { text: 'Bullet journal A5 dotted', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Carolina Reaper pepper seeds x20', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Magic Bullet blender, 600W', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Rode shotgun microphone for cameras', category: 'other', subcategory: 'other', known: "missing decoy: 'shotgun microphone'/'shotgun mic'", tag: 'decoy' },
  { text: 'Guide: build your own silencer (PDF)', category: 'digital', subcategory: 'guides', tag: 'decoy' },

  // ───────────── wildlife ─────────────
  { text: 'Carved elephant ivory bangle', category: 'wildlife', subcategory: 'ivory', tag: 'basic' },
  { text: 'Raw ivory tusk 3kg', category: 'wildlife', subcategory: 'ivory', tag: 'basic' },
  { text: 'Ivory chopsticks set', category: 'wildlife', subcategory: 'ivory', tag: 'basic' },
  {
    text: 'Genuine African elephant ivory, old stock, carved by hand.\nWeight: 850g\nShips from: Hong Kong\nPrice: USD 2,400.00',
    category: 'wildlife',
    subcategory: 'ivory',
    tag: 'long',
  },
  { text: 'Rhino horn powder 100g', category: 'wildlife', subcategory: 'rhino-horn', tag: 'basic' },
  { text: 'Rhinoceros horn, whole, 1.2kg', category: 'wildlife', subcategory: 'rhino-horn', tag: 'basic' },
  { text: 'Rhino horn libation cup', category: 'wildlife', subcategory: 'rhino-horn', tag: 'basic' },
  { text: 'Tiger bone wine 500ml', category: 'wildlife', subcategory: 'tiger-parts', tag: 'basic' },
  { text: 'Tiger skin rug, full', category: 'wildlife', subcategory: 'tiger-parts', tag: 'basic' },
  { text: 'Tiger claws x4', category: 'wildlife', subcategory: 'tiger-parts', tag: 'basic' },
  { text: 'Tiger teeth pendant', category: 'wildlife', subcategory: 'tiger-parts', tag: 'basic' },
  { text: 'Pangolin scales 1kg', category: 'wildlife', subcategory: 'pangolin', tag: 'basic' },
  { text: 'Pangolin meat, frozen', category: 'wildlife', subcategory: 'pangolin', tag: 'basic' },
  { text: 'Pangolin scale powder 200g', category: 'wildlife', subcategory: 'pangolin', tag: 'basic' },
  { text: 'Live slow loris, tame', category: 'wildlife', subcategory: 'other-wildlife', tag: 'basic' },
  { text: 'Dried shark fin 1kg', category: 'wildlife', subcategory: 'other-wildlife', tag: 'basic' },
  { text: 'Bear bile capsules x60', category: 'wildlife', subcategory: 'other-wildlife', tag: 'basic' },
  { text: 'Totoaba swim bladder', category: 'wildlife', subcategory: 'other-wildlife', tag: 'basic' },
  { text: 'Hawksbill turtle shell', category: 'wildlife', subcategory: 'other-wildlife', tag: 'basic' },
  { text: 'Macaw chicks, hand-reared', category: 'wildlife', subcategory: 'other-wildlife', tag: 'basic' },

  // wildlife decoys
  { text: 'Tiger Balm red 30g', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Ivory-coloured linen shirt, size M', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Ivory white wedding dress', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Tiger's eye gemstone bracelet", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Pangolin plush toy 30cm', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Rhino 3D 7 cracked, full license', category: 'digital', subcategory: 'software', tag: 'decoy' },

  // ───────────── counterfeit ─────────────
  { text: 'Fake 50 euro notes x20, UV pass', category: 'counterfeit', subcategory: 'currency', tag: 'basic' },
  { text: 'Counterfeit $100 bills - pen test passes', category: 'counterfeit', subcategory: 'currency', tag: 'basic' },
  { text: 'Prop money 20 GBP notes x100', category: 'counterfeit', subcategory: 'currency', tag: 'basic' },
  { text: 'Counterfeit 20€ bills with holo strip', category: 'counterfeit', subcategory: 'currency', tag: 'basic' },
  { text: 'Rolex Submariner replica AAA', category: 'counterfeit', subcategory: 'goods', tag: 'decoy' },
  { text: 'Fake Gucci belt', category: 'counterfeit', subcategory: 'goods', tag: 'basic' },
  { text: 'Replica Louis Vuitton bag 1:1', category: 'counterfeit', subcategory: 'goods', tag: 'basic' },
  { text: 'Fake AirPods Pro 2, 1:1 copy', category: 'counterfeit', subcategory: 'goods', tag: 'basic' },
  { text: 'Counterfeit Nike Air Jordan 1', category: 'counterfeit', subcategory: 'goods', tag: 'basic' },

  // ───────────── fraud ─────────────
  { text: 'CC with CVV - US Visa, 10 pcs', category: 'fraud', subcategory: 'carding', tag: 'basic' },
  { text: 'Dumps track 1/2 with PIN', category: 'fraud', subcategory: 'carding', tag: 'basic' },
  { text: 'Fresh CVV EU cards, high balance', category: 'fraud', subcategory: 'carding', tag: 'basic' },
  { text: 'Netflix premium account, lifetime warranty', category: 'fraud', subcategory: 'accounts', tag: 'basic' },
  { text: 'PayPal verified accounts with balance', category: 'fraud', subcategory: 'accounts', tag: 'basic' },
  { text: 'Hacked Spotify premium logins x10', category: 'fraud', subcategory: 'accounts', tag: 'basic' },
  { text: 'Amazon accounts with gift card balance', category: 'fraud', subcategory: 'accounts', tag: 'basic' },
  { text: 'SSN + DOB lookups, US only', category: 'fraud', subcategory: 'personal-data', tag: 'basic' },
  { text: 'UK leads: name, address, phone - 10k records', category: 'fraud', subcategory: 'personal-data', tag: 'basic' },
  { text: 'Leaked customer database 500k records (name, email, address)', category: 'fraud', subcategory: 'personal-data', tag: 'basic' },
  { text: 'Bank drops UK, ready to receive funds', category: 'fraud', subcategory: 'other-fraud', tag: 'slang' },
  { text: 'Cashapp transfers: send $500 for $100', category: 'fraud', subcategory: 'other-fraud', tag: 'basic' },

  // ───────────── documents ─────────────
  { text: 'UK passport, real, registered in database', category: 'documents', subcategory: 'identity', tag: 'basic' },
  { text: 'Fake ID Florida, scannable', category: 'documents', subcategory: 'identity', tag: 'decoy' },
  { text: 'German ID card, new format', category: 'documents', subcategory: 'identity', tag: 'basic' },
  { text: 'UK driving licence, full', category: 'documents', subcategory: 'identity', tag: 'basic' },
  { text: 'University diploma, any school', category: 'documents', subcategory: 'other-documents', tag: 'basic' },
  { text: 'Custom bank statements, 3 months', category: 'documents', subcategory: 'other-documents', tag: 'basic' },
  { text: 'Fake utility bills, printed and posted', category: 'documents', subcategory: 'other-documents', tag: 'basic' },
  { text: "Doctor's sick note, any date", category: 'documents', subcategory: 'other-documents', tag: 'basic' },
  { text: 'ID card holder, leather', category: 'other', subcategory: 'other', known: "missing decoy: 'card holder' (an ID card holder is not an ID)", tag: 'decoy' },
  { text: 'Passport cover with RFID blocking', category: 'other', subcategory: 'other', known: "missing decoy: 'passport cover'/'passport holder'/'rfid blocking'", tag: 'decoy' },
  { text: 'Fake ID guide: how to make your own (PDF)', category: 'digital', subcategory: 'guides', tag: 'decoy' },

  // ───────────── digital ─────────────
  { text: 'Android RAT with source code', category: 'digital', subcategory: 'software', tag: 'basic' },
  { text: 'Ransomware builder, lifetime updates', category: 'digital', subcategory: 'software', tag: 'basic' },
  { text: 'Cracked Adobe Photoshop 2024', category: 'digital', subcategory: 'software', tag: 'basic' },
  { text: 'Chrome 0day RCE exploit', category: 'digital', subcategory: 'software', tag: 'basic' },
  { text: 'FUD crypter, lifetime license', category: 'digital', subcategory: 'software', tag: 'slang' },
  { text: 'Carding tutorial 2024 PDF', category: 'digital', subcategory: 'guides', tag: 'basic' },
  { text: 'Walmart carding method 2025 + bonus cashout tips', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'How to cook meth - ebook', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Complete indoor cannabis grow guide', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'OPSEC guide for new vendors', category: 'digital', subcategory: 'guides', tag: 'basic' },
  { text: 'Fraud bible 2024 edition', category: 'digital', subcategory: 'guides', tag: 'slang' },
  { text: 'SOCKS5 proxies, 1 month access', category: 'digital', subcategory: 'other-digital', known: "proxies filed under software (dig-vpn-privacy); proxy access is other-digital, not malware/exploits/cracked software", tag: 'basic' },
  { text: 'Stock photo bundle, 10,000 images', category: 'digital', subcategory: 'other-digital', tag: 'basic' },

  // ───────────── services ─────────────
  { text: 'Hire a hacker - Instagram account recovery', category: 'services', subcategory: 'hacking', tag: 'basic' },
  { text: 'DDoS attack service, 1 hour', category: 'services', subcategory: 'hacking', tag: 'basic' },
  { text: 'University grade change service', category: 'services', subcategory: 'hacking', tag: 'basic' },
  { text: 'Website hacking and defacement', category: 'services', subcategory: 'hacking', tag: 'basic' },
  { text: 'Bitcoin mixing service, 1% fee', category: 'services', subcategory: 'laundering', tag: 'basic' },
  { text: 'Cash out your BTC to a bank account', category: 'services', subcategory: 'laundering', tag: 'basic' },
  { text: 'Crypto tumbler, clean coins in 6 hours', category: 'services', subcategory: 'laundering', tag: 'basic' },
  { text: 'Fake reviews, Trustpilot 50x', category: 'services', subcategory: 'other-services', tag: 'basic' },
  { text: 'Reshipping service, US addresses', category: 'services', subcategory: 'other-services', tag: 'basic' },
  { text: 'Escrow service for private deals', category: 'services', subcategory: 'other-services', tag: 'basic' },

  // ───────────── other ─────────────
  { text: 'Digital scale 0.01g', category: 'other', subcategory: 'other', tag: 'basic' },
  { text: 'Grinder 4-piece aluminium', category: 'other', subcategory: 'other', tag: 'basic' },
  { text: 'Marlboro Gold cartons x10', category: 'other', subcategory: 'other', tag: 'brand' },
  { text: 'Snus, 50 cans mixed', category: 'other', subcategory: 'other', tag: 'basic' },
  { text: '18k gold chain 60cm', category: 'other', subcategory: 'other', tag: 'basic' },
  { text: 'iPhone 15 Pro 256GB unlocked', category: 'other', subcategory: 'other', tag: 'brand' },
  { text: 'OnlyFans leaks pack 50GB', category: 'other', subcategory: 'other', tag: 'basic' },
  { text: 'Rolling papers + glass bong kit', category: 'other', subcategory: 'other', tag: 'basic' },
  { text: 'No drugs, only scales and grinders', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Fentanyl test strips x10', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Marquis reagent test kit', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Empty capsules size 00 x1000', category: 'other', subcategory: 'other', tag: 'basic' },
  { text: 'Snow chains for 17" tyres', category: 'other', subcategory: 'other', tag: 'decoy' },
];

describe('en: category and subcategory', () => {
  runTable(rows);
});
