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
    },
  }),
);
