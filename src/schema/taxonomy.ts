import * as z from 'zod';
import { lazySchema } from './lazy.js';

/**
 * The taxonomy of ../shared/data/FORMAT.md: every category with its subcategories.
 * Everything else (schemas, literal unions, lexicon validation) is derived from this one table.
 */
export const TAXONOMY = {
  drugs: [
    'cannabis',
    'stimulants',
    'ecstasy',
    'opioids',
    'psychedelics',
    'dissociatives',
    'benzodiazepines',
    'prescription',
    'steroids',
    'research-chemicals',
    'other-drugs',
  ],
  firearms: ['handguns', 'long-guns', 'automatic', 'ammunition', 'parts', 'non-lethal', 'other-weapons'],
  wildlife: ['ivory', 'rhino-horn', 'tiger-parts', 'pangolin', 'other-wildlife'],
  counterfeit: ['currency', 'goods'],
  fraud: ['carding', 'accounts', 'personal-data', 'other-fraud'],
  documents: ['identity', 'other-documents'],
  digital: ['software', 'guides', 'other-digital'],
  services: ['hacking', 'laundering', 'other-services'],
  other: ['other'],
} as const;

type Taxonomy = typeof TAXONOMY;

/** A top-level category. */
export type Category = keyof Taxonomy;
/** A subcategory of any category. */
export type Subcategory = Taxonomy[Category][number];

/** Every category, in taxonomy order. */
export const CATEGORIES = Object.keys(TAXONOMY) as Category[];
/** Every subcategory, in taxonomy order. */
export const SUBCATEGORIES = CATEGORIES.flatMap((c) => [...TAXONOMY[c]]) as Subcategory[];


/** The four classes of the "target" macro-F1: drugs, firearms, wildlife and everything else. */
export const TARGET_CLASSES = ['drugs', 'firearms', 'wildlife', 'rest'] as const;
export type TargetClass = (typeof TARGET_CLASSES)[number];

/** Maps a category onto the four target classes. */
export function targetClassOf(category: Category): TargetClass {
  return category === 'drugs' || category === 'firearms' || category === 'wildlife' ? category : 'rest';
}

/** Shipping methods of FORMAT.md. */
export const SHIPPING_METHODS = [
  'stealth',
  'tracked',
  'express',
  'registered',
  'letter',
  'standard',
  'international',
  'pickup',
  'digital',
] as const;
export type ShippingMethod = (typeof SHIPPING_METHODS)[number];

/** Languages the classifier reads; `und` when the text cannot tell or is in another language. */
export const LANGUAGES = ['en', 'nl', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DETECTED_LANGUAGES = ['en', 'nl', 'fr', 'und'] as const;
export type DetectedLanguage = (typeof DETECTED_LANGUAGES)[number];

export const CategorySchema = lazySchema(() => z.enum(CATEGORIES as [Category, ...Category[]]));
export const SubcategorySchema = lazySchema(() => z.enum(SUBCATEGORIES as [Subcategory, ...Subcategory[]]));
export const ShippingMethodSchema = lazySchema(() => z.enum(SHIPPING_METHODS));
export const LanguageSchema = lazySchema(() => z.enum(LANGUAGES));
export const DetectedLanguageSchema = lazySchema(() => z.enum(DETECTED_LANGUAGES));

/** True when `sub` is a subcategory of `category`. */
export function isSubcategoryOf(category: Category, sub: string): sub is Subcategory {
  return (TAXONOMY[category] as readonly string[]).includes(sub);
}
