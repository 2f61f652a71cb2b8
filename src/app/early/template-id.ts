/**
 * The id of index.html's `<template>` for results links (build/results-preload.ts): the link's
 * boot, the results view, and the modules the results load later by themselves (details, charts),
 * copied into the page by paint-link.ts once the recommendation is painted, so they download with
 * the app's chunk.
 */
export const RESULTS_PRELOAD_TEMPLATE_ID = 'results-preload';
