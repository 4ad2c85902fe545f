/**
 * Records of the real market sets whose market label we believe is wrong under ../shared/data/FORMAT.md.
 * They still count against contraband (the floors use the labels as they are); they are listed by id,
 * by rule, so a reader can check each one. A rule names the FORMAT.md clause it rests on and only fires
 * where contraband's answer is the one that clause gives, with lexicon evidence for it and a clear margin
 * (twice the labelled category's score). A rule can still catch a record where contraband is the one that
 * is wrong: the list is for reading, not for discounting.
 */
import type { LabelledRecord } from '../../src/schema/record.js';
import type { Result } from '../../src/schema/result.js';

export interface DisputeRule {
  id: string;
  /** The clause of FORMAT.md (or the dev set's practice) that the market label goes against. */
  reason: string;
  applies(record: LabelledRecord, result: Result): boolean;
}

/** The lexicon entries that decided the category (counted evidence), strongest first. */
function deciding(result: Result): string[] {
  return result.evidence
    .filter((e) => e.field === 'category' && e.source.startsWith('lexicon:') && e.value === `${result.category}/${result.subcategory}`)
    .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))
    .map((e) => e.source.slice('lexicon:'.length));
}

/** contraband's answer is clear: its category scores at least twice the labelled category. */
function clear(r: LabelledRecord, res: Result): boolean {
  const mine = res.category === null ? 0 : res.scores[res.category];
  const theirs = r.category === undefined ? 0 : res.scores[r.category];
  return mine > 0 && mine >= 2 * theirs;
}

const SOFTWARE = /^dig-(malware|exploit|rat|tools|software-crack|cracked|license-keys|keylogger|ransomware|botnet|crypter|stealer|phishing-kits)/;

const PARAPHERNALIA = /^oth-(cigarettes|cigs|carton|tobacco|scales|scale-short|grinders|pipe|bags|test-kits|test-kit-products|presses|lab|reagent)/;

export const DISPUTE_RULES: readonly DisputeRule[] = [
  {
    id: 'accounts',
    reason:
      'the market files account logins (streaming, games, shops, VPN) under digital goods or services; FORMAT.md files stolen logins under fraud/accounts, as the dev set does for streaming accounts',
    applies: (r, res) => (r.category === 'digital' || r.category === 'services') && r.subcategory !== 'guides' && res.category === 'fraud' && res.subcategory === 'accounts' && deciding(res).length > 0 && clear(r, res),
  },
  {
    id: 'guides',
    reason: 'the market files tutorials and methods under the topic (fraud, hacking); FORMAT.md files tutorials and e-books under digital/guides, as the dev set does for a carding guide',
    applies: (r, res) => r.category !== 'digital' && r.category !== undefined && res.category === 'digital' && res.subcategory === 'guides' && deciding(res).length > 0 && clear(r, res),
  },
  {
    id: 'tobacco-paraphernalia',
    reason: 'the market files tobacco and paraphernalia (scales, grinders, pipes, bags, test kits) under drugs; FORMAT.md files them under other',
    applies: (r, res) => r.category === 'drugs' && res.category === 'other' && PARAPHERNALIA.test(deciding(res)[0] ?? '') && clear(r, res),
  },
  {
    id: 'documents',
    reason:
      'the market has no documents category and files passports, ID cards, driving licences and their templates under fraud, counterfeit, services or digital; FORMAT.md files them under documents',
    applies: (r, res) => r.category !== undefined && r.category !== 'documents' && res.category === 'documents' && deciding(res).length > 0 && clear(r, res),
  },
  {
    id: 'software',
    reason: 'the market files malware, exploits, hacking tools, phishing kits and cracked software under services or fraud; FORMAT.md files them under digital/software',
    applies: (r, res) => (r.category === 'services' || r.category === 'fraud') && res.category === 'digital' && res.subcategory === 'software' && SOFTWARE.test(deciding(res)[0] ?? '') && clear(r, res),
  },
];

/** Disputed record ids by rule id (each record under its first rule that applies). */
export function findDisputes(records: readonly LabelledRecord[], results: readonly Result[]): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(DISPUTE_RULES.map((r) => [r.id, [] as string[]]));
  records.forEach((rec, i) => {
    const res = results[i]!;
    if (rec.category === undefined || res.category === rec.category) return;
    const rule = DISPUTE_RULES.find((d) => d.applies(rec, res));
    if (rule) out[rule.id]!.push(rec.id);
  });
  return out;
}
