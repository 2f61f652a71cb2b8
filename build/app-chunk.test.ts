import { describe, expect, it } from 'vitest';

import { appOnlyModules, staticClosure } from './app-chunk';

/** A module graph shaped like the app's: static imports only (dynamic ones are not followed). */
const GRAPH: Record<string, string[]> = {
  '/repo/index.html': ['/repo/src/early.ts'],
  '/repo/src/early.ts': ['/repo/src/store/fragment.ts', '/repo/src/lib/first.ts'],
  '/repo/src/lib/first.ts': [],
  '/repo/src/store/fragment.ts': ['/repo/src/domain/questionnaire/step-ids.ts'],
  '/repo/src/domain/questionnaire/step-ids.ts': [],
  '/repo/src/main.tsx': [
    'react-dom',
    '/repo/src/app/app.tsx',
    '/repo/src/store/fragment.ts',
    '/repo/src/lib/first.ts',
    '\0vite/preload-helper.js',
  ],
  'react-dom': ['react'],
  react: [],
  '/repo/src/app/app.tsx': ['react', '/repo/src/domain/questionnaire/schemas.ts'],
  '/repo/src/domain/questionnaire/schemas.ts': ['zod'],
  zod: [],
  '\0vite/preload-helper.js': [],
  '/repo/src/app/early/paint-link.ts': [
    '/repo/src/store/fragment.ts',
    '/repo/src/domain/url-codec/codec.ts',
    '\0vite/preload-helper.js',
  ],
  '/repo/src/domain/url-codec/codec.ts': ['/repo/src/domain/questionnaire/schemas.ts'],
  '/repo/src/features/wizard/wizard.tsx': ['react', '/repo/src/app/app.tsx'],
};
const importsOf = (id: string) => GRAPH[id] ?? null;

describe("the app's chunk (issue #13)", () => {
  it('follows static imports from a root, the root included', () => {
    expect([...staticClosure('/repo/src/early.ts', importsOf)].sort()).toEqual([
      '/repo/src/domain/questionnaire/step-ids.ts',
      '/repo/src/early.ts',
      '/repo/src/lib/first.ts',
      '/repo/src/store/fragment.ts',
    ]);
  });

  it.each([
    ['the app itself', '/repo/src/main.tsx', true],
    ['React, which only the app needs', 'react-dom', true],
    ['the app shell', '/repo/src/app/app.tsx', true],
    ['what the first script needs too', '/repo/src/lib/first.ts', false],
    ['what the first script and the early paint need', '/repo/src/store/fragment.ts', false],
    [
      'what the early paint needs too (the schemas)',
      '/repo/src/domain/questionnaire/schemas.ts',
      false,
    ],
    ["the schemas' library", 'zod', false],
    ["Vite's loader, which the paint's chunk uses too", '\0vite/preload-helper.js', false],
    ['a lazy chunk of the app', '/repo/src/features/wizard/wizard.tsx', false],
    ['the early paint', '/repo/src/app/early/paint-link.ts', false],
  ])('%s: in the app chunk %s', (_, id, inApp) => {
    expect(appOnlyModules(Object.keys(GRAPH), importsOf).has(id)).toBe(inApp);
  });

  it.each([['src/main.tsx'], ['src/early.ts'], ['src/app/early/paint-link.ts']])(
    'refuses a build without %s',
    (module) => {
      const ids = Object.keys(GRAPH).filter((id) => !id.endsWith(module));
      expect(() => appOnlyModules(ids, importsOf)).toThrow(`no module ${module}`);
    },
  );
});
