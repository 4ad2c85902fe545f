/** franc's ISO 639-3 codes of the languages contraband reads. */
export const OUR_CODES = ['eng', 'nld', 'fra'] as const;
/**
 * Other languages vendors write in: scored beside ours on long prose, so that a German or Spanish page
 * comes out `und` instead of being forced into the nearest of ours.
 */
export const OTHER_CODES = ['deu', 'spa', 'ita', 'por'] as const;
/**
 * Every language the trigram scorer is ever asked about. The build keeps only these of franc-min's
 * 82 trigram tables in dist (see tsup.config.ts): the others were ~160 KB of every bundle that each
 * import decoded and parsed.
 */
export const SCORED_CODES: readonly string[] = [...OUR_CODES, ...OTHER_CODES];
