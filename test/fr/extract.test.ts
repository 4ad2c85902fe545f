import { describe } from 'vitest';
import { runTable, type Row } from '../helpers/table.js';

/**
 * French listings (France, Belgium, Switzerland, Québec): origin, shipping methods and carriers.
 * Labels follow ../../../shared/data/FORMAT.md: a ships-from field or an unambiguous statement gives
 * the origin; nationality, style and strain names do not; regions are not countries; "livraison vers"
 * never gives an origin. Carriers only when a company is named.
 */
export const originRows: Row[] = [
  { text: 'Remise en main propre à Lille ou à Bruxelles, au choix', origin: null, tag: 'pickup' },
  // stated origins
  { text: '10g beuh amnesia | expédié depuis la France', origin: 'FR' },
  { text: 'Coke 5g, envoi depuis la Belgique, sous vide', origin: 'BE' },
  { text: 'Carte d\'identité Belgique, vraie, enregistrée', origin: null },
  { text: 'Beuh 10g 🇫🇷➡️🇧🇪 envoi discret', origin: 'FR' },
  { text: "Kéta en aiguilles 2g, en provenance d'Espagne", origin: 'ES' },
  { text: 'Résine 25g\nExpédié depuis : Belgique\nPrix : 120 €', origin: 'BE', tag: 'field' },
  { text: 'MDMA 84% 1g\nExpédié depuis : Pays-Bas\nLivraison vers : France', origin: 'NL', tag: 'field' },
  { text: 'Speed pâte 50g - Ships from: Germany - Ships to: Europe', origin: 'DE', tag: 'mixed' },
  { text: 'Faux billets de 20€, envoi depuis l\'Italie', origin: 'IT' },
  { text: 'Xanax 2mg x20 - expédié de Suisse', origin: 'CH', tag: 'swiss' },
  { text: 'Pot 28g, envoi depuis le Canada, livraison en 2 jours', origin: 'CA', tag: 'quebec' },
  { text: 'Mush 7g, expédié depuis le Québec par Postes Canada', origin: 'CA', tag: 'quebec' },
  { text: "Testostérone 10ml, expédition depuis l'Allemagne", origin: 'DE' },
  { text: 'Glock 19, envoyé du Luxembourg en pièces détachées', origin: 'LU' },
  { text: 'Héro brune 1g - envoi depuis le Royaume-Uni', origin: 'GB' },
  { text: 'Oxycodone 80mg, expédié depuis les États-Unis', origin: 'US' },
  { text: "Weed 10g, expédiée depuis l'Angleterre", origin: 'GB' },
  { text: 'Ecsta x50, expédié depuis la Hollande', origin: 'NL' },
  { text: 'Origine : Pays-Bas\nProduit : XTC Tesla x100', origin: 'NL', tag: 'field' },
  { text: "Ivoire brut, nous expédions depuis la Côte d'Ivoire", origin: 'CI', tag: 'decoy' },
  { text: 'Colis envoyé de Belgique, arrivée en 48h en France', origin: 'BE' },
  { text: 'Envoi de la Belgique vers toute l\'Europe', origin: 'BE' },
  { text: 'Cocaïne 1g - envoi depuis la Suisse (hors UE, pas de douane pour les Suisses)', origin: 'CH', tag: 'swiss' },
  { text: "Stock en France, on expédie sous 24h", origin: 'FR' },
  { text: 'Vendeur basé à Bruxelles, envoi par bpost uniquement', origin: 'BE', tag: 'belgian' },
  { text: 'Expédié depuis : France\nLivraison vers : Monde entier\nPrix : 45 €', origin: 'FR', tag: 'field' },
  // compact codes and flags
  { text: 'FR2FR uniquement - 10g teush', origin: 'FR', tag: 'code' },
  { text: 'BE2EU - amphétamine 20g', origin: 'BE', tag: 'code' },
  { text: 'NL → FR | MDMA 5g', origin: 'NL', tag: 'code' },
  { text: '🇫🇷 Beuh 10g | envoi discret 🇫🇷', origin: 'FR', tag: 'flag' },
  { text: '🇧🇪 Speed 10g - envoi bpost', origin: 'BE', tag: 'flag' },
  { text: '🇨🇭➡️🇪🇺 Kéta 5g', origin: 'CH', tag: 'flag' },
  // hand-over places
  { text: 'Remise en main propre à Liège ou Namur', origin: 'BE', tag: 'pickup' },
  { text: 'Remise en main propre à Anvers uniquement', origin: 'BE', tag: 'pickup' },
  { text: 'Beuh 20g, livraison en main propre Liège', origin: 'BE', tag: 'pickup' },
  { text: 'Livraison en France par Colissimo', origin: null },
  { text: 'Main propre possible sur Lausanne', origin: 'CH', tag: 'pickup' },
  { text: 'RDV à Genève pour la remise, pas d\'envoi', origin: 'CH', tag: 'pickup' },
  { text: 'Main propre sur Paris 18e', origin: 'FR', tag: 'pickup' },
  { text: 'Remise en main propre à Marseille, envoi possible', origin: 'FR', tag: 'pickup' },
  { text: 'Montréal : remise en main propre, métro Berri-UQAM', origin: 'CA', tag: 'pickup' },
  // style, nationality, strain: not origins
  { text: 'Weed qualité hollandaise 10g', origin: null, tag: 'decoy' },
  { text: 'Shit marocain 25g, très gras', origin: null, tag: 'decoy' },
  { text: 'Amsterdam Haze 5g', origin: null, tag: 'decoy' },
  { text: 'Coke colombienne 1g pure', origin: null, tag: 'decoy' },
  { text: 'Héro afghane 2g', origin: null, tag: 'decoy' },
  { text: 'Faux passeport français biométrique', origin: null, tag: 'decoy' },
  { text: 'Champignons mexicains 10g', origin: null, tag: 'decoy' },
  { text: 'Résine marocaine 50g, expédiée depuis l\'Espagne', origin: 'ES', tag: 'decoy' },
  { text: 'Shit du Maroc, expédié depuis la France', origin: 'FR', tag: 'decoy' },
  // regions are not countries
  { text: 'Livraison UE uniquement, 10g beuh', origin: null, tag: 'region' },
  { text: 'Expédié depuis : Europe\nPrix : 60 €', origin: null, tag: 'region' },
  { text: 'Expédié depuis : Union européenne', origin: null, tag: 'region' },
  { text: 'Expédié depuis : Monde entier', origin: null, tag: 'region' },
  { text: 'Comptes Deezer x5\nExpédié de : Monde entier\nPrix : 8 €\nLivraison automatique par e-mail', shipping: ['digital'], tag: 'region' },
  { text: 'Livraison dans le monde entier, envoi discret', origin: null, tag: 'region' },
  // ships-to is never an origin
  { text: 'Livraison vers la Suisse uniquement', origin: null, tag: 'ships-to' },
  { text: 'Livraison vers : France, Belgique, Luxembourg', origin: null, tag: 'ships-to' },
  { text: 'Ships to: France - MDMA 1g', origin: null, tag: 'ships-to' },
  { text: 'On livre en Belgique uniquement', origin: null, tag: 'ships-to' },
  { text: 'Permis valable en France, Belgique, Suisse et Luxembourg', origin: null, tag: 'decoy' },
  { text: 'Expédié depuis : Belgique\nLivraison vers : France', origin: 'BE', tag: 'ships-to' },
  { text: 'Echange BTC contre espèces, en personne à Lille, Roubaix ou Tournai', origin: null, tag: 'handover-list' },
  { text: 'Panel de phishing, banques FR/BE', origin: null, tag: 'code-pair' },
  // ── destination niée, "basé", remise dans un champ de livraison ──
  { text: 'Shit 25g\nExpédié de : Belgique\nPas d\'envoi vers la France', origin: 'BE', shipping: [], tag: 'negated-destination' },
  { text: 'Méthode refund Amazon France (PDF) – envoi par mail', origin: null, tag: 'data-goods' },
  { text: 'Comptes Disney+ Belgique 🇧🇪 – livraison auto', origin: null, tag: 'data-goods' },
  { text: 'Coke 1g\nLivraison : Colissimo ou remise en main propre à Namur', origin: 'BE', shipping: ['pickup'], tag: 'pickup-in-field' },
  { text: 'Résine marocaine 🇲🇦 50g\nOrigine : Espagne\nPrix : 180 €', origin: 'ES', tag: 'field' },
  { text: 'Permis de conduire français 🇫🇷 enregistré – livraison Chronopost sous 3 semaines', origin: null, tag: 'issuer' },
  { text: 'Teush Jaune Mousseux du Maroc 25g 100€, envoi Chronopost', origin: null, tag: 'style' },
];

