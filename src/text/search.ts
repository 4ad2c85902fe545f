/**
 * Binary searches over sorted data, shared by the stages that look things up by position (lines, terms,
 * places): they keep a page of thousands of mentions linear.
 */

/** The first index in `[0, length)` at which `before(i)` is false (`before` holds on a prefix), or `length`. */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The offsets of the newlines of `text`, in order. */
export function newlineOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/** The 0-based line of `text` that holds offset `at`, from the text's `newlineOffsets`. */
export function lineAt(newlines: readonly number[], at: number): number {
  return lowerBound(newlines.length, (i) => newlines[i]! < at);
}

/** The lines (as `lineAt` numbers them) that hold an item `holds` accepts, each item by where it starts. */
export function linesWhere<T extends { readonly start: number }>(items: readonly T[], holds: (item: T) => boolean, newlines: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const item of items) if (holds(item)) out.add(lineAt(newlines, item.start));
  return out;
}

/** Whether `pos` falls in one of `spans` (sorted, disjoint): a binary search. */
export function inSpans(spans: readonly [number, number][], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = spans[mid]!;
    if (pos < a) hi = mid - 1;
    else if (pos >= b) lo = mid + 1;
    else return true;
  }
  return false;
}
