import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { createServer, defineConfig, type Plugin } from 'vite';

import { appChunk } from './build/app-chunk.ts';
import { basePath } from './build/base-path.ts';
import { rechartsTrim } from './build/recharts-trim.ts';
import { resultsPreload } from './build/results-preload.ts';
import {
  HOST_FILES,
  metaContentSecurityPolicy,
  netlifyHeaders,
  nginxHeaders,
  securityHeaders,
} from './build/security-headers.ts';
import { serviceWorker } from './build/service-worker.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/** The app's chunk: everything src/main.tsx imports statically but the early paint (issue #13). */
const app = appChunk();

/** Where the app is served (BASE_PATH, issue #14; default `/`): see build/base-path.ts. */
const base = basePath(process.env.BASE_PATH);

/**
 * Stands in the CSP `<meta>` for the inlined stylesheet's hash until the bundle is written (the
 * CSS is not final before). The policy itself is build/security-headers.ts.
 */
const STYLE_HASH_SLOT = 'sha256-style-hash-slot';

const YAML_MODULE = /node_modules[\\/]yaml[\\/]/;

const FIRST_SCREEN_PLACEHOLDER = '<!--first-screen-->';

/**
 * At build only: puts the server-rendered first screen (src/app/prerender.tsx) into `#root`, so it
 * paints before any JavaScript runs (main.tsx hydrates it), and adds the CSP as a `<meta>` (in dev,
 * Vite injects inline scripts for hot reload, so the dev server gets no CSP).
 */
const prerenderAndCsp = (): Plugin => ({
  name: 'isolation-advisor:prerender-and-csp',
  apply: 'build',
  async transformIndexHtml(html) {
    if (!html.includes(FIRST_SCREEN_PLACEHOLDER)) {
      throw new Error(`index.html lost its ${FIRST_SCREEN_PLACEHOLDER} placeholder`);
    }
    const server = await createServer({
      configFile: false,
      root: fileURLToPath(new URL('.', import.meta.url)),
      plugins: [react()],
      resolve: { alias },
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    try {
      const module = await server.ssrLoadModule('/src/app/prerender.tsx');
      const render = module.renderFirstScreen as () => string;
      return {
        html: html.replace(FIRST_SCREEN_PLACEHOLDER, render()),
        tags: [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              content: metaContentSecurityPolicy(STYLE_HASH_SLOT),
            },
            injectTo: 'head-prepend',
          },
        ],
      };
    } finally {
      await server.close();
    }
  },
});

/** The app's own chunk: the first screen's markup, hydrated by React, is styled by its CSS. */
const APP_MODULE = /[\\/]src[\\/]main\.tsx$/;

/**
 * At build only: the first screen's stylesheet goes inline into index.html, allowed by its hash in
 * the CSP, so the prerendered first screen paints without waiting for a render-blocking request
 * (Lighthouse mobile LCP). That stylesheet is the CSS of the page's first script and of the app's
 * chunk (src/main.tsx), which the first script loads (src/early.ts). No inline script is added:
 * scripts stay `'self'` only. With the hash known, the host files that send the same policy as a
 * header are written next to index.html (docs/hosting/).
 */
const inlineFirstScreenCss = (): Plugin => ({
  name: 'isolation-advisor:inline-first-screen-css',
  apply: 'build',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const html = bundle['index.html'];
    if (html?.type !== 'asset' || typeof html.source !== 'string') return;
    const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
    const app = chunks.find((c) => c.moduleIds.some((id) => APP_MODULE.test(id)));
    if (app === undefined) throw new Error('inline-first-screen-css: no chunk for src/main.tsx');
    const files = [
      ...new Set(
        chunks
          .filter((c) => c.isEntry || c === app)
          .flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]),
      ),
    ];
    const sources = files.map((file) => {
      const css = bundle[file];
      if (css?.type !== 'asset' || typeof css.source !== 'string') {
        throw new Error(`inline-first-screen-css: the stylesheet ${file} was not found`);
      }
      return css.source;
    });
    if (sources.length === 0)
      throw new Error('inline-first-screen-css: the first screen has no CSS');
    const style = sources.join('');
    const hash = `sha256-${createHash('sha256').update(style).digest('base64')}`;
    if (!html.source.includes(STYLE_HASH_SLOT)) {
      throw new Error('inline-first-screen-css: the CSP meta was not found');
    }
    if (!html.source.includes('</head>')) throw new Error('inline-first-screen-css: no </head>');
    // The disabled links are never fetched; they only tell Vite's preload helper, which looks for
    // stylesheet links, that the chunks need not load these stylesheets again.
    const links = files.map((file) => `<link rel="stylesheet" href="${base}${file}" disabled>`);
    html.source = html.source
      .replace(
        new RegExp(`<link rel="stylesheet" crossorigin href="${base}assets/[^"]+\\.css">`, 'g'),
        '',
      )
      .replace('</head>', `<style>${style}</style>${links.join('')}</head>`)
      .replace(STYLE_HASH_SLOT, hash);
    this.emitFile({
      type: 'asset',
      fileName: HOST_FILES.netlify,
      source: netlifyHeaders(base, hash),
    });
    this.emitFile({ type: 'asset', fileName: HOST_FILES.nginx, source: nginxHeaders(hash) });
  },
});

