import { defineConfig, mergeConfig } from 'vitest/config';

import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: { include: ['bench/**/*.bench.ts'], environment: 'node', testTimeout: 120_000 },
  }),
);
