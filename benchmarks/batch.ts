/**
 * Batch throughput and memory: generates a synthetic JSONL input of the size asked (listing templates
 * varied by random numbers and words), runs `contraband classify` on it with 1 and 2 workers under
 * `/usr/bin/time -v`, and prints a markdown table: listings/s, MB/s and peak RSS (the whole process:
 * the main thread and its worker threads share it).
 *
 *   npx tsx benchmarks/batch.ts                      # 20 MB, quick
 *   npx tsx benchmarks/batch.ts --size 1GB           # the real thing (input kept in /tmp)
 *   npx tsx benchmarks/batch.ts --size 5MB --workers 1,2 --compare   # also check 1 and 2 workers agree
 *
 * Options: --size N[KB|MB|GB] (default 20MB), --workers 1,2, --dir DIR (default /tmp/contraband-bench),
 * --cli dist|source|PATH (default: dist/cli.js when built with its worker, else the source through tsx;
 * PATH: another build's cli.js),
 * --compare (hash each run's output as it streams and compare the hashes; otherwise output goes to /dev/null),
 * --time-limit S (interrupt each run with SIGINT after S seconds: the CLI then writes what it finished in
 * order and its summary, so rates and peak RSS are measured on a huge input without waiting for the end).
 *
 * Writes benchmarks/out/batch.json (stamped), which `npm run report` puts into RESULTS.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, closeSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { stamp } from './lib/env.js';
import { RESULTS_VERSION, type BatchFile, type BatchRun } from './lib/results.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '20MB' },
    workers: { type: 'string', default: '1,2' },
    dir: { type: 'string', default: '/tmp/contraband-bench' },
    cli: { type: 'string' },
    compare: { type: 'boolean', default: false },
    'time-limit': { type: 'string' },
  },
});

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|k|m|g)?$/i.exec(s.trim());
  if (!m) throw new Error(`--size: expected e.g. 20MB or 1GB, got ${s}`);
  const u = (m[2] ?? 'b').toLowerCase()[0];
  return Math.round(Number(m[1]) * (u === 'k' ? 1e3 : u === 'm' ? 1e6 : u === 'g' ? 1e9 : 1));
}

// ---- synthetic listings: templates of real-looking market listings, varied by a seeded generator
let seed = 0x2545f491;
function rand(): number {
  // xorshift32: fast, deterministic, good enough for filler
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x100000000;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

const COUNTRIES = ['Netherlands', 'Germany', 'Belgium', 'UK', 'USA', 'France', 'Spain', 'Canada', 'Poland', 'Australia'];
const CARRIERS = ['PostNL', 'DHL', 'Royal Mail', 'USPS', 'Colissimo', 'bpost', 'DPD'];
const WORDS = ['premium', 'quality', 'fast', 'discreet', 'trusted', 'vendor', 'restock', 'sale', 'bulk', 'sample', 'fresh', 'new', 'best', 'legit'];
const filler = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');

const TEMPLATES: (() => string)[] = [
  () => `${int(1, 50)}g Cocaine ${int(70, 95)}% pure | Ships from: ${pick(COUNTRIES)} | Price: EUR ${int(40, 2000)} | ${filler(int(10, 40))}. Stealth shipping with ${pick(CARRIERS)} tracked.`,
  () => `${int(10, 500)}x XTC pillen ${int(150, 300)}mg ${pick(['Tesla', 'Blue Punisher', 'Philipp Plein'])}, verzending vanuit Nederland met ${pick(CARRIERS)}, ${int(2, 6)} euro per stuk. ${filler(int(10, 40))}`,
  () => `Glock ${pick(['17', '19', '26'])} Gen${int(3, 5)} with ${int(1, 3)} magazines and ${int(50, 500)} rounds 9mm, pickup in ${pick(['Antwerp', 'Rotterdam', 'Liege'])} or ships from ${pick(COUNTRIES)}, €${int(900, 3000)}. ${filler(int(10, 30))}`,
  () => `Ivoire sculpté, défense d'éléphant ${int(1, 20)} kg et corne de rhinocéros, envoi depuis la ${pick(['Belgique', 'France', 'Suisse'])}, ${int(500, 9000)} €. ${filler(int(5, 30))}`,
  () => `Fullz USA with SSN DOB and background report, ${int(5, 30)}$ each, bulk ${int(10, 100)} for ${int(100, 900)} USD, instant delivery by email. ${filler(int(10, 40))}`,
  () => `Weed ${pick(['Amnesia Haze', 'OG Kush', 'White Widow'])} ${int(1, 28)}g, vacuum sealed, ${pick(COUNTRIES)} next day via ${pick(CARRIERS)}, £${int(10, 250)}. ${filler(int(20, 60))}`,
  () => `Fake ${pick(['EU', 'UK', 'US'])} passport and ID card, scannable, high quality, tracked shipping worldwide, ${int(300, 2500)} USD or ${(rand() * 0.1).toFixed(4)} BTC. ${filler(int(10, 40))}`,
  () => `Netflix premium account lifetime warranty ${int(2, 15)} USD, Spotify family ${int(2, 10)} USD, ${filler(int(5, 20))}`,
];

async function generate(file: string, bytes: number): Promise<{ records: number }> {
  const out = createWriteStream(file);
  let written = 0;
  let records = 0;
  let batch: string[] = [];
  let batchBytes = 0;
  while (written + batchBytes < bytes) {
    const line = `${JSON.stringify({ id: `L${records}`, text: pick(TEMPLATES)(), market: pick(['hansa', 'agora', 'torrez', 'dream']) })}\n`;
    batch.push(line);
    batchBytes += Buffer.byteLength(line);
    records++;
    if (batchBytes > 1 << 20) {
      if (!out.write(batch.join(''))) await new Promise<void>((r) => out.once('drain', () => r()));
      written += batchBytes;
      batch = [];
      batchBytes = 0;
    }
  }
  out.write(batch.join(''));
  await new Promise<void>((r) => out.end(r));
  return { records };
}

function countLines(file: string): number {
  const r = spawnSync('wc', ['-l', file], { encoding: 'utf8' });
  return Number(r.stdout.trim().split(/\s+/)[0]);
}

/** Runs the CLI once; peak RSS from /usr/bin/time -v when present, else from the kernel's VmHWM sampled while it runs. */
async function run(cli: string[], input: string, workers: number, dir: string, compare: boolean, timeLimit: number | null): Promise<BatchRun> {
  const summary = join(dir, `summary-${workers}.json`);
  const args = [...cli, 'classify', input, '--workers', String(workers), '--keep', 'market', '--summary', summary, '--quiet', '--no-progress'];
  rmSync(summary, { force: true });
  const hasTime = existsSync('/usr/bin/time');
  const [cmd, argv] = hasTime ? ['/usr/bin/time', ['-v', process.execPath, ...args]] : [process.execPath, args];
  const outFd = compare ? null : openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  // its own process group, so a time limit can interrupt node under /usr/bin/time (which ignores SIGINT)
  const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', outFd ?? 'pipe', 'pipe'], detached: true });
  if (outFd !== null) closeSync(outFd);
  // the output is hashed as it streams: a 1 GB input gives gigabytes of results, never stored
  const hasher = compare ? createHash('sha256') : null;
  if (hasher) child.stdout!.on('data', (b: Buffer) => hasher.update(b));
  const limiter = timeLimit === null ? null : setTimeout(() => process.kill(-child.pid!, 'SIGINT'), timeLimit * 1000);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let hwm = 0;
  const sampler = hasTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwm = Math.max(hwm, Number(m[1]));
        } catch {
          // gone
        }
      }, 100);
  const exitCode = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  if (sampler) clearInterval(sampler);
  if (limiter) clearTimeout(limiter);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peakKb = m ? Number(m[1]) : hwm || null;
  const s = existsSync(summary) ? (JSON.parse(readFileSync(summary, 'utf8')) as { records: number }) : { records: 0 };
  const outputHash = hasher ? hasher.digest('hex').slice(0, 16) : null;
  if (exitCode !== 0 && exitCode !== 1 && exitCode !== 130) process.stderr.write(stderr);
  return {
    workers,
    command: `${hasTime ? '/usr/bin/time -v ' : ''}node ${args.map((a) => (a === input ? 'INPUT' : a.startsWith(ROOT) ? a.slice(ROOT.length) : a)).join(' ')}${compare ? ' | sha256sum' : ' > /dev/null'}`,
    seconds,
    records: s.records,
    peakRssMb: peakKb === null ? null : peakKb / 1024,
    exitCode,
    outputHash,
  };
}

