import { priceTable, type Row } from './helpers.js';

// French (France, Belgium, Switzerland, Québec) listing snippets, written for these tests.

const fields: Row[] = [
  { text: 'Beuh Cali Zkittlez\nPrix : 80 €\nEnvoi : lettre suivie', want: [80, 'EUR'], kind: 'field' },
  { text: 'Cocaïne péruvienne – 1g\nPrix : 70 € le gramme\nDégressif : 5g 320 € | 10g 600 €', want: [70, 'EUR'], kind: 'field', per: [70, 'g'] },
  { text: 'Corne de rhinocéros – 1,6 kg\nPrix : 42 000 $ le kg', want: [42000, 'USD'], kind: 'field', per: [42000, 'kg'] },
  { text: 'Statuettes en ivoire – lot de 4\nPrix du lot : 3 200 €', want: [3200, 'EUR'], kind: 'field' },
  { text: 'Tarif : 25 € la boîte', want: [25, 'EUR'], kind: 'field', per: [25, 'boite'] },
  { text: 'Avant 60€, profitez-en !\nPrix : 45 €', want: [45, 'EUR'], kind: 'field' },
  { text: 'Tarifs :\n5 g → 60 €\n10 g → 110 €', want: [60, 'EUR'], kind: 'field', qty: [5, 'g'] },
  // a label over a list of tiers gives way to a field with its value beside it, wherever that is
  { text: 'Tarifs :\n2 g : 25 €\n5 g : 55 €\n\nExpédié de : Slovénie\nPrix : 95,00 €', want: [95, 'EUR'], kind: 'field' },
  { text: 'Prix: 0,0021 BTC', want: [0.0021, 'BTC'], kind: 'field' },
  { text: 'Prix : 1 250,00 €', want: [1250, 'EUR'], kind: 'field' },
  { text: 'PRIX : 90 CHF', want: [90, 'CHF'], kind: 'field' },
  { text: 'Mixeur Bitcoin\nFrais : 3 % (2 % au-delà de 1 BTC)\nMontant min. : 0,005 BTC', want: null },
];

