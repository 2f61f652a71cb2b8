/**
 * A file never asks for a secret it does not use (audit of issue #10): the CI file's header,
 * SETUP.md's secrets step (per repository) and the CLI summary name exactly the deployment tokens
 * the pipelines read, and every token a pipeline reads is asked for. In a repository with no
 * branch deployments (a separated team's, e.g. `dagster-payments` of the PCI link) nothing names
 * the branch-deployment token.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { ISSUE_10_LINKS } from '../__fixtures__/issue-links';
import { PERSONAS } from '../__fixtures__/personas';
import type { Answers } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import type { LevelId, RepoLayout } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import { decodeShareState } from '../url-codec/codec';
import { PROPOSED_DAGSTER_VERSION } from '../versions/release';
import { WORKFLOW_PATH } from './emit-ci-workflow';
import { GITLAB_CI_PATH } from './emit-gitlab-ci';
import { emitAll } from './emitters';
import { fileNoticesOf, noticeGroups } from './file-notices';
import { splitsCiTokens } from './safety';
import type { GeneratedFile } from './types';

type CheckedCi = 'github' | 'gitlab';

const BASES: { id: string; answers: Answers }[] = [
  ...Object.entries(PERSONAS).map(([id, answers]) => ({ id, answers })),
  ...Object.entries(ISSUE_10_LINKS).map(([id, link]) => ({
    id,
    answers: decodeShareState(link).answers,
  })),
];

/** The recommended level and layout, and agent isolation in a repository per team. */
const shapesOf = (answers: Answers): { level: LevelId; layout: RepoLayout }[] => {
  const ranking = rankOptions(answers);
  return [
    { level: ranking.recommended, layout: ranking.layout.layout },
    { level: 'agent', layout: 'multirepo' },
  ];
};

const CASES = BASES.flatMap((base) =>
  (['github', 'gitlab'] as const).flatMap((ci) =>
    [null, PROPOSED_DAGSTER_VERSION].flatMap((dagsterVersion) => {
      const answers: Answers = { ...base.answers, ci, dagsterVersion };
      return shapesOf(answers).map((shape) => ({
        id: `${base.id}-${ci}-${dagsterVersion ?? 'unversioned'}-${shape.level}-${shape.layout}`,
        answers,
        ci,
        ...shape,
      }));
    }),
  ),
);

const isComment = (line: string): boolean => line.startsWith('#');
const bodyOf = (f: GeneratedFile): string =>
  f.content
    .split('\n')
    .filter((l) => !isComment(l))
    .join('\n');
