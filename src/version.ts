declare const __CONTRABAND_VERSION__: string;
/** The package version, set at build time (and by the test config) from package.json. */
export const VERSION: string = typeof __CONTRABAND_VERSION__ === 'string' ? __CONTRABAND_VERSION__ : '0.0.0-dev';
