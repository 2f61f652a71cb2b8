/**
 * The loading path of a share link (issue #13), written into index.html at build: an inert
 * `<template>` listing what React's results need beyond what the page's first script loads
 * itself (src/early.ts: the app, and on a results link the early paint): the link's boot and the
 * results view, which the app requests once it runs, then what the results load later by
 * themselves, one after the other (the details once the top has painted, then the charts chunk
 * with the score chart, part of the fully drawn page). src/app/early/paint-link.ts copies the
 * template into the page once the recommendation is painted, so all of it downloads while the app's
 * chunk does, instead of after it, without competing with the paint. Not the growth chart (drawn
 * when scrolled near), the zip code (on download) or the comparison (on Compare). A template's
 * content is inert, so the first screen fetches none of it; no inline script is added (the CSP
 * stays `script-src 'self'`).
 */
import type { Plugin, Rollup } from 'vite';

import { RESULTS_PRELOAD_TEMPLATE_ID } from '../src/app/early/template-id.ts';

/** What a results link needs until fully drawn beyond the first script's loads, in order. */
export const LATER_MODULES = [
  'src/app/early/open-link.ts',
  'src/app/results/results-view.tsx',
  'src/app/results/results-details.tsx',
  'src/app/results/charts.ts',
] as const;

/** What we read of a built chunk (Vite adds `viteMetadata`). */
export type BuiltChunk = {
  readonly fileName: string;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly isEntry: boolean;
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> } | undefined;
};

const normalise = (id: string | null): string => (id ?? '').replaceAll('\\', '/');

/**
 * The files (each chunk's JS, then its CSS) of `roots` and of what they import statically, depth
 * first in import order, leaving out `skip`.
 */
function closureFiles(
  chunks: readonly BuiltChunk[],
  roots: readonly BuiltChunk[],
  skip: ReadonlySet<string>,
): string[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const out: string[] = [];
  const visit = (chunk: BuiltChunk): void => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of [chunk.fileName, ...(chunk.viteMetadata?.importedCss ?? [])]) {
      if (!skip.has(file) && !out.includes(file)) out.push(file);
    }
    for (const file of chunk.imports) {
      const dep = byFile.get(file);
      if (dep !== undefined) visit(dep);
    }
  };
  for (const root of roots) visit(root);
  return out;
}

/** `closureFiles` of the chunks of `modules`, each of which must be a chunk of its own. */
export function filesFor(
  chunks: readonly BuiltChunk[],
  modules: readonly string[],
  skip: ReadonlySet<string>,
): string[] {
  const roots = modules.map((module) => {
    const chunk = chunks.find((c) => normalise(c.facadeModuleId).endsWith(module));
    if (chunk === undefined)
      throw new Error(`results-preload: ${module} is not a chunk of its own`);
    return chunk;
  });
  return closureFiles(chunks, roots, skip);
}

/**
 * The template's files: what `LATER_MODULES` need beyond what the first script loads itself (the
 * entry and its dynamic imports: the app and the early paint).
 */
export function preloadList(chunks: readonly BuiltChunk[]): string[] {
  const entry = chunks.find((c) => c.isEntry);
  if (entry === undefined) throw new Error('results-preload: no entry chunk');
  const loaded = chunks.filter((c) => c === entry || entry.dynamicImports.includes(c.fileName));
  const known = new Set(closureFiles(chunks, loaded, new Set()));
  return filesFor(chunks, LATER_MODULES, known);
}

/** One template of `<link>`s under `base`: module preloads, and style preloads for stylesheets. */
export function templateHtml(id: string, files: readonly string[], base: string): string {
  const link = (file: string): string =>
    file.endsWith('.css')
      ? `<link rel="preload" as="style" href="${base}${file}">`
      : `<link rel="modulepreload" crossorigin href="${base}${file}">`;
  return `<template id="${id}">${files.map(link).join('')}</template>`;
}

export const resultsPreload = (): Plugin => {
  let base = '/';
  return {
    name: 'isolation-advisor:results-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle: Rollup.OutputBundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return;
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const template = templateHtml(RESULTS_PRELOAD_TEMPLATE_ID, preloadList(chunks), base);
      if (!html.source.includes('</body>')) throw new Error('results-preload: no </body>');
      html.source = html.source.replace('</body>', `${template}</body>`);
    },
  };
};
