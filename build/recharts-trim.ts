/**
 * Imports only what our two charts use from recharts' dependencies (issue #13), without touching
 * recharts itself:
 * - `victory-vendor/d3-scale`, which recharts reads as a whole namespace (so nothing of d3-scale,
 *   d3-time or d3-time-format can be tree-shaken), becomes src/lib/recharts-scales.ts, the three
 *   scales it can pick for our axes;
 * - `use-sync-external-store/shim/with-selector`, a copy of React's `useSyncExternalStore` for
 *   React 17 and older, becomes the same hook on React's own (react-redux already uses that one).
 * Only imports made from inside recharts are redirected.
 */
import { fileURLToPath, URL } from 'node:url';
import type { Plugin } from 'vite';

const FROM_RECHARTS = /[\\/]node_modules[\\/]recharts[\\/]/;

const REDIRECTS: Readonly<Record<string, string>> = {
  'victory-vendor/d3-scale': fileURLToPath(
    new URL('../src/lib/recharts-scales.ts', import.meta.url),
  ),
  'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector.js',
};

export const rechartsTrim = (): Plugin => ({
  name: 'isolation-advisor:recharts-trim',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const target = REDIRECTS[source];
    if (target === undefined || importer === undefined || !FROM_RECHARTS.test(importer)) {
      return null;
    }
    return this.resolve(target, importer, { ...options, skipSelf: true });
  },
});