const headerOf = (f: GeneratedFile): string =>
  f.content
    .split('\n')
    .filter(isComment)
    .map((l) => l.replace(/^# ?/, ''))
    .join(' ');

/** A token's name as each provider keeps it: a GitLab variable, a GitHub environment. */
const TOKEN_NAME: Record<CheckedCi, RegExp> = {
  // `<DEPLOYMENT>` included: a placeholder is a name no file uses.
  gitlab: /DAGSTER_CLOUD_API_TOKEN_[A-Z0-9_<>]+/g,
  github: /dagster-[a-z0-9<>-]*[a-z0-9>]/g,
};

const names = (text: string, ci: CheckedCi): string[] => [
  ...new Set([...text.matchAll(TOKEN_NAME[ci])].map((m) => m[0])),
];

/** The tokens a pipeline reads: GitLab `$VARIABLE`s, GitHub jobs' `environment`s. */
const usedBy = (f: GeneratedFile, ci: CheckedCi): string[] => {
  if (ci === 'gitlab') {
    return names(bodyOf(f), 'gitlab').filter((n) => bodyOf(f).includes(`$${n}`));
  }
  const wf = parse(f.content) as { jobs: Record<string, { environment?: string }> };
  return [...new Set(Object.values(wf.jobs).flatMap((j) => names(j.environment ?? '', 'github')))];
};

/** The tokens a pipeline's header asks for. */
const askedByHeader = (f: GeneratedFile, ci: CheckedCi): string[] => {
  const header = headerOf(f);
  if (ci === 'gitlab') return names(header, 'gitlab');
  return names(/GitHub environment \(([^)]*)\)/.exec(header)?.[1] ?? '', 'github');
};

/** SETUP.md's token lines: each token with the repositories it names (all, with one repo). */
const askedBySetup = (
  setup: string,
  ci: CheckedCi,
  repos: readonly string[],
): Map<string, string[]> => {
  const asked = new Map<string, string[]>();
  const where = ci === 'gitlab' ? 'CI/CD variable `' : 'GitHub environment `';
  for (const line of setup.split('\n')) {
    const at = line.indexOf(` → ${where}`);
    if (!line.startsWith('  - [ ] ') || at < 0) continue;
    const rest = line.slice(at + ` → ${where}`.length);
    const token = rest.slice(0, rest.indexOf('`'));
    const inRepos = / in ((?:`[^`]+`(?:, )?)+);/.exec(rest)?.[1];
    asked.set(
      token,
      inRepos === undefined
        ? [...repos]
        : [...inRepos.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''),
    );
  }
  return asked;
};

describe('a file asks for the CI tokens it uses, and only those', () => {
  it('covers split and unsplit tokens, with and without branch deployments', () => {
    const split = CASES.filter((c) =>
      splitsCiTokens(c.answers, buildTopology(c.answers, c.level, c.layout)),
    );
    expect(split.length).toBeGreaterThan(0);
    expect(split.length).toBeLessThan(CASES.length);
  });

  it.each(CASES)('$id', ({ answers, ci, level, layout }) => {
    const topology = buildTopology(answers, level, layout);
    const files = emitAll(answers, topology, { shareUrl: 'https://isolation-advisor.example/#t' });
    const path = ci === 'gitlab' ? GITLAB_CI_PATH : WORKFLOW_PATH;
    const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
    const used = new Map<string, string[]>();
    for (const repo of topology.repos) {
      const pipeline = files.find((f) => f.repo === repo.name && f.path.endsWith(path));
      expect(pipeline, repo.name).toBeDefined();
      if (pipeline === undefined) continue;
      const tokens = usedBy(pipeline, ci);
      // The header names exactly what its own file reads.
      expect(askedByHeader(pipeline, ci).sort(), `${pipeline.path} header`).toEqual(
        [...tokens].sort(),
      );
      for (const t of tokens) used.set(t, [...(used.get(t) ?? []), repo.name]);
    }
    // SETUP.md: each token for exactly the repositories whose pipeline reads it.
    const repos = topology.repos.map((r) => r.name);
    expect(Object.fromEntries(askedBySetup(setup, ci, repos))).toEqual(Object.fromEntries(used));
    // No other mention of a token anywhere in SETUP.md or the CLI's summary.
    const summary = noticeGroups(answers, fileNoticesOf(answers, topology))
      .flatMap((g) => g.items)
      .join('\n');
    const branchToken =
      ci === 'gitlab' ? 'DAGSTER_CLOUD_API_TOKEN_BRANCH_DEPLOYMENTS' : 'dagster-branch-deployments';
    // (GitHub environments are named like repositories, so there only the branch token's name.)
    if (ci === 'gitlab') {
      for (const n of names(`${summary}\n${setup}`, ci)) expect([...used.keys()], n).toContain(n);
    }
    expect(setup.includes(branchToken), 'SETUP.md names the branch token').toBe(
      used.has(branchToken),
    );
    expect(summary).not.toContain(branchToken);
  });

  it("names no branch-deployment token for the PCI team's repository, which has none", () => {
    const answers = decodeShareState(`${ISSUE_10_LINKS.pciTeamAgent}&dagster=1.13.7`).answers;
    const topology = buildTopology(answers, 'agent', 'multirepo');
    const files = emitAll(answers, topology, { shareUrl: 'https://isolation-advisor.example/#t' });
    const ci = files.find((f) => f.path === `dagster-payments/${GITLAB_CI_PATH}`)?.content ?? '';
    expect(ci).toContain('DAGSTER_CLOUD_API_TOKEN_PROD');
    expect(ci).not.toContain('BRANCH_DEPLOYMENTS');
    const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
    expect(setup).toContain(
      '`DAGSTER_CLOUD_API_TOKEN_BRANCH_DEPLOYMENTS` (masked) in `dagster-growth`, `dagster-merch`;',
    );
  });
});
