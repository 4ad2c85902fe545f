import { describe } from 'vitest';
import { runTable, type Row } from '../helpers/table.js';

/**
 * French listings (France, Belgium, Switzerland, Québec), some mixed with English market words:
 * category and subcategory. Labels follow ../../../shared/data/FORMAT.md.
 */
export const rows: Row[] = [
  // ───────────────────────── drugs / cannabis ─────────────────────────
  { text: '10g beuh amnesia | envoi discret', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Shit marocain 25g 🔥\nExpédié depuis : Belgique\nPrix : 120 €', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Teush jaune premium 50g, sent fort, colle aux doigts', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Résine afghane double zéro - 10 g - stealth shipping', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Weed Gorilla Glue #4 indoor 5g - livraison FR', category: 'drugs', subcategory: 'cannabis', tag: 'mixed' },
  { text: 'Fleurs de cannabis Lemon Haze 10 g, séchage lent, curing 4 semaines', category: 'drugs', subcategory: 'cannabis' },
  { text: 'AK-47 autofleurissante, têtes bien séchées, 10g | envoi discret', category: 'drugs', subcategory: 'cannabis', tag: 'decoy', known: 'strain AK-47: \'autofleurissante\'/\'têtes\' cannabis context does not outweigh the firearm term' },
  { text: 'Verres à vin en cristal, lot de 6, neufs', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Variété AK-47 (Serious Seeds) - 20g de têtes, THC 20%', category: 'drugs', subcategory: 'cannabis', tag: 'decoy' },
  { text: 'Wax THC 90% pour dab - 1g', category: 'drugs', subcategory: 'cannabis' },
  { text: 'Space cake au cannabis, 100 mg de THC par part, lot de 4', category: 'drugs', subcategory: 'cannabis' },
  { text: 'Frozen hash 5g - Suisse - qualité extraction à froid', category: 'drugs', subcategory: 'cannabis', tag: 'swiss' },
  { text: 'Pack 5 bédos pré-roulés prêts à fumer (1g chacun)', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Pot 28g (une once) - Purple Kush, livraison partout au Québec', category: 'drugs', subcategory: 'cannabis', tag: 'quebec' },
  { text: 'b3uh amnesia haze 10g, envoi sous vide', category: 'drugs', subcategory: 'cannabis', tag: 'obfuscation' },
  { text: 'w33d OG kush 3.5g top qualité', category: 'drugs', subcategory: 'cannabis', tag: 'obfuscation' },
  { text: 'Cannabiss outdoor 100g récolte 2023, pas cher', category: 'drugs', subcategory: 'cannabis', tag: 'obfuscation' },
  { text: 'Ganja jamaïcaine 28g, goût citron', category: 'drugs', subcategory: 'cannabis', tag: 'slang' },
  { text: 'Pollen belge 20g tamisé à sec\nExpédié depuis : Belgique\nPrix : nonante euros', category: 'drugs', subcategory: 'cannabis', tag: 'belgian' },
  {
    text: "Bonjour à tous, je vous propose ma Super Silver Haze cultivée en terre, arrosée à l'eau de pluie. Effet planant, parfait pour le soir. Vendue par 5g, 10g ou 25g. Envoi sous vide dans une enveloppe neutre.",
    category: 'drugs',
    subcategory: 'cannabis',
    tag: 'long',
  },

  // ───────────────────────── drugs / stimulants ─────────────────────────
  { text: 'Coke péruvienne 1g pure à 90% | FE ok pour les vendeurs confirmés', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'c0ke colombienne 5g | envoi discret', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'C0caïne écaille de poisson 2g, non coupée', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'c.o.c.a.i.n.e 1g - qualité export', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'Cocaïnne colombiene 3g, livraison rapide', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'Coco 1g qualité top\nExpédié depuis : France\nPrix : 70 €', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'La cc est top, boulette de 1g à 60€, remise en main propre Marseille', category: 'drugs', subcategory: 'stimulants', tag: 'slang', known: '\'cc\' read as carding (credit card) even in a drug context; \'cc\' as cocaine slang missing' },
  { text: 'Speed en pâte 10g (amphétamine) - 10 € le gramme', category: 'drugs', subcategory: 'stimulants' },
  { text: 'Amphé sulfate 20g, très forte', category: 'drugs', subcategory: 'stimulants', tag: 'slang' },
  { text: 'Crystal meth / ice 1g, gros cristaux', category: 'drugs', subcategory: 'stimulants', tag: 'mixed' },
  { text: 'Métamphétamine cristal 5g', category: 'drugs', subcategory: 'stimulants', tag: 'obfuscation' },
  { text: 'Weed 10g\nShips from: Switzerland\nPrix : 110 CHF', category: 'drugs', subcategory: 'cannabis', tag: 'mixed' },
  { text: 'Cocaïne 1g à huitante francs, remise en main propre à Genève', category: 'drugs', subcategory: 'stimulants', tag: 'swiss' },
  { text: 'Crack - galette de 0.5g, prête à fumer', category: 'drugs', subcategory: 'stimulants' },
  { text: 'Poudre 3.5g (une boule), la meilleure à Montréal', category: 'drugs', subcategory: 'stimulants', tag: 'quebec', known: 'Québec slang \'poudre\'/\'boule\' for cocaine missing: \'poudre\' gives drugs with no subcategory' },
  {
    text: "Cocaïne bolivienne, écaille, testée au réactif. Je coupe rien, ce que vous recevez c'est ce qui sort du pain. 1g / 2g / 5g. Envoi en lettre suivie.",
    category: 'drugs',
    subcategory: 'stimulants',
    tag: 'long',
  },

  // ───────────────────────── drugs / ecstasy ─────────────────────────
  { text: 'MDMA cristaux 84% - 1g', category: 'drugs', subcategory: 'ecstasy' },
  { text: '100XTC Superman rouge 230mg, envoi depuis la Belgique', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: '20 x Dauphin bleu 210mg - livraison rapide', category: 'drugs', tag: 'brand' },
  { text: 'm.d.m.a cristal champagne 5g', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: 'M-D-M-A 2g pure, envoi sous vide', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: 'Taz Tesla 250mg x10 | envoi discret', category: 'drugs', subcategory: 'ecstasy', tag: 'slang' },
  { text: 'Ecsta Philipp Plein 300mg - lot de 50', category: 'drugs', subcategory: 'ecstasy', tag: 'slang' },
  { text: 'Md en cristal 2g, très pure', category: 'drugs', subcategory: 'ecstasy', tag: 'slang' },
  { text: 'XTC pilules Blue Punisher x100 - Ships from Netherlands', category: 'drugs', subcategory: 'ecstasy', tag: 'mixed' },
  { text: "Pilules d'extasy Rolex 200mg, x25", category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation' },
  { text: 'ecst@ Red Bull x20 - livraison en 48h', category: 'drugs', subcategory: 'ecstasy', tag: 'obfuscation', known: '\'@\' for \'a\' not normalised: \'ecst@\' unmatched' },
  { text: 'Peanuts (ecstasy) x10, 220mg, livraison à Québec', category: 'drugs', subcategory: 'ecstasy', tag: 'quebec' },

  // ───────────────────────── drugs / opioids ─────────────────────────
  { text: 'Héro brune 1g, bonne came', category: 'drugs', subcategory: 'opioids', tag: 'slang' },
  { text: 'Héroïne blanche n°4 - 2g', category: 'drugs', subcategory: 'opioids' },
  { text: 'h3ro1ne brune afghane 5g', category: 'drugs', subcategory: 'opioids', tag: 'obfuscation' },
  { text: 'Oxycodone 80mg x 30 comprimés', category: 'drugs', subcategory: 'opioids' },
  { text: 'Patchs de fentanyl 100 µg/h x5', category: 'drugs', subcategory: 'opioids' },
  { text: 'Méthadone sirop 40mg flacons', category: 'drugs', subcategory: 'opioids' },
  { text: 'Subutex 8mg (buprénorphine) - plaquette de 7', category: 'drugs', subcategory: 'opioids' },
  { text: 'Skenan LP 100mg (sulfate de morphine) x14', category: 'drugs', subcategory: 'opioids' },

  // ───────────────────────── drugs / psychedelics ─────────────────────────
  { text: 'Buvards LSD 150µg x10 - design Hofmann', category: 'drugs', subcategory: 'psychedelics', tag: 'slang' },
  { text: 'Buvards 200µg, acide de qualité, planche de 100', category: 'drugs', subcategory: 'psychedelics', tag: 'slang' },
  { text: 'L$D blotters x5 - 100ug', category: 'drugs', subcategory: 'psychedelics', tag: 'obfuscation' },
  { text: 'Champi magiques séchés 10g (psilocybe cubensis Golden Teacher)', category: 'drugs', subcategory: 'psychedelics', tag: 'slang' },
  { text: 'Truffes magiques 15g - Tampanensis', category: 'drugs', subcategory: 'psychedelics' },
  { text: 'DMT cristaux 500mg, extraction maison', category: 'drugs', subcategory: 'psychedelics' },
  { text: 'Mescaline HCl 1g', category: 'drugs', subcategory: 'psychedelics' },
  { text: 'Mush séchés 7g, Penis Envy, envoi Postes Canada', category: 'drugs', subcategory: 'psychedelics', tag: 'quebec' },
  { text: 'Gélules de microdosage psilo 0,1g x30', category: 'drugs', subcategory: 'psychedelics', tag: 'slang' },

  // ───────────────────────── drugs / dissociatives ─────────────────────────
  { text: 'Kéta cristaux 5g, aiguilles', category: 'drugs', subcategory: 'dissociatives', tag: 'slang' },
  { text: 'k é t a en aiguilles 2g', category: 'drugs', subcategory: 'dissociatives', tag: 'obfuscation' },
  { text: 'ketamine S-iso 10g, Ships from: Netherlands', category: 'drugs', subcategory: 'dissociatives', tag: 'obfuscation' },
  { text: 'kétamin 1g top qualité', category: 'drugs', subcategory: 'dissociatives', tag: 'obfuscation' },
  { text: 'Kétamine en aiguilles (shards) 10g\nExpédié depuis : Pays-Bas\nPrix : 180 €', category: 'drugs', subcategory: 'dissociatives' },
  { text: 'PCP poudre 1g (phencyclidine)', category: 'drugs', subcategory: 'dissociatives' },
  { text: 'Special K 5g, la meilleure du marché', category: 'drugs', subcategory: 'dissociatives', tag: 'slang' },

  // ───────────────────────── drugs / benzodiazepines ─────────────────────────
  { text: 'Xanax 2mg barres x20', category: 'drugs', subcategory: 'benzodiazepines' },
  { text: 'Xan@x 1mg x 50 | envoi lettre', category: 'drugs', subcategory: 'benzodiazepines', tag: 'obfuscation' },
  { text: 'Alprazolam 1mg - 30 comprimés', category: 'drugs', subcategory: 'benzodiazepines' },
  { text: 'Valium Roche 10mg x 50', category: 'drugs', subcategory: 'benzodiazepines' },
  { text: 'Rivotril 2mg (clonazépam) - boîte de 40', category: 'drugs', subcategory: 'benzodiazepines' },
  { text: 'Lexomil 6mg barrettes quadrisécables x30', category: 'drugs', subcategory: 'benzodiazepines' },
  { text: 'Seresta 50mg (oxazépam) - 2 boîtes', category: 'drugs', subcategory: 'benzodiazepines' },

  // ───────────────────────── drugs / prescription ─────────────────────────
  { text: 'Viagra 100mg (sildénafil) x 20 - envoi discret', category: 'drugs', subcategory: 'prescription' },
  { text: 'Ritaline 10mg x 30 sans ordonnance', category: 'drugs', subcategory: 'prescription' },
  { text: 'Modafinil 200mg x 30 pour les révisions', category: 'drugs', subcategory: 'prescription' },
  { text: 'Prégabaline (Lyrica) 300mg - 56 gélules', category: 'drugs', subcategory: 'prescription' },
  { text: 'Stilnox 10mg (zolpidem) x 28, sans ordonnance', category: 'drugs', subcategory: 'prescription' },

  // ───────────────────────── drugs / steroids ─────────────────────────
  { text: 'Testostérone énanthate 250mg/ml - flacon 10ml', category: 'drugs', subcategory: 'steroids' },
  { text: 'Dianabol 10mg x 100 comprimés - prise de masse', category: 'drugs', subcategory: 'steroids' },
  { text: 'Anavar (oxandrolone) 10mg x 50', category: 'drugs', subcategory: 'steroids' },
  { text: 'Pack stéroïdes anabolisants : trenbolone acétate + winstrol', category: 'drugs', subcategory: 'steroids' },

  // ───────────────────────── drugs / research-chemicals ─────────────────────────
  { text: '3-MMC cristaux 10g - produit chimique de recherche', category: 'drugs', subcategory: 'research-chemicals' },
  { text: '3-CMC 5g, not for human consumption', category: 'drugs', subcategory: 'research-chemicals', tag: 'mixed' },
  { text: 'Cannabinoïde de synthèse 5F-ADB 1g', category: 'drugs', subcategory: 'research-chemicals' },
  { text: 'RC : alpha-PHP 2g, pureté 99%', category: 'drugs', subcategory: 'research-chemicals' },

  // ───────────────────────── drugs / other-drugs ─────────────────────────
  { text: 'GBL 100ml pure (GHB)', category: 'drugs', subcategory: 'other-drugs' },
  { text: 'Kratom Red Maeng Da 250g', category: 'drugs', subcategory: 'other-drugs' },
  { text: 'Khat frais 1 botte - livraison Bruxelles', category: 'drugs', subcategory: 'other-drugs', tag: 'belgian' },
  { text: 'Poppers 30ml amyl nitrite', category: 'drugs', subcategory: 'other-drugs' },
  { text: 'Bonne came, plein de produits dispo, envoyez un message pour la liste', category: 'drugs', subcategory: null, tag: 'slang', known: 'slang \'came\' (drugs in general) missing' },

  // ───────────────────────── firearms / handguns ─────────────────────────
  { text: 'Glock 17 Gen 5 9mm + 2 chargeurs, numéro limé', category: 'firearms', subcategory: 'handguns' },
  { text: 'Flingue propre, jamais servi : Walther P99', category: 'firearms', subcategory: 'handguns', tag: 'slang' },
  { text: 'Pistolet Sig Sauer P226 9x19', category: 'firearms', subcategory: 'handguns' },
  { text: 'Revolver Smith & Wesson .357 Magnum, 6 coups', category: 'firearms', subcategory: 'handguns' },
  { text: 'Calibre 9mm Makarov dispo, remise en main propre à Liège', category: 'firearms', subcategory: 'handguns', tag: 'slang' },
  { text: 'Gl0ck 19 neuf dans sa boîte', category: 'firearms', subcategory: 'handguns', tag: 'obfuscation' },
  { text: 'Pistolet automatique CZ 75 en 9mm, avec étui et 2 chargeurs', category: 'firearms', subcategory: 'handguns', tag: 'decoy' },
  { text: 'r3volver Colt Python .357', category: 'firearms', subcategory: 'handguns', tag: 'obfuscation' },

  // ───────────────────────── firearms / long-guns ─────────────────────────
  { text: 'Fusil à pompe Mossberg 500 calibre 12', category: 'firearms', subcategory: 'long-guns' },
  { text: 'Carabine Remington 700 en .308 Win', category: 'firearms', subcategory: 'long-guns' },
  { text: 'Fusil de chasse superposé Browning B525', category: 'firearms', subcategory: 'long-guns' },
  { text: 'Carabine 22LR Ruger 10/22 sans papiers', category: 'firearms', subcategory: 'long-guns' },
  {
    text: "Vends fusil à canon scié calibre 12, crosse raccourcie, parfait pour la défense. Fourni avec une boîte de cartouches. Uniquement remise en main propre sur Charleroi, pas d'envoi.",
    category: 'firearms',
    subcategory: 'long-guns',
    tag: 'long',
  },
  { text: 'Fusil de précision Tikka T3x - sniper', category: 'firearms', subcategory: 'long-guns' },

  // ───────────────────────── firearms / automatic ─────────────────────────
  { text: 'Kalach AK-47 full auto + 3 chargeurs', category: 'firearms', subcategory: 'automatic', tag: 'slang' },
  { text: "Kalachnikov AKM fonctionnelle, vraie arme de guerre, pas une réplique", category: 'firearms', subcategory: 'automatic' },
  { text: "Fusil d'assaut M4 avec mode rafale", category: 'firearms', subcategory: 'automatic' },
  { text: 'Uzi pistolet-mitrailleur + munitions', category: 'firearms', subcategory: 'automatic' },
  { text: 'k4lach dispo sur Bruxelles, full auto', category: 'firearms', subcategory: 'automatic', tag: 'obfuscation' },

  // ───────────────────────── firearms / ammunition ─────────────────────────
  { text: 'Munitions 9mm Fiocchi - boîte de 50', category: 'firearms', subcategory: 'ammunition' },
  { text: 'Cartouches calibre 12 chevrotine, boîte de 25', category: 'firearms', subcategory: 'ammunition' },
  { text: 'Balles 7.62x39 - lot de 100 cartouches', category: 'firearms', subcategory: 'ammunition' },
  { text: 'Mun 5.56 NATO x 200, envoi discret', category: 'firearms', subcategory: 'ammunition', tag: 'slang', known: 'calibre alone gives firearms without the ammunition subcategory; abbreviation \'mun\' missing' },

  // ───────────────────────── firearms / parts ─────────────────────────
  { text: 'Silencieux pour Glock, filetage 1/2x28', category: 'firearms', subcategory: 'parts' },
  { text: 'Chargeur 30 coups pour AK', category: 'firearms', subcategory: 'parts' },
  { text: 'Switch Glock (auto sear) imprimé en 3D', category: 'firearms', subcategory: 'parts', tag: 'mixed' },
  { text: 'Lunette de visée 3-9x40 pour carabine', category: 'firearms', subcategory: 'parts' },
  { text: 'Holster Kydex pour Glock 19', category: 'firearms', subcategory: 'parts' },
  { text: 'Modérateur de son .22 LR', category: 'firearms', subcategory: 'parts' },

  // ───────────────────────── firearms / non-lethal ─────────────────────────
  { text: 'Taser 5 millions de volts avec lampe', category: 'firearms', subcategory: 'non-lethal' },
  { text: 'Bombe au poivre 50ml, autodéfense', category: 'firearms', subcategory: 'non-lethal' },
  { text: 'Bombe lacrymo gel CS 75ml', category: 'firearms', subcategory: 'non-lethal', tag: 'slang' },
  { text: 'Flash-ball / gomme cogne, défense, envoi rapide', category: 'firearms', subcategory: 'non-lethal', tag: 'slang' },
  { text: "Pistolet d'alarme Zoraki 9mm PAK, non modifié", category: 'firearms', subcategory: 'non-lethal' },

  // ───────────────────────── firearms / other-weapons ─────────────────────────
  { text: 'Poing américain en acier', category: 'firearms', subcategory: 'other-weapons' },
  { text: 'Couteau papillon lame 10cm', category: 'firearms', subcategory: 'other-weapons' },
  { text: 'Explosif C4 500g + détonateurs', category: 'firearms', subcategory: 'other-weapons' },
  { text: 'Grenade à main défensive F1', category: 'firearms', subcategory: 'other-weapons' },

  // ───────────────────────── wildlife ─────────────────────────
  { text: "Ivoire d'éléphant brut, défense de 2kg", category: 'wildlife', subcategory: 'ivory' },
  { text: 'Statuette en ivoire sculpté, ancienne', category: 'wildlife', subcategory: 'ivory' },
  { text: '1v0ire véritable, bracelet', category: 'wildlife', subcategory: 'ivory', tag: 'obfuscation' },
  { text: 'Corne de rhinocéros en poudre 50g', category: 'wildlife', subcategory: 'rhino-horn' },
  { text: 'Corne de rhino entière 1,2 kg\nExpédié depuis : Belgique', category: 'wildlife', subcategory: 'rhino-horn' },
  { text: 'Peau de tigre complète avec tête', category: 'wildlife', subcategory: 'tiger-parts' },
  { text: "Vin d'os de tigre, bouteille 500ml", category: 'wildlife', subcategory: 'tiger-parts' },
  { text: 'Griffes de tigre x4 et dents de tigre', category: 'wildlife', subcategory: 'tiger-parts' },
  { text: 'Écailles de pangolin 1kg', category: 'wildlife', subcategory: 'pangolin' },
  { text: 'Pangolin séché entier', category: 'wildlife', subcategory: 'pangolin' },
  { text: 'Perroquet ara hyacinthe vivant, sans papiers CITES', category: 'wildlife', subcategory: 'other-wildlife' },
  { text: "Bile d'ours en poudre 10g", category: 'wildlife', subcategory: 'other-wildlife' },
  { text: 'Ailerons de requin séchés 1kg', category: 'wildlife', subcategory: 'other-wildlife' },
  { text: 'Civelles vivantes, 3 kg', category: 'wildlife', subcategory: 'other-wildlife' },

  // ───────────────────────── counterfeit ─────────────────────────
  { text: 'Faux billets de 50€, passent au stylo détecteur', category: 'counterfeit', subcategory: 'currency' },
  { text: 'Billets contrefaits 20 € x 10 - qualité A+', category: 'counterfeit', subcategory: 'currency' },
  { text: 'Fausse monnaie : billets de 100 CHF', category: 'counterfeit', subcategory: 'currency', tag: 'swiss' },
  { text: 'Faux billets de 100 $ canadiens (polymère)', category: 'counterfeit', subcategory: 'currency', tag: 'quebec' },
  { text: 'Rolex Submariner réplique 1:1, mouvement automatique', category: 'counterfeit', subcategory: 'goods' },
  { text: 'Sac Louis Vuitton contrefaçon, qualité miroir', category: 'counterfeit', subcategory: 'goods' },
  { text: 'Faux AirPods Pro, copie parfaite', category: 'counterfeit', subcategory: 'goods' },
  { text: 'Copie Nike Air Jordan 1 - toutes les tailles', category: 'counterfeit', subcategory: 'goods' },

  // ───────────────────────── fraud ─────────────────────────
  { text: 'CC fullz Visa FR avec CVV, solde vérifié', category: 'fraud', subcategory: 'carding', tag: 'decoy' },
  { text: 'Dumps track 1/2 avec code PIN', category: 'fraud', subcategory: 'carding' },
  { text: 'Cartes bancaires clonées, prêtes à retirer au DAB', category: 'fraud', subcategory: 'carding' },
  { text: 'CVV canadiens Desjardins / RBC x10', category: 'fraud', subcategory: 'carding', tag: 'quebec' },
  { text: 'CB fraîches avec CVV, 80% valides. Voir mes tutos dans une autre annonce.', category: 'fraud', subcategory: 'carding', tag: 'decoy' },
  { text: 'Comptes Netflix premium 1 an', category: 'fraud', subcategory: 'accounts' },
  { text: 'Compte PayPal vérifié avec solde de 500€', category: 'fraud', subcategory: 'accounts' },
  { text: 'Identifiants Spotify et Disney+ piratés, lot de 50', category: 'fraud', subcategory: 'accounts' },
  { text: 'Base de données 100k clients français (nom, adresse, téléphone)', category: 'fraud', subcategory: 'personal-data' },
  { text: 'Fichier de leads : nom, date de naissance, numéro de sécu, IBAN', category: 'fraud', subcategory: 'personal-data' },
  {
    text: "Fullz Visa/Mastercard européennes avec CVV, date d'expiration et nom du titulaire. Taux de validité 80%, remplacement si la carte est morte dans les 24h. Achat minimum 5 cartes.",
    category: 'fraud',
    subcategory: 'carding',
    tag: 'long',
  },
  { text: 'Chéquiers volés vierges, chèques de banque', category: 'fraud', subcategory: 'other-fraud' },
  { text: 'Refund Amazon frauduleux : on se fait rembourser la commande à votre place', category: 'fraud', subcategory: 'other-fraud', known: '\'refund\' fraud missing; brand \'Amazon\' alone gives accounts' },

  // ───────────────────────── documents ─────────────────────────
  { text: 'Faux passeport français biométrique', category: 'documents', subcategory: 'identity' },
  { text: 'Permis français authentique, enregistré en préfecture', category: 'documents', subcategory: 'identity' },
  { text: 'Sac Louis Vuitton réplique 1:1, neuf avec facture', category: 'counterfeit', subcategory: 'goods' },
  { text: "Livre de poche sur l'histoire de l'héroïne à Marseille", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Les armes de la Grande Guerre, couverture rigide, très bon état', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'C@nn@bis 10g, indoor, très sec', category: 'drugs', subcategory: 'cannabis', tag: 'obfuscation' },
  { text: 'Brosse à neige et grattoir pour la voiture', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Pistolet Walther neutralisé, certificat de neutralisation fourni', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Statuette en fausse ivoire, résine, 20 cm', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Faux certificats CITES vierges avec tampons', category: 'documents', subcategory: 'other-documents' },
  { text: 'Pistolet à colle chaude 60W avec bâtons', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Acide citrique 1 kg pour détartrer la bouilloire', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Kit de phishing bancaire prêt à héberger, panel inclus', category: 'digital', subcategory: 'software' },
  { text: "Carte d'identité belge (eID) vierge", category: 'documents', subcategory: 'identity', tag: 'belgian' },
  { text: 'Permis de conduire suisse, enregistré', category: 'documents', subcategory: 'identity', tag: 'swiss' },
  { text: 'Faux permis de conduire du Québec avec hologramme', category: 'documents', subcategory: 'identity', tag: 'quebec' },
  { text: 'Faux diplôme universitaire (master), avec relevé de notes', category: 'documents', subcategory: 'other-documents' },
  { text: 'Fiches de paie modifiables (3 derniers mois)', category: 'documents', subcategory: 'other-documents' },
  { text: 'Faux certificat médical / arrêt maladie', category: 'documents', subcategory: 'other-documents' },
  { text: "Faux avis d'imposition et justificatif de domicile", category: 'documents', subcategory: 'other-documents' },

  // ───────────────────────── digital ─────────────────────────
  { text: 'RAT Android indétectable, accès caméra et SMS', category: 'digital', subcategory: 'software' },
  { text: 'Ransomware clé en main avec panneau', category: 'digital', subcategory: 'software' },
  { text: 'Crypteur FUD pour vos malwares', category: 'digital', subcategory: 'software' },
  { text: 'Crack Photoshop 2024 + keygen', category: 'digital', subcategory: 'software', tag: 'decoy' },
  { text: 'Keylogger invisible Windows', category: 'digital', subcategory: 'software' },
  { text: 'Guide : cultiver du cannabis en intérieur (ebook PDF)', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Tuto : fabriquer un silencieux maison (PDF)', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Ebook : extraire la DMT soi-même', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Méthode carding 2024 expliquée pas à pas (PDF)', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Livre numérique : synthèse de la MDMA, édition complète', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: "Tutoriel : imprimer une arme en 3D, fichiers et guide", category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: "Guide complet de l'anonymat en ligne (Tor, PGP, Tails)", category: 'digital', subcategory: 'guides' },
  { text: 'Méthode de carding Cdiscount 2025, fonctionne encore', category: 'digital', subcategory: 'guides', tag: 'decoy' },
  { text: 'Abonnement IPTV premium 12 mois, 20 000 chaînes', category: 'digital', subcategory: 'other-digital' },
  { text: 'Collection musique FLAC 2 To, lien de téléchargement envoyé par e-mail', category: 'digital', subcategory: 'other-digital' },

  // ───────────────────────── services ─────────────────────────
  { text: 'Piratage de compte Instagram ou Facebook sur demande', category: 'services', subcategory: 'hacking' },
  { text: 'Je pirate le compte Snapchat de ton choix, paiement après preuve', category: 'services', subcategory: 'hacking', tag: 'decoy' },
  { text: 'Hacker à louer : DDoS, intrusion, récupération de mots de passe', category: 'services', subcategory: 'hacking' },
  { text: 'Mixeur bitcoin : blanchiment de vos BTC', category: 'services', subcategory: 'laundering' },
  { text: 'Cash-out de vos cryptos en espèces, remise à Bruxelles', category: 'services', subcategory: 'laundering', tag: 'belgian' },
  { text: "Blanchiment d'argent, on vous rend un virement propre", category: 'services', subcategory: 'laundering' },
  { text: "Faux avis Google 5 étoiles pour votre commerce", category: 'services', subcategory: 'other-services' },
  { text: 'Service de reshipping : on réexpédie vos colis', category: 'services', subcategory: 'other-services', known: '\'reshipping\' / \'réexpédie\' service missing' },

  // ───────────────────────── other ─────────────────────────
  { text: 'Tabac à rouler 1kg, sans taxes', category: 'other', subcategory: 'other' },
  { text: 'Cartouche de cigarettes Marlboro de contrebande', category: 'other', subcategory: 'other' },
  { text: 'Déguisement de tigre pour enfant, 6 ans', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Grattoir à glace pour pare-brise, neuf', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Bague en or 18 carats avec diamant', category: 'other', subcategory: 'other' },
  { text: 'Pack de photos érotiques, 500 images', category: 'other', subcategory: 'other' },
  { text: 'iPhone 15 Pro Max débloqué, sans facture', category: 'other', subcategory: 'other' },
  { text: 'Bang en verre 30cm', category: 'other', subcategory: 'other' },
  { text: 'Sachets zip vides x100', category: 'other', subcategory: 'other' },

  // ───────────────────────── decoys → other ─────────────────────────
  { text: 'Baume du Tigre rouge 19g, original', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Robe longue couleur ivoire, taille 38', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Peinture blanc ivoire 2,5L', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Réplique airsoft AK-47 électrique (AEG) 6mm', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Réplique airsoft Glock 17 à gaz GBB, billes 6mm', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Balance de précision 0,01g - pas de drogue vendue ici', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Grinder en métal 4 parties, pas de drogue, uniquement le grinder', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Graines de poivre noir de Kampot, 100g', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Café de Côte d'Ivoire, 1kg en grains", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Chausse-pied en corne de bœuf', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Champignons de Paris frais, barquette 1kg', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Herbes de Provence 100g', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Cristaux de sel de l'Himalaya, 500g", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Chargeur de téléphone USB-C 20W', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Cartouches d'encre HP 302 noir et couleur", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Balles de tennis, lot de 24', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Bombe de bain parfumée à la lavande', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Crevettes tigrées 1kg surgelées', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Peluche tigre géante 1m', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Pistolet à colle chaude 40W', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Veste en cuir brune, taille 40, comme neuve', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Héroïne brune 1g, envoyée dans la poche d\'un manteau', category: 'drugs', subcategory: 'opioids', tag: 'decoy' },
  { text: 'Pistolets (petits pains) x6, boulangerie de Namur', category: 'other', subcategory: 'other', tag: 'decoy', known: 'Belgian \'pistolet\' (bread roll) read as a handgun; \'petits pains\'/\'boulangerie\' not an exclusion' },
  { text: 'Natel Samsung Galaxy S23 débloqué', category: 'other', subcategory: 'other', tag: 'swiss' },
  { text: 'Lunettes de soleil polarisées, monture acétate', category: 'other', subcategory: 'other', tag: 'decoy', known: 'designer-item word \'lunettes de soleil\' gives counterfeit with no fake/copy marker' },
  { text: 'Briquet en forme de pistolet, rechargeable', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Balance de cuisine 5 kg / 1 g', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Pendentif en forme de rhinocéros, argent', category: 'other', subcategory: 'other', tag: 'decoy' },
  // locutions qui commencent par une négation et ne nient rien (context.json negationExceptions)
  { text: 'Héroïne brune 2g sans coupe', category: 'drugs', subcategory: 'opioids', tag: 'negation' },
  { text: "Pas de coupe, pas d'arnaque : MDMA 84%", category: 'drugs', subcategory: 'ecstasy', tag: 'negation' },
  { text: "Complément alimentaire 'Cristal Énergie' – comprimés effervescents vitamine C", category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Statuette éléphant en résine, aspect ivoire, 25 cm', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Beuh 100g + grinder offert', category: 'drugs', subcategory: 'cannabis', tag: 'bundle' },
  // un poids et aucune substance : une variété inconnue (context.json quantityHints)
  { text: 'Toux Bleue 14 grammes', category: 'drugs', subcategory: 'cannabis', tag: 'quantity' },
  // aucun terme : un bien numérique, sauf si quelque chose situe un bien physique (context.json unplacedFallback)
  { text: "L'Art de la guerre - Sun Tzu - 2 €", category: 'digital', subcategory: 'guides', tag: 'fallback' },
  { text: 'Les Misérables - Victor Hugo\nPrix : 1,99 €', category: 'digital', subcategory: 'guides', tag: 'fallback' },
  { text: 'Les Misérables - Victor Hugo', category: 'other', subcategory: 'other', tag: 'fallback' },
  { text: "Jeu d'échecs ancien\nExpédié depuis : France\nPrix : 45 €", category: 'other', subcategory: 'other', tag: 'fallback' },
  { text: 'Imalgène 1000 flacon 10ml, scellé', category: 'drugs', subcategory: 'dissociatives', tag: 'brand' },
  { text: "Kétamine 5g, mode d'emploi fourni", category: 'drugs', subcategory: 'dissociatives', tag: 'bundle' },
  { text: 'ANNONCE : pas un produit – ne pas commander, boutique fermée en août', category: 'other', subcategory: 'other', tag: 'negation' },
  { text: 'Comptes drop bancaires N26 prêts, virement SEPA possible', category: 'fraud', subcategory: 'other-fraud', tag: 'slang' },
  { text: 'Herbes de Provence 250g, thym romarin origan 🌿', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: 'Bande dessinée sur Pablo Escobar et la cocaïne, neuve', category: 'other', subcategory: 'other', tag: 'decoy' },
  { text: "Défense d'éléphant brute 3 kg, déclarée comme sculpture en résine à la douane", category: 'wildlife', subcategory: 'ivory', tag: 'negation' },
  { text: 'Cartes SIM activées au nom d un tiers, 30€', category: 'fraud', subcategory: 'other-fraud', tag: 'phrase' },
  { text: 'Ekol Firat converti 9mm, tir réel', category: 'firearms', subcategory: 'handguns', tag: 'converted' },
  { text: 'Netflix Premium sur votre propre compte, 12 mois', category: 'digital', subcategory: 'other-digital', tag: 'accounts' },
  { text: 'Crypto vers IBAN, sans KYC, 7% de frais', category: 'services', subcategory: 'laundering', tag: 'phrase' },
];

describe('fr: category and subcategory', () => {
  runTable(rows);
});
