import type { Result } from './schema/result.js';

/**
 * A short, human-readable account of a result: the decision on one line, then every piece of evidence
 * with its span and source. For notebooks, logs and failing tests.
 *
 * @example
 * ```ts
 * import { classify, explain } from 'contraband';
 * const text = explain(classify('5g ketamine, ships from Belgium'));
 * // text.includes('category=drugs/dissociatives') === true
 * ```
 */
export function explain(r: Result): string {
  const scores = Object.entries(r.scores)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${k}:${v}`)
    .join(' ');
  const head = `lang=${r.lang} category=${r.category}/${r.subcategory} confidence=${r.confidence} scores{${scores}} origin=${r.origin} shipping=${r.shipping.join(',')} carriers=${r.carriers.join(',')} price=${r.price ? `${r.price.amount} ${r.price.currency}` : null}`;
  const lines = r.evidence.map(
    (e) => `  ${e.field}=${e.value} ← "${e.text}" [${e.start},${e.end}) ${e.source}${e.match ? ` (${e.match})` : ''}${e.weight !== undefined ? ` +${e.weight}` : ''}${e.effect ? ` {${e.effect}}` : ''}`,
  );
  return [head, ...lines].join('\n');
}
