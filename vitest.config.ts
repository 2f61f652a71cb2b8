import { defineConfig, mergeConfig } from 'vitest/config';

import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
      environment: 'node',
      setupFiles: ['./src/testing/setup.ts'],
      restoreMocks: true,
      // Typing tests in jsdom take 1-4 s alone and over 5 s (Vitest's default) when six checkouts
      // share two cores: a time limit is not what these tests check.
      testTimeout: 20_000,
    },
  }),
);
