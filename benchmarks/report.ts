// npm run report
// Writes benchmarks/RESULTS.md from benchmarks/out/{accuracy,baselines,speed,batch}.json, whichever exist (a
// missing one shows NOT RUN with the command that writes it). RESULTS.md is generated: never edit it by
// hand, rerun `npm run accuracy`, `npm run baselines`, `npm run bench` and then this.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, stamp } from './lib/env.js';
import { renderDisputedIds, renderResults, type AccuracyFile } from './lib/render.js';
import { RESULTS_VERSION, type BaselinesFile, type BatchFile, type SpeedFile } from './lib/results.js';

const OUT = join(ROOT, 'benchmarks', 'out');

/** Reads a file of benchmarks/out; null (NOT RUN) when it is absent, or written by an older script version. */
function read<T>(name: string, kind?: string): T | null {
  const file = join(OUT, name);
  if (!existsSync(file)) {
    console.log(`${name}: NOT RUN`);
    return null;
  }
  const value = JSON.parse(readFileSync(file, 'utf8')) as T & { kind?: string; version?: number };
  if (kind !== undefined && (value.kind !== kind || value.version !== RESULTS_VERSION)) {
    console.log(`${name}: written by another version of its script (kind ${JSON.stringify(value.kind)}, version ${JSON.stringify(value.version)}): NOT RUN, rerun it`);
    return null;
  }
  console.log(`${name}: read`);
  return value;
}

const accuracyFile = join(OUT, 'accuracy.json');
const accuracy = read<AccuracyFile>('accuracy.json');
const markdown = renderResults({
  stamp: stamp('npm run report'),
  accuracy,
  accuracyWritten: existsSync(accuracyFile) ? statSync(accuracyFile).mtime.toISOString().replace(/\.\d+Z$/, 'Z') : null,
  baselines: read<BaselinesFile>('baselines.json', 'baselines'),
  speed: read<SpeedFile>('speed.json', 'speed'),
  batch: read<BatchFile>('batch.json', 'batch'),
});
writeFileSync(join(ROOT, 'benchmarks', 'RESULTS.md'), markdown);
writeFileSync(join(ROOT, 'benchmarks', 'DISPUTED.md'), renderDisputedIds(accuracy));
console.log('written: benchmarks/RESULTS.md, benchmarks/DISPUTED.md');
