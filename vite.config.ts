import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { createServer, defineConfig, type Plugin } from 'vite';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * The Content-Security-Policy (issue #4): no inline script, no eval, nothing from another origin.
 * React's `style={}` props set CSSOM properties, which `style-src 'self'` allows. `frame-ancestors`
 * only works as a header (a `<meta>` copy would log a console error), so the meta omits it.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
const CSP_META = CSP_DIRECTIVES.join('; ');
const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

const YAML_MODULE = /node_modules[\\/]yaml[\\/]/;
const YAML_WRITER_MODULE =
  /node_modules[\\/]yaml[\\/]browser[\\/]dist[\\/]((doc|nodes|schema|stringify)[\\/]|(errors|log|visit|util)\.js)/;

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
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
            injectTo: 'head-prepend',
          },
        ],
      };
    } finally {
      await server.close();
    }
  },
});

export default defineConfig({
  plugins: [react(), prerenderAndCsp()],
  resolve: { alias },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CSP_HEADER },
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
          // The results only write YAML; the import view also parses it. Without these groups
          // both share one chunk holding the parser (≈ 13 kB gzip the results never run).
          groups: [
            { name: 'yaml', test: YAML_WRITER_MODULE, priority: 2 },
            { name: 'yaml-parse', test: YAML_MODULE, priority: 1 },
          ],
        },
      },
    },
  },
});
