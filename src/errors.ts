/** Formats zod issues as "path: message", one string each. */
export function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

/** The input given to classify is not usable (not a string). */
export class ContrabandInputError extends TypeError {
  readonly code: 'NOT_A_STRING';
  constructor(message: string) {
    super(message);
    this.name = 'ContrabandInputError';
    this.code = 'NOT_A_STRING';
  }
}

/** Options or configuration that do not validate. */
export class ContrabandOptionsError extends TypeError {
  readonly issues: readonly string[];
  constructor(message: string, issues: readonly string[]) {
    super(message);
    this.name = 'ContrabandOptionsError';
    this.issues = issues;
  }
}

/** A lexicon that cannot be read or does not validate. */
export class LexiconError extends Error {
  readonly issues: readonly string[];
  constructor(message: string, issues: readonly string[]) {
    super(message);
    this.name = 'LexiconError';
    this.issues = issues;
  }
}
