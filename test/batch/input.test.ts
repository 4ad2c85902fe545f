import { describe, expect, it } from 'vitest';
import { CsvReader, csvCell, csvRow, neutraliseFormula } from '../../src/batch/csv.js';
import { BatchInputError, readRecords, type ReadRecordsOptions } from '../../src/batch/input.js';
import { splitLines } from '../../src/batch/lines.js';
import { ErrorRecordSchema, excerpt, type InputRecord } from '../../src/batch/records.js';

/** Feeds bytes in chunks of `size` (1: every byte on its own, to cross every boundary). */
async function* chunks(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function read(data: Buffer | string, options: ReadRecordsOptions, chunkSize = 7): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const r of readRecords(chunks(Buffer.isBuffer(data) ? data : Buffer.from(data), chunkSize), options)) out.push(r);
  return out;
}

function summary(rs: InputRecord[]): string[] {
  return rs.map((r) => (r.kind === 'ok' ? `ok ${r.index}@${r.line} ${JSON.stringify(r.id)} ${JSON.stringify(r.text)}` : `error ${r.record.index}@${r.record.line} ${JSON.stringify(r.record.id)} ${r.record.error.code}`));
}

describe('splitLines', () => {
  it('caps a line: a longer one is reported with its first bytes and reading resumes at the next line', async () => {
    const data = Buffer.from(`short\n${'x'.repeat(5000)}\nnext\nlast`);
    const lines = [];
    for await (const l of splitLines(chunks(data, 100), 1000)) lines.push({ text: l.bytes.toString(), line: l.line, tooLong: l.tooLong, size: l.size, terminated: l.terminated });
    expect(lines.map((l) => [l.line, l.tooLong, l.size, l.terminated])).toEqual([
      [1, false, 5, true],
      [2, true, 5000, true],
      [3, false, 4, true],
      [4, false, 4, false],
    ]);
    expect(lines[1]!.text).toBe('x'.repeat(512));
    expect(lines[2]!.text).toBe('next');
  });
});

describe('readRecords: JSONL', () => {
  const bad = Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d]); // {"text":"caf\xe9"} in Latin-1
  const input = Buffer.concat([
    Buffer.from('\uFEFF{"id":"a","text":"first","url":"u1"}\r\n'),
    Buffer.from('{"id":"b","text":\n'),
    Buffer.from('\n   \n'),
    Buffer.from('{"id":"c","body":"x"}\n'),
    Buffer.from('{"id":7,"text":42,"url":"u4"}\n'),
    Buffer.from('[1,2]\n'),
    bad,
    Buffer.from('\n{"id":"d","text":"last, no line end"}'),
  ]);

  it('gives one record per non-blank line, in order, with error records for bad lines', async () => {
    for (const size of [1, 5, 1 << 16]) {
      const rs = await read(input, { format: 'jsonl', keep: ['url'] }, size);
      expect(summary(rs)).toEqual([
        'ok 0@1 "a" "first"',
        'error 1@2 null INVALID_JSON',
        'error 2@5 "c" MISSING_TEXT',
        'error 3@6 7 TEXT_NOT_STRING',
        'error 4@7 null NOT_AN_OBJECT',
        'error 5@8 null INVALID_ENCODING',
        'ok 6@9 "d" "last, no line end"',
      ]);
      for (const r of rs) if (r.kind === 'error') expect(ErrorRecordSchema.safeParse(r.record).success).toBe(true);
      expect(rs[0]!.kind === 'ok' && rs[0]!.keep).toEqual({ url: 'u1' });
      expect(rs[3]!.kind === 'error' && rs[3]!.keep).toEqual({ url: 'u4' });
    }
  });

  it('decodes as told with --encoding latin1', async () => {
    const rs = await read(bad, { format: 'jsonl', encoding: 'latin1' });
    expect(summary(rs)).toEqual(['ok 0@1 null "café"']);
  });

  it('refuses an unknown or UTF-16 encoding before reading', async () => {
    await expect(read('x', { format: 'jsonl', encoding: 'klingon' })).rejects.toThrow(BatchInputError);
    await expect(read('x', { format: 'jsonl', encoding: 'utf-16le' })).rejects.toThrow(/UTF-8/);
  });

  it('makes an over-long line an error record and goes on with the next', async () => {
    const data = `{"text":"a"}\n{"text":"${'y'.repeat(3000)}"}\n{"text":"b"}\n`;
    const rs = await read(data, { format: 'jsonl', maxRecordBytes: 1000 }, 256);
    expect(summary(rs)).toEqual(['ok 0@1 null "a"', 'error 1@2 null LINE_TOO_LONG', 'ok 2@3 null "b"']);
    const e = rs[1]!.kind === 'error' ? rs[1]!.record.error : null;
    expect(e!.excerpt).toBe(excerpt(`{"text":"${'y'.repeat(3000)}`));
  });
});

