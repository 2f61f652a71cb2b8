import { describe, expect, it } from 'vitest';

import { preloadList, templateHtml, type BuiltChunk } from './results-preload';

const chunk = (
  fileName: string,
  module: string | null,
  imports: string[] = [],
  css: string[] = [],
  dynamicImports: string[] = [],
): BuiltChunk => ({
  fileName,
  facadeModuleId: module === null ? null : `/repo/${module}`,
  imports,
  dynamicImports,
  isEntry: module === 'index.html',
  viteMetadata: { importedCss: new Set(css) },
});

/**
 * A build shaped like the app's: the first script, which loads the app and the early paint; the
 * link's boot, the results, their details, charts.
 */
const BUILD = [
  chunk('index.js', 'index.html', [], [], ['app.js', 'paint.js']),
  chunk('app.js', null, ['react.js', 'schemas.js'], ['app.css']),
  chunk('react.js', null),
  chunk('schemas.js', null),
  chunk('engine.js', null, ['schemas.js']),
  chunk('sections.js', null, [], ['sections.css']),
  chunk('paint.js', 'src/app/early/paint-link.ts', ['index.js', 'engine.js', 'sections.js']),
  chunk('open-link.js', 'src/app/early/open-link.ts', ['engine.js', 'app.js']),
  chunk(
    'results-view.js',
    'src/app/results/results-view.tsx',
    ['engine.js', 'sections.js', 'app.js'],
    ['results-view.css'],
  ),
  chunk('labels.js', null),
  chunk('details.js', 'src/app/results/results-details.tsx', [
    'react.js',
    'labels.js',
    'results-view.js',
  ]),
  chunk('charts.js', 'src/app/results/charts.ts', ['details.js', 'recharts.js']),
  chunk('recharts.js', null),
  chunk('growth.js', 'src/features/what-if/growth-chart.tsx', ['charts.js']),
  chunk('compare.js', 'src/features/what-if/comparison-view.tsx', ['details.js']),
];

describe('the results link preload template (issue #13)', () => {
  it('lists what the link boot, results, details and charts need, in order, beyond what the first script loads', () => {
    expect(preloadList(BUILD)).toEqual([
      'open-link.js',
      'results-view.js',
      'results-view.css',
      'details.js',
      'labels.js',
      'charts.js',
      'recharts.js',
    ]);
  });

  it.each([
    ['the details', 'src/app/results/results-details.tsx'],
    ['the charts', 'src/app/results/charts.ts'],
    ['the link boot', 'src/app/early/open-link.ts'],
    ['the results view', 'src/app/results/results-view.tsx'],
  ])('refuses a build where %s are not a chunk of their own', (_, module) => {
    const build = BUILD.map((c) =>
      c.facadeModuleId === `/repo/${module}` ? { ...c, facadeModuleId: null } : c,
    );
    expect(() => preloadList(build)).toThrow(`${module} is not a chunk of its own`);
  });

  it.each([
    ['/', 'a.js', '<link rel="modulepreload" crossorigin href="/a.js">'],
    ['/app/', 'a.js', '<link rel="modulepreload" crossorigin href="/app/a.js">'],
    ['/', 'a.css', '<link rel="preload" as="style" href="/a.css">'],
  ])('under base %s, preloads %s as %s', (base, file, link) => {
    expect(templateHtml('t', [file], base)).toBe(`<template id="t">${link}</template>`);
  });
});
