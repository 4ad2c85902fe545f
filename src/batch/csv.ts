/**
 * A streaming CSV/TSV reader over bytes (RFC 4180, leniently) and the CSV writer of batch output.
 *
 * Why not csv-parse: a batch must survive bad input record by record. Here every record keeps its raw
 * bytes (so invalid UTF-8 becomes an error record instead of silent U+FFFD), its starting line, and its
 * end offset (so `--resume` can cut a torn CSV output after the last complete record); a record longer
 * than the cap (an unterminated quote swallowing the file) is reported and reading resumes at the next
 * line, where csv-parse stops or skips to an unknown place.
 */

const LF = 0x0a;
const CR = 0x0d;

/** One CSV record as bytes. */
export interface RawCsvRecord {
  /** Field contents, unquoted (doubled quotes made single), as bytes. */
  fields: Buffer[];
  /** 1-based line where the record starts. */
  line: number;
  /** Byte offset just after the record (after its `\n`, when it has one). */
  end: number;
  /** False for a last record with no line end (or cut short by the end of input). */
  terminated: boolean;
  /** Set when the record could not be read: it is then to become an error record (`fields` then holds the fields read before the problem, if any). */
  error?: { code: 'LINE_TOO_LONG' | 'CSV_ERROR'; message: string; excerpt: Buffer };
}

export interface CsvReaderOptions {
  /** Field delimiter byte: `,` for CSV, tab for TSV. */
  delimiter: number;
  /** Quote byte, or null when fields are never quoted. */
  quote: number | null;
  /** A record longer than this many bytes is reported (`LINE_TOO_LONG`) and skipped to the next line. */
  maxRecordBytes: number;
}

const EXCERPT_BYTES = 512;

/**
 * An incremental CSV reader: `push` bytes, take the records completed so far; `end` at the end of input.
 * Quotes are special only at the start of a field; a quoted field may span lines; text after a closing
 * quote is kept (lenient); blank lines are skipped.
 *
 * @example
 * ```ts
 * const r = new CsvReader({ delimiter: 0x2c, quote: 0x22, maxRecordBytes: 1 << 20 });
 * const recs = [...r.push(Buffer.from('1,"a\nb"\n2,c')), ...r.end()];
 * recs.map((x) => x.fields.map(String)); // [['1', 'a\nb'], ['2', 'c']]
 * ```
 */
export class CsvReader {
  private readonly delim: number;
  private readonly quote: number;
  private readonly max: number;
  private fields: Buffer[] = [];
  private buf: Buffer = Buffer.allocUnsafe(1024);
  private len = 0;
  private recordBytes = 0;
  private inQuotes = false;
  private quotePending = false;
  private fieldStart = true;
  /** The current field was a closed quoted field (so a trailing `\r` is a line end, not data). */
  private quotedClosed = false;
  private skipping = false;
  private excerptBytes: Buffer | null = null;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private offset = 0;
  private out: RawCsvRecord[] = [];

  constructor(opts: CsvReaderOptions) {
    this.delim = opts.delimiter;
    this.quote = opts.quote ?? -1;
    this.max = opts.maxRecordBytes;
  }

