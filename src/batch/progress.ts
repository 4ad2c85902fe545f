/** Where a progress line is drawn: a terminal stream. */
export interface ProgressSink {
  write(s: string): unknown;
  columns?: number;
}

function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.floor(s % 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}

/**
 * A one-line progress display on a terminal (stderr): records, records/s, and for an input of known size
 * the share done and an ETA (records expected = records read × input size / bytes read). Redrawn at most
 * every 250 ms; `done` erases it.
 */
export class Progress {
  private readonly start = Date.now();
  private last = 0;
  private drawn = false;
  /** Bytes read so far (the reader adds to it). */
  bytes = 0;

  constructor(
    private readonly sink: ProgressSink,
    private readonly totalBytes: number | null,
  ) {}

  /**
   * @param records records written (a resumed run's earlier records included)
   * @param errors error records among them
   * @param ran records this run wrote (for the rate)
   * @param read records read from the input so far (for the expected total)
   */
  update(records: number, errors: number, ran: number, read: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 250) return;
    this.last = now;
    const secs = (now - this.start) / 1000;
    const rate = secs > 0 ? ran / secs : 0;
    let line = `contraband: ${records.toLocaleString('en-US')} records (${errors} errors), ${Math.round(rate).toLocaleString('en-US')}/s`;
    if (this.totalBytes !== null && this.totalBytes > 0 && this.bytes > 0 && read > 0) {
      const expected = Math.max(read, (read * this.totalBytes) / Math.min(this.bytes, this.totalBytes));
      const share = Math.min(1, records / expected);
      const eta = rate > 0 ? (expected - records) / rate : Number.NaN;
      line += `, ${(share * 100).toFixed(1)}%, ETA ${duration(eta)}`;
    }
    const width = this.sink.columns || 100; // 0 when the terminal does not say
    this.sink.write(`\r${line.slice(0, Math.max(10, width - 1))}\x1b[K`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.sink.write('\r\x1b[K');
    this.drawn = false;
  }
}