/**
 * `vite preview` sends the headers a host would (build/security-headers.ts), with the built page's
 * own stylesheet hash, read from the CSP `<meta>` of the index.html it serves.
 */
const previewHeaders = (): Plugin => {
  let outDir = 'dist';
  return {
    name: 'isolation-advisor:preview-headers',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      const built = join(outDir, 'index.html');
      const styleHash = existsSync(built)
        ? (/style-src &#39;self&#39; &#39;(sha256-[^&]+)&#39;/.exec(
            readFileSync(built, 'utf8'),
          )?.[1] ?? null)
        : null;
      const headers = securityHeaders(styleHash);
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of headers) res.setHeader(name, value);
        next();
      });
    },
  };
};

export default defineConfig({
  base,
  plugins: [
    react(),
    app.plugin,
    // recharts' dependencies: only what the growth chart uses (issue #13).
    rechartsTrim(),
    prerenderAndCsp(),
    inlineFirstScreenCss(),
    // The loading path of a results link, as two inert templates in index.html (issue #13).
    resultsPreload(),
    // Writes sw.js once the build is on disk (offline use, issue #14).
    serviceWorker(),
    previewHeaders(),
  ],
  resolve: { alias },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: scripts/size.mjs reads it to know which chunks each screen needs.
    manifest: true,
    // Every browser that runs es2022 modules but Safari < 17 preloads modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // yaml's modules have no side effects; saying so lets the results drop its parser.
      treeshake: { moduleSideEffects: [{ test: YAML_MODULE, sideEffects: false }] },
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          // The results write YAML with our own writer (src/domain/emitters/yaml-writer.ts), so
          // the yaml library is the import view's alone: one chunk it loads with the import.
          groups: [
            { name: 'yaml', test: YAML_MODULE, priority: 1 },
            {
              // Scoring, topology and the link decoder: what a share link needs before anything
              // shows, in one request; with their two one-line `types` modules, the recommended
              // topology (the results and the migration plan use it) and the scroll region every
              // results section uses, which were chunks of their own (each split costs gzip
              // bytes and a request).
              name: 'engine',
              test: /src[\\/]domain[\\/](scoring[\\/](rank-options|criteria|weights|requirements|layout|plans|busy-neighbours|types)|topology[\\/](build-topology|types)|plan[\\/]recommended-topology|url-codec[\\/](codec|share-keys|migrations)|text[\\/]display|list)\.ts/,
              priority: 1,
            },
            { ...app.group, priority: 0 },
          ],
        },
      },
    },
  },
});