  private put(b: number): void {
    if (this.len === this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    this.buf[this.len++] = b;
  }

  private endField(): void {
    this.fields.push(Buffer.from(this.buf.subarray(0, this.len)));
    this.len = 0;
    this.fieldStart = true;
    this.quotedClosed = false;
  }

  private resetRecord(): void {
    this.fields = [];
    this.len = 0;
    this.recordBytes = 0;
    this.inQuotes = false;
    this.quotePending = false;
    this.fieldStart = true;
    this.quotedClosed = false;
    this.recordLine = this.line;
  }

  private endRecord(terminated: boolean): void {
    this.endField();
    const blank = this.fields.length === 1 && this.fields[0]!.length === 0;
    if (!blank) this.out.push({ fields: this.fields, line: this.recordLine, end: this.offset, terminated });
    this.resetRecord();
  }

  private tooLong(): void {
    const have = Buffer.concat([...this.fields.flatMap((f) => [f, Buffer.from([this.delim])]), this.buf.subarray(0, this.len)]);
    this.excerptBytes = Buffer.from(have.subarray(0, EXCERPT_BYTES));
    this.skipping = true;
    this.fields = [];
    this.len = 0;
  }

  /** Feeds bytes; returns the records completed by them. */
  push(chunk: Buffer): RawCsvRecord[] {
    const q = this.quote;
    const d = this.delim;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      this.offset++;
      if (this.skipping) {
        // an over-long record: drop everything up to the next line end, then start afresh
        if (b === LF) {
          this.line++;
          this.out.push({
            fields: [],
            line: this.recordLine,
            end: this.offset,
            terminated: true,
            error: { code: 'LINE_TOO_LONG', message: `record longer than ${this.max} bytes (max-record-bytes); skipped to the next line`, excerpt: this.excerptBytes! },
          });
          this.skipping = false;
          this.excerptBytes = null;
          this.resetRecord();
        }
        continue;
      }
      if (++this.recordBytes > this.max) {
        this.tooLong();
        if (b === LF) i--, this.offset--; // let the skipping branch end the record at this very line end
        continue;
      }
      if (this.quotePending) {
        this.quotePending = false;
        if (b === q) {
          this.put(q);
          continue;
        }
        this.inQuotes = false;
        this.quotedClosed = true;
        // fall through: b is the first byte after the closing quote
      } else if (this.inQuotes) {
        if (b === q) this.quotePending = true;
        else {
          if (b === LF) this.line++;
          this.put(b);
        }
        continue;
      }
      if (b === d) {
        this.endField();
      } else if (b === LF) {
        if (this.len > 0 && this.buf[this.len - 1] === CR && !this.quotedClosed) this.len--;
        this.line++;
        this.endRecord(true);
      } else if (b === CR && this.quotedClosed) {
        // CR of a CRLF after a closing quote: not data
      } else if (b === q && this.fieldStart) {
        this.inQuotes = true;
        this.quoteLine = this.line;
        this.fieldStart = false;
      } else {
        this.fieldStart = false;
        this.put(b);
      }
    }
    const done = this.out;
    this.out = [];
    return done;
  }

  /** Ends the input; returns the last record(s), an unterminated quote giving a `CSV_ERROR` record. */
  end(): RawCsvRecord[] {
    if (this.skipping) {
      this.out.push({
        fields: [],
        line: this.recordLine,
        end: this.offset,
        terminated: false,
        error: { code: 'LINE_TOO_LONG', message: `record longer than ${this.max} bytes (max-record-bytes)`, excerpt: this.excerptBytes! },
      });
      this.skipping = false;
    } else if (this.inQuotes && !this.quotePending) {
      const raw = Buffer.concat([...this.fields.flatMap((f) => [f, Buffer.from([this.delim])]), this.buf.subarray(0, this.len)]);
      this.out.push({
        fields: this.fields, // the fields before the open quote (the id may be among them)
        line: this.recordLine,
        end: this.offset,
        terminated: false,
        error: { code: 'CSV_ERROR', message: `unterminated quoted field (opened on line ${this.quoteLine})`, excerpt: Buffer.from(raw.subarray(0, EXCERPT_BYTES)) },
      });
    } else if (this.recordBytes > 0) {
      if (this.quotePending) {
        this.quotePending = false;
        this.inQuotes = false;
        this.quotedClosed = true;
      }
      if (this.len > 0 && this.buf[this.len - 1] === CR && !this.quotedClosed) this.len--;
      this.endRecord(false);
    }
    this.resetRecord();
    const done = this.out;
    this.out = [];
    return done;
  }
}

/** First characters of a cell that a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes `'` to a cell a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or CR).
 *
 * @example
 * ```ts
 * neutraliseFormula('=HYPERLINK("http://x")'); // `'=HYPERLINK("http://x")`
 * neutraliseFormula('a=b');                    // 'a=b'
 * ```
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * One CSV cell: formula-neutralised, then quoted when it holds a comma, a quote or a line end; null and
 * undefined are empty; objects are written as JSON.
 *
 * @example
 * ```ts
 * csvCell('say "hi", twice'); // '"say ""hi"", twice"'
 * csvCell('@SUM(A1)');        // "'@SUM(A1)"
 * ```
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = neutraliseFormula(typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One CSV row with its `\n`.
 *
 * @example
 * ```ts
 * csvRow(['a', 'b,c', null]); // 'a,"b,c",\n'
 * ```
 */
export function csvRow(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}
