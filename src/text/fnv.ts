/**
 * FNV-1a over the UTF-16 code units of `text[start..end)`, as an unsigned 32-bit number: the hash of the
 * lexicon snapshot's key tables (stored in the file, so it must not change) and of the word table.
 */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}
