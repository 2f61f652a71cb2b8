import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const UI_LIBS = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'react-hook-form',
  '@hookform/*',
  'recharts',
  'fflate',
];

/**
 * Spreading an array into a call passes each item as an argument: past about 100,000 items (a
 * pasted file's findings, a long list) it overflows the call stack. Loop instead (`pushAll`,
 * `maxOf` in src/domain/list.ts). Spreading a literal (`...(cond ? [a] : [])`) stays allowed.
 */
const NO_SPREAD_INTO_CALLS = [
  {
    selector:
      "CallExpression[callee.property.name=/^(push|unshift|splice|concat|fromCharCode|fromCodePoint)$/] > SpreadElement:not([argument.type='ArrayExpression']):not([argument.type='ConditionalExpression'])",
    message: 'Do not spread a list into a call (stack overflow on long lists): loop, or pushAll().',
  },
  {
    selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
    message: 'Do not spread a list into Math.max/min (stack overflow on long lists): use reduce.',
  },
];

// import-x's TypeScript settings, with the resolver that knows tsconfig's `@/` alias instead of its own.
const { 'import-x/resolver': _resolver, ...IMPORT_X_TS_SETTINGS } =
  importX.flatConfigs.typescript.settings;

/** Every folder under src/features: each is a zone of its own, a new one included. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * One-way imports, as bulletproof-react draws them: app -> features -> shared (components, store,
 * lib) -> domain. A feature never imports another feature: what two features show together is
 * composed in src/app, and what they both use lives in src/components. Paths are resolved, so
 * `../features/x` is caught as surely as `@/features/x`. src/testing (test helpers) may use anything.
 */
const ZONES = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'src/domain must stay pure: it imports nothing from the rest of src.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature does not import another feature: compose them in src/app, share presentation through src/components.',
  })),
  {
    target: ['./src/features', './src/components', './src/store', './src/lib', './src/cli'],
    from: ['./src/app', './src/main.tsx', './src/early.ts'],
    message:
      'Only src/main.tsx and src/early.ts import src/app: the composition root is imported by nothing else.',
  },
  {
    target: ['./src/components', './src/store', './src/lib', './src/cli'],
    from: './src/features',
    message: 'Shared code does not import a feature: move what it needs to src/components.',
  },
  {
    target: ['./src/components', './src/lib', './src/cli'],
    from: './src/store',
    message: 'Shared presentation and the CLI do not use the store: take values as props.',
  },
  {
    target: ['./src/store', './src/lib', './src/cli'],
    from: './src/components',
    message: 'The store, lib and the CLI do not render.',
  },
];

export default defineConfig([
  globalIgnores(['dist', 'dist-cli', 'coverage', 'playwright-report', 'test-results', 'reports']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      eqeqeq: 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      curly: ['warn', 'multi-line', 'consistent'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_SPREAD_INTO_CALLS] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads the modules it follows (no-cycle) only with these extensions and parser.
      ...IMPORT_X_TS_SETTINGS,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: ZONES }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Small functions: past 150 lines a function becomes parts, or a table of per-step builders.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 150 }] },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactHooks.configs.flat['recommended-latest'], jsxA11y.flatConfigs.recommended],
    plugins: { 'react-refresh': reactRefresh },
    rules: {
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      // Every text a user or a link supplies is rendered by React, escaped; nothing as raw HTML.
      'no-restricted-syntax': [
        'error',
        ...NO_SPREAD_INTO_CALLS,
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text through React; names and links come from users.',
        },
      ],
    },
  },
  {
    // Tests and their helpers are never hot-reloaded.
    files: ['src/**/*.test.tsx', 'src/testing/**'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    // The domain wall: decisions are pure TypeScript that runs in Node and the browser.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...UI_LIBS, '@/features/*', '@/store/*', '@/components/*', '@/app/*'],
              message: 'src/domain must stay pure (no React, store, UI libraries or DOM).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'location',
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js', 'scripts/**/*.mjs', 'bench/**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
]);
