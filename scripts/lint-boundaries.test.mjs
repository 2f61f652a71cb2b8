// The import zones of eslint.config.js, shown firing: ESLint's Node API lints small fixtures as if
// they sat at the given paths, with the real config (type-aware rules off: the fixtures are not on
// disk, so no TypeScript project holds them, and these rules need no types).
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** @type {ESLint} */
let eslint;
beforeAll(() => {
  eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });
});

/** The rule ids and messages ESLint reports for `code` at `filePath`. */
const lint = async (filePath, code) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
};

// Each case runs the real config, whose import rules (no-cycle, the resolver) read the modules the
// fixture imports from disk: `npx eslint .` took 290 s in a full npm test at a load of 20 on 2
// cores, and one case went past the 30 s default there. A limit to stop a hang, not to time lint.
const ESLINT_CASES = { timeout: 180_000 };

describe('feature boundaries (eslint.config.js)', ESLINT_CASES, () => {
  it.each([
    [
      'a feature importing another by alias',
      'src/features/wizard/fixture.ts',
      "import { LAYOUT_NAMES } from '@/features/results/layout-names';\n\nexport const names = LAYOUT_NAMES;\n",
      'A feature does not import another feature',
    ],
    [
      'a feature importing another by a relative path',
      'src/features/what-if/fixture.ts',
      "import { LAYOUT_NAMES } from '../results/layout-names';\n\nexport const names = LAYOUT_NAMES;\n",
      'A feature does not import another feature',
    ],
    [
      "a feature loading another's module on demand",
      'src/features/import/fixture.ts',
      "export const load = () => import('../results/layout-names');\n",
      'A feature does not import another feature',
    ],
    [
      "a feature importing another's stylesheet",
      'src/features/results/fixture.ts',
      "import '../what-if/what-if.css';\n",
      'A feature does not import another feature',
    ],
    [
      'the domain importing a feature by a relative path',
      'src/domain/scoring/fixture.ts',
      "import { LAYOUT_NAMES } from '../../features/results/layout-names';\n\nexport const names = LAYOUT_NAMES;\n",
      'src/domain must stay pure',
    ],
    [
      'the domain importing the store by alias',
      'src/domain/import/fixture.ts',
      "import { wizardStore } from '@/store/wizard-store';\n\nexport const store = wizardStore;\n",
      'src/domain must stay pure',
    ],
    [
      'a feature importing the composition root',
      'src/features/results/fixture.ts',
      "import { App } from '@/app/app';\n\nexport const app = App;\n",
      'Only src/main.tsx and src/early.ts import src/app',
    ],
    [
      "the store importing the page's first script",
      'src/store/fixture.ts',
      "import '@/early';\n\nexport const x = 1;\n",
      'Only src/main.tsx and src/early.ts import src/app',
    ],
    [
      'shared presentation importing a feature',
      'src/components/fixture.ts',
      "import { LAYOUT_NAMES } from '@/features/results/layout-names';\n\nexport const names = LAYOUT_NAMES;\n",
      'Shared code does not import a feature',
    ],
  ])('reports %s', async (_, filePath, code, message) => {
    const zones = (await lint(filePath, code)).filter((m) =>
      m.startsWith('import-x/no-restricted-paths: '),
    );
    expect(zones).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    [
      'a feature importing shared presentation, the domain and the store',
      'src/features/wizard/fixture.ts',
      "import { LEVEL_LOOKS } from '@/components/levels';\nimport { DEFAULT_ANSWERS } from '@/domain/questionnaire/schemas';\nimport { wizardStore } from '@/store/wizard-store';\n\nexport const all = [LEVEL_LOOKS, DEFAULT_ANSWERS, wizardStore];\n",
    ],
    [
      'a feature importing its own modules',
      'src/features/results/fixture.ts',
      "import { LAYOUT_NAMES } from './layout-names';\n\nexport const names = LAYOUT_NAMES;\n",
    ],
    [
      'the composition root importing two features',
      'src/app/fixture.ts',
      "import { LAYOUT_NAMES } from '@/features/results/layout-names';\nimport { ANSWER_LABELS } from '@/features/what-if/answer-labels';\n\nexport const both = [LAYOUT_NAMES, ANSWER_LABELS];\n",
    ],
  ])('allows %s', async (_, filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });

  it.each([
    // repo-layout.tsx imports layout-names.ts: importing it back closes a cycle.
    [
      'src/features/results/layout-names.ts',
      "import { RepoLayoutView } from './repo-layout';\n\nexport const view = RepoLayoutView;\n",
    ],
    // rank-options.ts imports plans.ts.
    [
      'src/domain/scoring/plans.ts',
      "import { rankOptions } from './rank-options';\n\nexport const rank = rankOptions;\n",
    ],
  ])('reports the import cycle that %s would close', async (filePath, code) => {
    expect(await lint(filePath, code)).toEqual(['import-x/no-cycle: Dependency cycle detected']);
  });
});

describe('small functions (eslint.config.js)', ESLINT_CASES, () => {
  const functionOf = (lines) =>
    `export const long = (): number => {\n${'  let n = 0;\n'.repeat(1)}${'  n += 1;\n'.repeat(lines - 4)}  return n;\n};\n`;

  it.each([
    ['src/features/results/fixture.ts', 151, ['max-lines-per-function']],
    ['src/domain/scoring/fixture.ts', 151, ['max-lines-per-function']],
    ['src/features/results/fixture.ts', 150, []],
  ])('%s: a function of %i lines gives %j', async (filePath, lines, rules) => {
    const messages = await lint(filePath, functionOf(lines));
    expect(messages.map((m) => m.split(':')[0])).toEqual(rules);
  });
});