export const shippingRows: Row[] = [
  { text: '10g beuh | envoi discret', shipping: ['stealth'] },
  { text: 'Envoi sous vide, triple emballage anti-odeur', shipping: ['stealth'] },
  { text: 'Emballage neutre, rien ne laisse deviner le contenu', shipping: ['stealth'] },
  { text: 'Envoi stealth + tracking', shipping: ['stealth', 'tracked'], tag: 'mixed' },
  { text: 'Envoi en colis suivi, sous vide', shipping: ['tracked', 'stealth'] },
  { text: 'Envoi suivi par Colissimo', shipping: ['tracked'], carriers: ['Colissimo'] },
  { text: 'Lettre suivie La Poste', shipping: ['letter', 'tracked'], carriers: ['La Poste'] },
  { text: 'Suivi en option (+5 €)', shipping: ['tracked'], tag: 'paid-option' },
  { text: 'Envoi discret, suivi possible moyennant 8€ de plus', shipping: ['stealth', 'tracked'], tag: 'paid-option' },
  { text: 'Envoi en recommandé', shipping: ['registered'] },
  { text: 'Recommandé avec accusé de réception', shipping: ['registered'] },
  { text: 'Lettre recommandée', shipping: ['letter', 'registered'] },
  { text: 'Envoi par lettre simple', shipping: ['letter'] },
  { text: 'Envoi en boîte aux lettres, format lettre', shipping: ['letter'] },
  { text: 'Envoi par courrier normal', shipping: ['standard'] },
  { text: 'Envoi par courrier normal ou en recommandé', shipping: ['standard', 'registered'] },
  { text: 'Envoi express', shipping: ['express'] },
  { text: 'Livraison en 24h', shipping: ['express'] },
  { text: 'Livraison express (+10€)', shipping: ['express'], tag: 'paid-option' },
  { text: 'Envoi express 24h Chronopost', shipping: ['express'], carriers: ['Chronopost'] },
  { text: 'Express next day via DHL', shipping: ['express'], carriers: ['DHL'], tag: 'mixed' },
  { text: 'Remise en main propre possible', shipping: ['pickup'] },
  { text: 'Je livre en main propre sur Lyon', shipping: ['pickup'] },
  { text: 'Dead drop à Bruxelles, coordonnées envoyées après paiement', shipping: ['pickup'], tag: 'mixed' },
  { text: 'Planque (dead drop) dans les bois près de Lausanne', shipping: ['pickup'], tag: 'swiss' },
  { text: 'Remise en main propre à Anvers ou envoi bpost', shipping: ['pickup'], carriers: ['bpost'], tag: 'belgian' },
  { text: 'Livraison internationale', shipping: ['international'] },
  { text: 'Livraison dans le monde entier', shipping: ['international'] },
  { text: 'Livraison mondiale, envoi discret', shipping: ['international', 'stealth'] },
  { text: 'Expédition internationale sauf USA et Australie', shipping: ['international'] },
  { text: 'Expédié depuis : France\nLivraison vers : Belgique', shipping: ['international'], tag: 'field' },
  { text: 'Expédié de : Belgique\nLivraison : France, Pays-Bas', shipping: ['international'], origin: 'BE', tag: 'field' },
  { text: 'Weed 10g – livraison Liège centre en main propre', shipping: ['pickup'], origin: 'BE', tag: 'handover' },
  { text: 'Expédié depuis la France, livraison dans toute l\'UE', shipping: ['international'] },
  { text: 'Livraison discrète partout en Europe', shipping: ['stealth', 'international'] },
  { text: 'Téléchargement immédiat après paiement', shipping: ['digital'] },
  { text: 'Envoi automatique par e-mail après achat', shipping: ['digital'] },
  { text: 'Colissimo suivi ou lettre verte', shipping: ['tracked', 'letter'], carriers: ['Colissimo'] },
  { text: 'Lettre max suivie', shipping: ['letter', 'tracked'] },
  { text: 'bpost envoi recommandé', shipping: ['registered'], carriers: ['bpost'], tag: 'belgian' },
  { text: 'Envoi via Deutsche Post en recommandé', shipping: ['registered'], carriers: ['Deutsche Post'] },
  { text: 'PostNL met track & trace, envoi depuis les Pays-Bas', shipping: ['tracked'], carriers: ['PostNL'], tag: 'mixed' },
  { text: 'Envoi EMS international', shipping: ['international'], carriers: ['EMS'] },
  { text: 'TNT express, livraison le lendemain', shipping: ['express'], carriers: ['TNT'] },
  { text: 'Colis suivi par Postes Canada', shipping: ['tracked'], carriers: ['Canada Post'], tag: 'quebec' },
  // negations
  { text: 'Pas de remise en main propre, envoi uniquement', shipping: [], tag: 'negation' },
  { text: 'Pas de suivi, pas de réclamation', shipping: [], tag: 'negation' },
  { text: 'Envoi sans suivi, lettre simple', shipping: ['letter'], tag: 'negation' },
  { text: "Pas d'envoi international, France uniquement", shipping: [], tag: 'negation' },
  { text: 'Coke 1g, livraison Colissimo suivi, France uniquement', shipping: ['tracked'], carriers: ['Colissimo'] },
  { text: 'Livraison en France et en Belgique', shipping: ['international'] },
  { text: 'FR2FR uniquement', shipping: [], tag: 'negation' },
  { text: 'Pas de main propre, ne demandez pas', shipping: [], tag: 'negation' },
  { text: 'Pas d\'express, envoi en courrier normal', shipping: ['standard'], tag: 'negation' },
  // carriers
  { text: 'Envoi par la poste', carriers: [], tag: 'generic' },
  { text: 'Envoi par poste, pas de suivi', shipping: [], carriers: [], tag: 'generic' },
  { text: 'Envoi par La Poste suisse', carriers: ['Swiss Post'], tag: 'swiss' },
  { text: 'Envoi UPS ou FedEx selon la destination', carriers: ['UPS', 'FedEx'] },
  { text: 'Envoi GLS ou DPD, au choix', carriers: ['GLS', 'DPD'] },
  { text: 'Chronopost ou Colissimo au choix', carriers: ['Chronopost', 'Colissimo'] },
  { text: 'Envoi Correos depuis l\'Espagne', carriers: ['Correos'] },
  { text: 'DHL, UPS ou FedEx', carriers: ['DHL', 'UPS', 'FedEx'] },
  { text: 'Envoi par colis postal, bien emballé', carriers: [], tag: 'generic' },
  { text: 'Livraison à domicile par nos soins sur Namur', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Cultivé par nos soins, envoi suivi', shipping: ['tracked'], tag: 'pickup-decoy' },
  { text: 'Je me déplace sur Lyon et Villeurbanne', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Beuh 10g, livrée nous-mêmes sur Lille', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Résine 25g, envoi en Europe sous 48h', shipping: ['international'], tag: 'international' },
  { text: 'On se voit à Charleroi ou envoi en lettre', shipping: ['pickup', 'letter'], tag: 'pickup' },
  { text: 'Envoi en colis régulier, suivi inclus', shipping: ['standard', 'tracked'], tag: 'standard' },
  { text: "Pack 40GB, lien Mega après paiement", shipping: ["digital"], tag: 'digital' },
  { text: "Drainer crypto, livré automatiquement après paiement", shipping: ["digital"], tag: 'digital' },
  { text: "Balance 0,01g – envoi en lettre depuis la France, livraison aussi en Belgique (+2 €)", origin: 'FR', shipping: ["international", "letter"], tag: 'destination' },
  { text: "Beuh 5g – envoi depuis la France vers la France et la Belgique", origin: 'FR', shipping: ["international"], tag: 'route' },
  { text: 'Beuh 10g, envoi depuis la France, jamais vers la Belgique', origin: 'FR', shipping: [], tag: 'negated-destination' },
  { text: 'Cachetons 200mg, je livre sur Arlon et Virton', shipping: ['pickup'], tag: 'pickup' },
  { text: 'MD 5g, échange à Namur sur un parking', shipping: ['pickup'], tag: 'pickup' },
  { text: 'Shit 25g, Colissimo suivi. Saisie en douane : envoyez la lettre des douanes, renvoi à 100%.', shipping: ['tracked'], carriers: ['Colissimo'], tag: 'decoy' },
  { text: 'Fiches de paie en PDF, réponse sous 24h, envoi par e-mail', shipping: ['digital'], tag: 'decoy' },
  { text: 'Beuh 10g – Chronopost 24h', shipping: ['express'], carriers: ['Chronopost'], tag: 'express' },
  { text: 'Résine 25g, expédié de Belgique. Livraison France, Luxembourg et Pays-Bas.', origin: 'BE', shipping: ['international'], tag: 'destination' },
  { text: 'Beuh 10g, livraison Bruxelles et environs', shipping: [], tag: 'local' },
  { text: 'Champis 10g, envoi depuis la Belgique par bpost. Envoi France OK (+5€).', origin: 'BE', shipping: ['international'], carriers: ['bpost'], tag: 'destination' },
  { text: 'Écailles 1kg\nExpédié de : Cameroun\nExpédié vers : Chine, Vietnam\nAucune livraison en Europe.', origin: 'CM', shipping: ['international'], tag: 'negated-destination' },
];

/** The main language, where vendors mix languages or a market's field labels are in another one. */
export const languageRows: Row[] = [
  { text: 'Kéta aiguilles 5g, qualité supérieure, très propre', lang: 'fr', tag: 'accents' },
  { text: 'Weed Cali 10g, strong, livré en 48h, 8€ la tête', lang: 'fr', tag: 'accents' },
  { text: 'Skunk 10g | Ships from: France | Prix : 80 € | Livraison sécurisée', lang: 'fr', tag: 'labels' },
  { text: 'Teuch marocaine 25g, bien sèche', lang: 'fr', tag: 'typical-words' },
];

describe('fr: origin', () => {
  runTable(originRows);
});

describe('fr: shipping and carriers', () => {
  runTable(shippingRows);
});

describe('fr: language', () => {
  runTable(languageRows);
});
