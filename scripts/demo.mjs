// npm run demo: builds contraband and classifies the listings shipped in examples/, one JSON line each,
// then prints a short table so a newcomer sees what the tool answers.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli.js') || process.argv.includes('--build')) {
  execFileSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
}
const out = execFileSync(process.execPath, ['dist/cli.js', 'classify', 'examples/listings.jsonl'], { encoding: 'utf8' });
const rows = out.trim().split('\n').map((l) => JSON.parse(l));
const cell = (v) => (v === null || v === undefined ? '-' : Array.isArray(v) ? v.join(',') || '-' : typeof v === 'object' ? `${v.amount} ${v.currency}` : String(v));
const header = ['id', 'lang', 'category', 'subcategory', 'conf', 'origin', 'shipping', 'carriers', 'price'];
const table = rows.map((r) => [r.id, r.lang, r.category, r.subcategory, r.confidence?.toFixed(2), r.origin, r.shipping, r.carriers, r.price].map(cell));
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
for (const t of table) console.log(line(t));
console.log('\nFull results with evidence: node dist/cli.js classify examples/listings.jsonl');
