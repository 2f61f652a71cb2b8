/**
 * Builds the `isolation-advisor` command into one file, dist-cli/isolation-advisor.mjs, that runs
 * with plain `node` (20+): Vite's SSR build with every package bundled (zod, yaml) and only Node's
 * built-ins left external. `npm run cli -- '<link>' --out DIR` or `npx isolation-advisor …`.
 */
import { chmodSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

import { basePath } from './build/base-path.ts';

const OUT_DIR = 'dist-cli';
const OUT_FILE = 'isolation-advisor.mjs';

export default defineConfig({
  // The app's path (BASE_PATH), for the default link base in file headers (src/cli/main.ts).
  base: basePath(process.env.BASE_PATH),
  plugins: [
    {
      // So `./dist-cli/isolation-advisor.mjs` runs directly (the banner names node).
      name: 'make-cli-executable',
      writeBundle() {
        chmodSync(join(OUT_DIR, OUT_FILE), 0o755);
      },
    },
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // Bundle every dependency: the built file must not need node_modules.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/isolation-advisor.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: {
        format: 'es',
        entryFileNames: OUT_FILE,
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
