import type { CliIO } from './classify.js';
import { createClassifier } from '../classifier.js';
import { runEval } from './eval.js';

/** `contraband eval`: the evaluation harness with contraband's own classifier. */
export async function runEvalCommand(argv: string[], io: CliIO): Promise<number> {
  const classifier = createClassifier();
  return runEval(argv, { stdout: (s) => void io.stdout(s), stderr: (s) => void io.stderr(s), classify: (t) => classifier.classify(t) });
}