const plain: Row[] = [
  // euro abrégé collé au montant, en position de prix (currencies.json shorthand)
  { text: 'PUFF THC 1ml distillat 90% – goût Mango Kush – 40e', want: [40, 'EUR'] },
  // … before a count or a unit ("le 10", "le pack"), after an emoji or a bracket, or after a count ("x10")
  { text: 'Beuh 10G 🔥 de la frappe 🔥 60e le 10', want: [60, 'EUR'] },
  { text: 'Bédo déjà roulé x10 (amnésia) 35e le pack', want: [35, 'EUR'] },
  { text: 'Cialis 20mg x10 20e, envoi lettre', want: [20, 'EUR'] },
  { text: 'Permis de conduire belge – format carte – 400e\nExpédié de : Belgique', want: [400, 'EUR'] },
  { text: 'Weed Amnesia 10g pour 90€, envoi depuis la Belgique', want: [90, 'EUR'], qty: [10, 'g'] },
  { text: 'Pot AAAA – Pink Kush – 1 oz à 160 $ CAD – expédié du Québec', want: [160, 'CAD'], qty: [1, 'oz'] },
  { text: 'Speed (amphét) pâte – 50g – 120€ – envoi depuis l\'Allemagne', want: [120, 'EUR'], qty: [50, 'g'] },
  { text: 'Héroïne brune 1g – 50 € – remise en main propre uniquement', want: [50, 'EUR'] },
  { text: 'LSD – buvards 250µg – 10 buvards 80€ – envoi en lettre', want: [80, 'EUR'], qty: [10, 'tabs'] },
  { text: 'Champis séchés – 10g – 70€ – cultivés maison', want: [70, 'EUR'] },
  { text: 'k3ta cailloux – 10g à 180€ – Chronopost 24h', want: [180, 'EUR'], qty: [10, 'g'] },
  { text: 'Pilules RHINO 12 – 10 gélules – 35€ – envoi depuis l\'Espagne', want: [35, 'EUR'], qty: [10, 'pills'] },
  { text: 'Pistolet d\'alarme converti – tire du 9mm court – 700€', want: [700, 'EUR'] },
  { text: 'Glock 26 (compact) – 9x19 – état neuf – 2 000 € – région Marseille', want: [2000, 'EUR'] },
  { text: 'Fusil à pompe Mossberg 590 – calibre 12 – canon 18,5" – 850 €', want: [850, 'EUR'] },
  { text: 'Kalach full auto – 3 chargeurs 30 coups – 3 500 € – dispo en Belgique', want: [3500, 'EUR'] },
  { text: 'Munitions 9mm Luger – boîte de 50 – 45 € – envoi GLS', want: [45, 'EUR'] },
  { text: 'Défense d\'éléphant – 5,1 kg – 85 cm – 7 500 € – fret aérien', want: [7500, 'EUR'] },
  { text: 'Gélules os de tigre – 60 gélules – 90 € – envoi recommandé', want: [90, 'EUR'], qty: [60, 'pills'] },
  { text: 'Écailles de pangolin – 3 kg – 1 500 € – expédition depuis Lagos', want: [1500, 'EUR'] },
  { text: 'Sacs Neverfull – réplique 1:1 – 150€ – livraison en 10-15 jours', want: [150, 'EUR'] },
  { text: 'Permis de conduire français – 650€ – envoi en recommandé', want: [650, 'EUR'] },
  { text: 'Livre numérique (PDF, 280 pages) – 6,99 € – téléchargement immédiat', want: [6.99, 'EUR'] },
  { text: 'Baume du Tigre rouge 19,4 g – lot de 6 – 24,90 € – Colissimo', want: [24.9, 'EUR'] },
  { text: 'Huile de THC 20% – flacon 10 ml – 90 CHF – envoi depuis la Suisse', want: [90, 'CHF'] },
  { text: 'Crack – 0,5 g = 40 € – RDV uniquement', want: [40, 'EUR'], qty: [0.5, 'g'] },
  { text: 'Crystal – qualité glass – 1g 100€ – lettre suivie', want: [100, 'EUR'], qty: [1, 'g'] },
  { text: 'Oxycodone 20mg – 28 comprimés – 200€ – Colissimo suivi', want: [200, 'EUR'], qty: [28, 'pills'] },
  { text: 'DMT – 1 g – extrait de mimosa – 0,003 BTC – France uniquement', want: [0.003, 'BTC'] },
  { text: 'Modafinil 200 mg – 30 cp – 40€ – expédié d\'Inde', want: [40, 'EUR'], qty: [30, 'pills'] },
  { text: '2-MMC – 10 g – 0,0018 BTC – RC', want: [0.0018, 'BTC'] },
  { text: 'Cartouches 7.62x39 – 1 000 pièces – 500 € – envoi GLS', want: [500, 'EUR'] },
  { text: 'Carabine Browning calibre 300 Win Mag avec lunette – 1 600 €', want: [1600, 'EUR'] },
  { text: 'Faux billets 100$ US – 50 billets pour 1 000 € – DHL', want: [1000, 'EUR'] },
  { text: 'Dumps track 2 avec PIN – cartes EU – 80€ – par e-mail chiffré', want: [80, 'EUR'] },
  { text: 'Titre de séjour – vos infos et photo – 1 200 € – Chronopost', want: [1200, 'EUR'] },
  { text: 'Pack formations piratées – 1,5 To – 30 €', want: [30, 'EUR'] },
  { text: 'Faux avis Google – 50 avis 5 étoiles pour 100 €', want: [100, 'EUR'] },
  { text: 'Revolver .38 spécial + 30 balles – 900 balles (€) – RDV Bruxelles', want: [900, 'EUR'] },
  { text: 'Taz roses 250mg – 10 pour 60 balles – main propre sur Toulouse', want: [60, 'EUR'], qty: [10, 'pieces'] },
  { text: 'Têtes de beuh outdoor – 100g à 450 CHF – courrier recommandé', want: [450, 'CHF'], qty: [100, 'g'] },
  { text: 'Résine 25g à 3€50 le gramme', want: [3.5, 'EUR'], kind: 'per-unit' },
  { text: 'Hasch 10 g – 40 euros – livraison Paris', want: [40, 'EUR'] },
  { text: 'Herbe 5g pour 1 000 balles', want: [1000, 'EUR'] },
  { text: 'Coke 1g 80 balles, Liège, livraison 7j/7', want: [80, 'EUR'], qty: [1, 'g'] },
  { text: 'Beuh 5 grammes 100 balles', want: [100, 'EUR'], qty: [5, 'g'] },
  { text: 'Résine 25g, 120 balles, envoi lettre suivie', want: [120, 'EUR'] },
  { text: 'Kéta cristaux – 45 balles le gramme', want: [45, 'EUR'] },
  { text: 'Cartouches 9mm – 50 balles la boîte', want: null },
  { text: 'Résine 25g – prix : 150 boules', want: [150, 'EUR'] },
  { text: 'Lot de 50 boules de pétanque en acier', want: null },
  { text: "Beuh 5g\nL'envoi coûte 8€, suivi.\n5g – 45€\n10g – 80€", want: [45, 'EUR'] },
  // the bullets of a box of rounds are not euros a piece
  { text: 'Munitions 9mm FMJ – boîte de 50 cartouches – 50 balles chacune', want: null },
  { text: 'Haze 10g\nEnvoi depuis : Belgique — Destinations : Europe — Tarif : 85 €', want: [85, 'EUR'] },
  { text: 'Beuh 5g — livraison partout en France — 45 €', want: [45, 'EUR'] },
  { text: 'Munitions 9mm, 50 balles, remise en main propre', want: null },
  { text: 'Ecstasy Tesla bleu 300mg x10 — 50 balles', want: [50, 'EUR'] },
  { text: 'Faux billets 💶 50€ x20 (1000€ face) qualité A+ — 200€', want: [200, 'EUR'] },
  { text: 'Taz 10 cachets 60 balles, main propre', want: [60, 'EUR'], qty: [10, 'pills'] },
  { text: 'Boîte de 50 cartouches 9mm x2 — 50 balles chacune', want: null },
  // a segment of its own on a line that weighs goods
  { text: 'Héro brune 5g – Charleroi – 150 balles – GSM sur demande', want: [150, 'EUR'] },
  { text: 'Crack galettes 0.2g x10 – rdv Liège – 100 balles', want: [100, 'EUR'] },
  { text: 'Glock 17 – 50 balles', want: null },
  { text: 'Munitions 9mm – 50 balles – remise en main propre', want: null },
  { text: 'Shit marocain 🇲🇦 20 balles les 5g, 100 les 30g, main à main', want: [20, 'EUR'] },
  { text: 'Caillou – Paris 18e / 19e\n20€ la galette, 10 galettes 170€', want: [20, 'EUR'] },
  { text: 'Beuh 10g - 60e / 20g - 110e', want: [60, 'EUR'] },
];

