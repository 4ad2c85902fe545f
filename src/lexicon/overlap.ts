import type { Match } from './match.js';

/**
 * Drops every match that lies inside a strictly longer match of the same key, and a repeat of the same
 * item on the same span (two phrases of one entry, "bpost" written once, found twice). One sweep over the
 * matches sorted by start (longest first at equal starts): O(n log n).
 */
export function longestPerKey(ms: readonly Match[], key: (m: Match) => string): Match[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const reach = new Map<string, { end: number; start: number }>();
  const out: Match[] = [];
  // the items kept on the current span (same start and end), to drop a repeat of one
  let spanStart = -1;
  let spanEnd = -1;
  const onSpan: Match['item'][] = [];
  for (const m of sorted) {
    const k = key(m);
    const r = reach.get(k);
    const inside = r !== undefined && m.end <= r.end && !(r.start === m.start && r.end === m.end);
    if (inside) continue;
    if (m.start !== spanStart || m.end !== spanEnd) {
      spanStart = m.start;
      spanEnd = m.end;
      onSpan.length = 0;
    } else if (onSpan.some((i) => i.kind === m.item.kind && i.ref === m.item.ref)) continue;
    onSpan.push(m.item);
    if (!r || m.end > r.end) reach.set(k, { end: m.end, start: m.start });
    out.push(m);
  }
  return out;
}
