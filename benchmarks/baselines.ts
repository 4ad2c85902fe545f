// npm run baselines [-- --quick] [-- --set corpus] [-- --k 5] [-- --seed N]
// Category accuracy and macro-F1, per labelled set and language, of three models side by side:
// (a) the majority class of the training folds, (b) natural's BayesClassifier trained by stratified k-fold
// cross-validation on the same records (tokens: lower case, diacritics stripped, split on non-alphanumerics),
// (b') a textbook multinomial naive Bayes on the same folds and tokens (natural's scoring favours small
// classes, so it understates what a trained bag of words does), (c) contraband itself (from source, classify(text, { extract: false })). Also the Bayes baseline's training
// time and classifications/s. Writes benchmarks/out/baselines.json. Sets whose files are absent print
// NOT MEASURED. --quick samples at most 200 records per set (for CI and tests).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClassifier } from '../src/classifier.js';
import type { LabelledRecord } from '../src/schema/record.js';
import { bayesPredict, createNaturalBayes, foldTokens, kFold, majorityLabel, scoreGroups, trainMultinomialNB, type Decision } from './lib/baseline.js';
import { ROOT, describeStamp, stamp } from './lib/env.js';
import { renderBaselineSet } from './lib/render.js';
import { RESULTS_VERSION, type BaselineSet, type BaselinesFile } from './lib/results.js';
import { labelledSets, loadSet, spreadSample } from './lib/sets.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true },
    k: { type: 'string', default: '5' },
    // The date the split was fixed; any constant works, this one is written down.
    seed: { type: 'string', default: '20261125' },
  },
});
const K = Number(values.k);
const SEED = Number(values.seed);
if (!Number.isInteger(K) || K < 2) throw new Error(`--k: expected an integer >= 2, got ${values.k}`);
if (!Number.isInteger(SEED)) throw new Error(`--seed: expected an integer, got ${values.seed}`);
// Enough for every class of the corpus to reach each fold, small enough for a CI step of seconds.
const QUICK_RECORDS = 200;

const flags = [values.quick ? '--quick' : '', ...(values.set ?? []).map((x) => `--set ${x}`), values.k !== '5' ? `--k ${values.k}` : '', values.seed !== '20261125' ? `--seed ${values.seed}` : ''].filter((f) => f !== '');
const command = `npm run baselines${flags.length > 0 ? ` -- ${flags.join(' ')}` : ''}`;
const file: BaselinesFile = { kind: 'baselines', version: RESULTS_VERSION, stamp: stamp(command), k: K, seed: SEED, stratified: true, quick: values.quick, sets: {} };
console.log(`# baselines: ${describeStamp(file.stamp)}`);
console.log(`k = ${K} folds, stratified by category, seed ${SEED}${values.quick ? `, --quick: at most ${QUICK_RECORDS} records per set` : ''}`);

const classifier = createClassifier();

for (const spec of labelledSets()) {
  if (values.set && !values.set.includes(spec.name)) continue;
  const loaded = loadSet(spec);
  if (loaded === null) {
    console.log(`\n## ${spec.name}: NOT MEASURED (${spec.description} is absent)`);
    file.sets[spec.name] = null;
    continue;
  }
  const labelled = loaded.filter((r): r is LabelledRecord & { category: string } => typeof r.category === 'string');
  const records = values.quick ? spreadSample(labelled, QUICK_RECORDS) : labelled;
  const result = runSet(records);
  const set: BaselineSet = { description: spec.description, recordsInFile: loaded.length, sampled: records.length < labelled.length, ...result };
  file.sets[spec.name] = set;
  console.log(`\n## ${spec.name}: ${spec.description}, ${records.length} records${set.sampled ? ` (sampled from ${labelled.length})` : ''}\n`);
  console.log(renderBaselineSet(set));
}

mkdirSync(join(ROOT, 'benchmarks', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'benchmarks', 'out', 'baselines.json'), `${JSON.stringify(file, null, 1)}\n`);
console.log('\nwritten: benchmarks/out/baselines.json');

function runSet(records: readonly (LabelledRecord & { category: string })[]): Omit<BaselineSet, 'description' | 'recordsInFile' | 'sampled'> {
  const labels = records.map((r) => r.category);
  const folds = kFold(labels, K, SEED);
  const majority: Decision[] = [];
  const bayes: Decision[] = [];
  const multinomial: Decision[] = [];
  const trainRecords: number[] = [];
  const trainMs: number[] = [];
  const majorityLabels: string[] = [];
  let classifyMs = 0;
  let classified = 0;
  let underflow = 0;
  const inTest = new Uint8Array(records.length);

  for (const test of folds) {
    inTest.fill(0);
    for (const i of test) inTest[i] = 1;
    const train = records.filter((_, i) => inTest[i] === 0);
    const majorityOfTrain = majorityLabel(train.map((r) => r.category));
    majorityLabels.push(majorityOfTrain ?? '(none)');

    const t0 = performance.now();
    const model = createNaturalBayes();
    for (const r of train) model.addDocument(foldTokens(r.text), r.category);
    model.train();
    trainMs.push(performance.now() - t0);
    trainRecords.push(train.length);

    const t1 = performance.now();
    const predicted = test.map((i) => bayesPredict(model, foldTokens(records[i]!.text)));
    classifyMs += performance.now() - t1;
    classified += test.length;

    const nb = trainMultinomialNB(train.map((r) => ({ tokens: foldTokens(r.text), label: r.category })));

    test.forEach((i, j) => {
      const r = records[i]!;
      const lang = r.lang ?? null;
      const p = predicted[j]!;
      if (p.underflow) underflow++;
      majority.push({ label: r.category, predicted: majorityOfTrain, lang });
      bayes.push({ label: r.category, predicted: p.label, lang });
      multinomial.push({ label: r.category, predicted: nb.predict(foldTokens(r.text)), lang });
    });
  }

  // contraband is not trained on the records: one pass over all of them, in file order.
  const t2 = performance.now();
  const ours: Decision[] = records.map((r) => ({ label: r.category, predicted: classifier.classify(r.text, { extract: false }).category, lang: r.lang ?? null }));
  const oursMs = performance.now() - t2;

  const m = scoreGroups(majority);
  const b = scoreGroups(bayes);
  const nb = scoreGroups(multinomial);
  const c = scoreGroups(ours);
  return {
    records: records.length,
    majorityLabels,
    groups: c.map((g, i) => ({ group: g.group, records: g.records, majority: m[i]!, bayes: b[i]!, multinomialNB: nb[i]!, contraband: g })),
    bayes: { trainRecords, trainMs, classifyPerSecond: classified / (classifyMs / 1000), underflow },
    contraband: { classifyPerSecond: records.length / (oursMs / 1000) },
  };
}
