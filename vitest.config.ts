import { defineConfig, mergeConfig } from 'vitest/config';

import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs', 'build/**/*.test.ts'],
      environment: 'node',
      setupFiles: ['./src/testing/setup.ts'],
      restoreMocks: true,
      // Our machines have 2 cores, often shared: the slowest component test takes about 1 s on an
      // idle one and 5 s at a load of 12. A timeout is there to stop a hang, not to time a test.
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  }),
);
