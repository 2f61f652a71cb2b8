import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
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
