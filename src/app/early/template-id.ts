/**
 * The id of index.html's `<template>` for results links (build/results-preload.ts): the modules
 * the results load later by themselves (details, charts), copied into the page by src/main.tsx
 * once the early paint's module has arrived, so they download while the top paints.
 */
export const RESULTS_PRELOAD_TEMPLATE_ID = 'results-preload';