async function main(): Promise<void> {
  const flags = process.argv.slice(2).join(' ');
  const runStamp = stamp(`npm run bench:batch${flags ? ` -- ${flags}` : ''}`);
  const bytes = parseSize(values.size);
  const workers = values.workers.split(',').map((w) => Number(w.trim()));
  const dir = values.dir;
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `input-${values.size}.jsonl`);
  let records: number;
  if (existsSync(input) && Math.abs(statSync(input).size - bytes) < 2 << 20) {
    records = countLines(input);
    process.stderr.write(`reusing ${input} (${records} listings)\n`);
  } else {
    process.stderr.write(`generating ${input}...\n`);
    ({ records } = await generate(input, bytes));
  }
  const size = statSync(input).size;
  const built = existsSync(join(ROOT, 'dist/cli.js')) && existsSync(join(ROOT, 'dist/worker.js'));
  const custom = values.cli !== undefined && values.cli !== 'dist' && values.cli !== 'source' ? values.cli : null;
  const useDist = values.cli === 'dist' || (values.cli === undefined && built);
  const cli = custom !== null ? [custom] : useDist ? [join(ROOT, 'dist/cli.js')] : ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
  const cliName = custom ?? (useDist ? 'dist/cli.js' : 'source through tsx');
  const results: BatchRun[] = [];
  for (const w of workers) {
    process.stderr.write(`running with ${w} worker(s)...\n`);
    const r = await run(cli, input, w, dir, values.compare, values['time-limit'] === undefined ? null : Number(values['time-limit']));
    results.push(r);
    process.stderr.write(`  ${r.records} listings in ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMb?.toFixed(0) ?? '?'} MB, exit ${r.exitCode}\n`);
  }
  const mb = size / 1e6;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `### contraband batch: ${mb.toFixed(1)} MB of JSONL, ${records.toLocaleString('en-US')} listings (${Math.round(size / records)} bytes each on average)`,
    '',
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, load average at the end ${loadavg()[0]!.toFixed(1)}. CLI: ${cliName}.`,
    '',
    '| workers | wall time | listings done | listings/s | MB/s | peak RSS (process, all threads) | exit | output sha256 |',
    '|---:|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.workers} | ${r.seconds.toFixed(1)} s | ${r.records.toLocaleString('en-US')} of ${records.toLocaleString('en-US')} | ${Math.round(r.records / r.seconds).toLocaleString('en-US')} | ${((r.records * (size / records)) / 1e6 / r.seconds).toFixed(3)} | ${r.peakRssMb === null ? '?' : `${r.peakRssMb.toFixed(0)} MB`} | ${r.exitCode} | ${r.outputHash ?? '-'} |`,
    ),
    ...(values['time-limit'] !== undefined ? ['', `Each run was interrupted (SIGINT, exit 130) after ${values['time-limit']} s: rates count the listings finished in order by then (wall time includes start-up).`] : []),
    '',
    'Commands (INPUT is the generated file):',
    '',
    ...results.map((r) => `    ${r.command}`),
  ];
  if (values.compare && results.length > 1) {
    const same = results.every((r) => r.outputHash === results[0]!.outputHash);
    lines.push('', `Outputs byte-identical across worker counts: ${same ? 'yes' : 'NO'}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  const file: BatchFile = {
    kind: 'batch',
    version: RESULTS_VERSION,
    stamp: runStamp,
    loadAtEnd: Math.round(loadavg()[0]! * 100) / 100,
    cli: cliName,
    input: { bytes: size, records },
    timeLimit: values['time-limit'] === undefined ? null : Number(values['time-limit']),
    runs: results,
  };
  mkdirSync(join(ROOT, 'benchmarks', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'benchmarks', 'out', 'batch.json'), `${JSON.stringify(file, null, 2)}\n`);
  process.stderr.write('written: benchmarks/out/batch.json\n');
}

await main();