const tiers: Row[] = [
  { text: 'Faux billets 50€ – lot de 20 (1000€ en faces) – 250€', want: [250, 'EUR'] },
  { text: 'Shit 10g → 60 balles\n25g → 130 balles', want: [60, 'EUR'] },
  { text: 'Champignons séchés 10g30€ | 20g55€ | 50g120€', want: [30, 'EUR'] },
  { text: 'Faux billets 💶 de 50€ et 100€, qualité A+. 5000€ en faux pour 900€ réels.', want: [900, 'EUR'] },
  { text: 'Glock g19 450€', want: [450, 'EUR'] },
  { text: 'Weed AAA 1 oz – 140 piasses, livraison à Montréal', want: [140, 'CAD'] },
  { text: 'Ecstas "Punisher" 270mg – lot de 20 : 100 € – lot de 100 : 350 €', want: [100, 'EUR'], kind: 'tier', qty: [20, 'pieces'], per: [5, 'pieces'] },
  { text: 'Taz « Tesla » 250mg – 10 pour 70€ – 50 pour 250€', want: [70, 'EUR'], kind: 'tier', qty: [10, 'pieces'] },
  { text: 'Kétamine en aiguilles – 5 g = 100 € / 10 g = 180 €', want: [100, 'EUR'], kind: 'tier', qty: [5, 'g'], per: [20, 'g'] },
  { text: 'la C colombienne 1g 70€ / 3g 200€ / 5g 300€ — lettre suivie', want: [70, 'EUR'], kind: 'tier', qty: [1, 'g'] },
  { text: '• Charas indien – 10 g : 85 € / 25 g : 190 € / 50 g : 350 €', want: [85, 'EUR'], kind: 'tier', qty: [10, 'g'] },
  { text: 'Tarifs dégressifs\n5 g → 60 €\n10 g → 110 €\n25 g → 250 €', want: [60, 'EUR'], kind: 'tier', qty: [5, 'g'] },
  { text: 'Ecsta 280mg – 25 pcs 90€ – 50 pcs 160€', want: [90, 'EUR'], kind: 'tier', qty: [25, 'pieces'] },
  { text: 'Shit jaune mousseux ..... 60€ les 10g | 250€ les 50g', want: [60, 'EUR'], kind: 'tier', qty: [10, 'g'], per: [6, 'g'] },
  { text: 'Kéta 1g = 40€, 5g = 180€', want: [40, 'EUR'], kind: 'tier', qty: [1, 'g'] },
  { text: 'Beuh 5g - 50 balles\n10g - quatre-vingt-dix euros\n20g - 170€', want: [50, 'EUR'] },
  { text: '10 taz = 60 balles, 50 = 250€, 100 = 400€', want: [60, 'EUR'] },
];

