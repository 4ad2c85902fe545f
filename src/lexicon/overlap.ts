import type { Match } from './match.js';

/**
 * Drops every match that lies inside a strictly longer match of the same key. One sweep over the matches
 * sorted by start (longest first at equal starts): O(n log n).
 */
export function longestPerKey(ms: readonly Match[], key: (m: Match) => string): Match[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const reach = new Map<string, { end: number; start: number }>();
  const out: Match[] = [];
  for (const m of sorted) {
    const k = key(m);
    const r = reach.get(k);
    const inside = r !== undefined && m.end <= r.end && !(r.start === m.start && r.end === m.end);
    if (inside) continue;
    if (!r || m.end > r.end) reach.set(k, { end: m.end, start: m.start });
    out.push(m);
  }
  return out;
}