describe('readRecords: text', () => {
  it('takes one listing a line, without CR or BOM, skipping blank lines', async () => {
    const rs = await read('\uFEFFone\r\n\r\ntwo\nthree', { format: 'text' });
    expect(summary(rs)).toEqual(['ok 0@1 null "one"', 'ok 1@3 null "two"', 'ok 2@4 null "three"']);
  });
});

describe('readRecords: CSV and TSV', () => {
  const csv = '\uFEFFid,text,url\r\n1,"Cocaine 5g\r\nships from ""NL""",http://a\r\n\r\n2,plain text,http://b\n3,"a, b",\n';

  it('reads quoted multi-line fields, doubled quotes, CRLF, a BOM and blank lines, whatever the chunking', async () => {
    for (const size of [1, 3, 1 << 16]) {
      const rs = await read(csv, { format: 'csv', keep: ['url'] }, size);
      expect(summary(rs)).toEqual(['ok 0@2 "1" "Cocaine 5g\\r\\nships from \\"NL\\""', 'ok 1@5 "2" "plain text"', 'ok 2@6 "3" "a, b"']);
      expect(rs.map((r) => r.kind === 'ok' && r.keep['url'])).toEqual(['http://a', 'http://b', '']);
    }
  });

  it('reads header-less chunks with --columns, and skips a header with --columns --header', async () => {
    const rs = await read('9,"x\ny",u\n', { format: 'csv', columns: ['id', 'text', 'url'] });
    expect(summary(rs)).toEqual(['ok 0@1 "9" "x\\ny"']);
    const rs2 = await read('a,b\n9,hello\n', { format: 'csv', columns: ['id', 'body'], header: true, textField: 'body' });
    expect(summary(rs2)).toEqual(['ok 0@2 "9" "hello"']);
  });

  it('stops with BatchInputError when the header has no text column', async () => {
    await expect(read('id,body\n1,x\n', { format: 'csv' })).rejects.toThrow(/no "text" column among "id", "body"/);
  });

  it('gives error records for a short row, invalid UTF-8, an over-long record and an unterminated quote, and goes on', async () => {
    const data = Buffer.concat([
      Buffer.from('id,text\n'),
      Buffer.from('1\n'),
      Buffer.from('2,caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n3,"'),
      Buffer.from('z'.repeat(2000)),
      Buffer.from('\n4,fine\n5,"never closed\nstill open'),
    ]);
    const rs = await read(data, { format: 'csv', maxRecordBytes: 500 }, 64);
    expect(summary(rs)).toEqual([
      'error 0@2 "1" MISSING_TEXT',
      'error 1@3 "2" INVALID_ENCODING',
      'error 2@4 null LINE_TOO_LONG',
      'ok 3@5 "4" "fine"',
      'error 4@6 "5" CSV_ERROR',
    ]);
    const last = rs[4]!;
    expect(last.kind === 'error' && last.record.error.message).toBe('unterminated quoted field (opened on line 6)');
  });

  it('reads TSV, and quotes only when asked', async () => {
    const rs = await read('id\ttext\n1\t"quoted" start\n', { format: 'tsv' });
    expect(summary(rs)).toEqual(['ok 0@2 "1" "quoted start"']);
    const rs2 = await read('id\ttext\n1\t"quoted" start\n', { format: 'tsv', quote: null });
    expect(summary(rs2)).toEqual(['ok 0@2 "1" "\\"quoted\\" start"']);
  });
});

describe('CsvReader', () => {
  it('reports where each record ends and whether it is complete', () => {
    const r = new CsvReader({ delimiter: 0x2c, quote: 0x22, maxRecordBytes: 1 << 20 });
    const got = [...r.push(Buffer.from('a,b\n"x\ny",z\n')), ...r.push(Buffer.from('torn,"')), ...r.end()];
    expect(got.map((x) => [x.line, x.end, x.terminated, x.error?.code ?? null])).toEqual([
      [1, 4, true, null],
      [2, 12, true, null],
      [4, 18, false, 'CSV_ERROR'],
    ]);
  });
});

describe('CSV output cells', () => {
  it('neutralises formulas: = + - @ tab CR at the start get a quote prefix', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'a=b', '', 'plain'].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", 'a=b', '', 'plain']);
  });

  it('quotes cells with a comma, a quote or a line end, after neutralising', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvRow(['a', 'b,c', null])).toBe('a,"b,c",\n');
  });
});