const perUnit: Row[] = [
  { text: 'C0KE la meilleure du game 80€ le g – livraison 7j/7', want: [80, 'EUR'], kind: 'per-unit', per: [80, 'g'] },
  { text: 'Gelato 33 (cali) ........... 10€ le g | 90€ les 10g', want: [10, 'EUR'], kind: 'per-unit', per: [10, 'g'] },
  { text: 'x4nax / rivo – plaquettes – 2mg – 3€ le cachet', want: [3, 'EUR'], kind: 'per-unit', per: [3, 'pills'] },
  { text: 'Stéroïdes – Deca 200 mg/ml – 70€ le flacon', want: [70, 'EUR'], kind: 'per-unit', per: [70, 'flacon'] },
  { text: 'Kit de conversion – 150€ pièce – envoi discret', want: [150, 'EUR'], kind: 'per-unit', per: [150, 'pieces'] },
  { text: 'Ivoire brut – morceaux de défense – 950 $/kg', want: [950, 'USD'], kind: 'per-unit', per: [950, 'kg'] },
  { text: 'Griffes + crocs – 400 € le lot – envoi EMS', want: [400, 'EUR'], kind: 'per-unit', per: [400, 'lot'] },
  { text: 'Perroquets gris – 900 € pièce – sans papiers', want: [900, 'EUR'], kind: 'per-unit' },
  { text: 'Parfums contrefaits – 25 € pièce, lot de 10 pour 200 €', want: [25, 'EUR'], kind: 'per-unit' },
  { text: 'CB françaises avec CVV – 20€ la carte', want: [20, 'EUR'], kind: 'per-unit', per: [20, 'carte'] },
  { text: 'Comptes Netflix – 4€ le compte – livraison instantanée', want: [4, 'EUR'], kind: 'per-unit' },
  { text: 'Fullz français – 5 € la fiche – minimum 20', want: [5, 'EUR'], kind: 'per-unit' },
  { text: 'Crypter FUD – 60 €/mois – accès automatique', want: [60, 'EUR'], kind: 'per-unit', per: [60, 'mois'] },
  { text: 'Stealer + panel – 0,006 BTC / mois', want: [0.006, 'BTC'], kind: 'per-unit' },
  { text: 'Baguettes en ivoire – 180 € la paire', want: [180, 'EUR'], kind: 'per-unit' },
  { text: 'Cigarettes Marlboro – 55 € la cartouche – livraison Perpignan', want: [55, 'EUR'], kind: 'per-unit' },
  { text: 'Pilules 5€ la pièce, 10 pour 40€', want: [5, 'EUR'], kind: 'per-unit', per: [5, 'pieces'] },
  { text: 'Beuh 8€ l\'unité', want: [8, 'EUR'], kind: 'per-unit' },
];

