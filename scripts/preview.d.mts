// Types of what TypeScript files (playwright.config.ts) import from preview.mjs.

/** Flags for every Chromium the scripts and the e2e start (see preview.mjs). */
export declare const CHROMIUM_FLAGS: readonly string[];
