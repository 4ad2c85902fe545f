/** One line of input, as bytes, without its `\n` (a trailing `\r` is left for the caller to strip). */
export interface RawLine {
  /** The line's bytes; when `tooLong`, only its first bytes (enough for an excerpt). */
  bytes: Buffer;
  /** 1-based line number. */
  line: number;
  /** True when the line was longer than the cap: its bytes were dropped up to the next `\n`. */
  tooLong: boolean;
  /** The line's full length in bytes (also when `tooLong`). */
  size: number;
  /** False for a last line with no `\n`. */
  terminated: boolean;
}

/** How many bytes of an over-long line are kept for its error excerpt. */
const EXCERPT_BYTES = 512;

/**
 * Splits a byte stream into lines without ever holding more than `maxBytes` of one line: a longer line
 * (a binary file given by mistake) is reported `tooLong` with its first bytes, and reading resumes at the
 * next `\n`. Memory stays flat whatever the input.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array | string>, maxBytes: number, onBytes?: (n: number) => void): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  const take = (terminated: boolean): RawLine => {
    line++;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const out: RawLine = { bytes: tooLong ? bytes.subarray(0, EXCERPT_BYTES) : bytes, line, tooLong, size, terminated };
    parts = [];
    size = 0;
    tooLong = false;
    return out;
  };
  const add = (seg: Buffer): void => {
    size += seg.length;
    if (tooLong) return;
    if (size > maxBytes) {
      tooLong = true;
      // keep only the beginning, for the excerpt
      const have = parts.reduce((n, p) => n + p.length, 0);
      if (have < EXCERPT_BYTES) parts.push(Buffer.from(seg.subarray(0, EXCERPT_BYTES - have)));
      parts = [Buffer.concat(parts)];
      return;
    }
    parts.push(seg);
  };
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    onBytes?.(buf.length);
    let pos = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, pos);
      if (nl === -1) {
        // copy: the stream may reuse its chunk buffer
        if (pos < buf.length) add(Buffer.from(buf.subarray(pos)));
        break;
      }
      if (nl > pos) add(parts.length === 0 && !tooLong ? buf.subarray(pos, nl) : Buffer.from(buf.subarray(pos, nl)));
      yield take(true);
      pos = nl + 1;
    }
  }
  if (size > 0 || tooLong) yield take(false);
}