const from: Row[] = [
  { text: 'Piratage de compte Snapchat – à partir de 150€', want: [150, 'EUR'], kind: 'from' },
  { text: 'Bracelets sculptés – à partir de 120€ pièce – Côte d\'Ivoire', want: [120, 'EUR'], kind: 'from' },
  { text: 'Faux diplômes dès 300 €', want: [300, 'EUR'], kind: 'from' },
  { text: 'Papiers à partir de seulement 80 €', want: [80, 'EUR'], kind: 'from' },
];

const words: Row[] = [
  { text: 'Beuh 10g pour cinquante euros', want: [50, 'EUR'], qty: [10, 'g'] },
  { text: 'Shit quatre-vingts euros les 10g', want: [80, 'EUR'] },
  { text: 'Coke septante euros le gramme', want: [70, 'EUR'], kind: 'per-unit' },
  { text: 'Herbe suisse huitante francs suisses les 10g', want: [80, 'CHF'] },
  { text: 'Ecstas nonante euros les 20', want: [90, 'EUR'] },
  { text: 'Pistolet deux mille cinq cents euros', want: [2500, 'EUR'] },
  { text: 'Résine quatre-vingt-dix euros', want: [90, 'EUR'] },
  { text: 'Kéta vingt et un euros le gramme', want: [21, 'EUR'] },
  { text: 'Lot complet : soixante-quinze euros', want: [75, 'EUR'] },
  { text: 'dix grammes pour cent euros', want: [100, 'EUR'], qty: [10, 'g'] },
];

const none: Row[] = [
  // ordinaux, pas des euros
  { text: 'Livraison en main propre Paris 18e, prix en MP', want: null },
  { text: 'Remise au 3e étage ou les 2e et 3e jeudis – tarifs en MP', want: null },
  { text: 'Paris 🗼 18e le soir – tarifs en MP', want: null },
  { text: 'Lyon (3e) la nuit – tarifs en MP', want: null, fails: 'an ordinal in brackets reads as euro shorthand: "(" before and ")" after are price positions' },
  { text: 'Jaune mousseux plaquette de 100g – qualité frappe – prix en MP', want: null },
  { text: 'M.D cristaux champagne – 5g / 10g / 25g – prix en MP', want: null },
  { text: 'Xanax 2mg – boîtes de 30 – tarifs dégressifs, demandez', want: null },
  { text: 'k@lash pliant + 200 cartouches 7.62 – prix en MP – sérieux uniquement', want: null },
  { text: 'Silencieux pour 22LR – alu anodisé – prix selon modèle', want: null },
  { text: 'Blanchiment crypto → cash : commission 10 %, remise en main propre', want: null },
  { text: 'Niveau vendeur : 6 | Ventes : 2 947 | Avis : 98,7 % positifs', want: null },
  { text: 'Coke écaille 93% – vente au kilo uniquement – prix sur demande', want: null },
  { text: 'Balles 9mm par boîtes de 50 – prix selon quantité', want: null },
  { text: 'Fichier de 500 000 clients français – prix selon volume', want: null },
  { text: 'Expédition du lundi au vendredi, commande avant 14h', want: null },
  { text: 'Fusil superposé calibre 12 – faites une offre', want: null },
  { text: 'Chargeurs Glock 33 coups (9mm) – lot de 3 – prix par lot en MP', want: null },
];

priceTable('fr: market price fields', fields);
priceTable('fr: plain prices', plain);
priceTable('fr: dégressifs (tier tables)', tiers);
priceTable('fr: prices per unit', perUnit);
priceTable('fr: starting prices', from);
priceTable('fr: number words', words);
priceTable('fr: no price', none);
