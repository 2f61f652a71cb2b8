/**
 * The whole decision pipeline under hostile input: any fragment goes through the one decoder gate,
 * then scoring, topology and every emitter. Nothing throws, and every file still parses and passes
 * its schema (issue #4): every GitHub workflow passes action-validator, every `.gitlab-ci.yml` our
 * GitLab schema and every `dagster_cloud.yaml` the dagster-cloud CLI's schema.
 */
import { validateWorkflow } from '@action-validator/core';
import fc from 'fast-check';
import { parseAllDocuments, parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { arbAnswers, arbHostileText, HOSTILE_NAMES } from './__fixtures__/arbitraries';
import { dagsterCloudYamlSchema } from './emitters/dagster-cloud-schema';
import { GITLAB_CI_PATH } from './emitters/emit-gitlab-ci';
import { gitlabCiSchema } from './emitters/gitlab-ci-schema';
import { OPTIONAL_TARGET_IDS, type GeneratedFile } from './emitters/types';
import { planFiles } from './plan/plan-files';
import type { Answers, CiProvider } from './questionnaire/schemas';
import { decodeShareState, encodeShareState } from './url-codec/codec';

const SHARE_URL = 'https://advisor.example/';

const isFile = (file: GeneratedFile, name: string) =>
  file.path === name || file.path.endsWith(`/${name}`);

/**
 * action-validator's errors for a workflow. It is WASM and the slowest check here, and many hostile
 * fragments decode to the same answers (hence byte-identical workflows), so results are kept by
 * content: validation is a pure function of the text.
 */
const workflowErrors = new Map<string, ReturnType<typeof validateWorkflow>['errors']>();
const actionValidatorErrors = (content: string) => {
  let errors = workflowErrors.get(content);
  if (errors === undefined) {
    errors = validateWorkflow(content).errors;
    workflowErrors.set(content, errors);
  }
  return errors;
};

/** How many files of each schema-checked kind a run checked, and how many repositories it had. */
type Checked = {
  files: number;
  repos: number;
  workflows: number;
  gitlabPipelines: number;
  dagsterCloudYamls: number;
  /** dg workspaces at a repository root: the dg format (1.12.11+) instead of dagster_cloud.yaml. */
  dgWorkspaces: number;
};

/** Runs a fragment the way the app does and checks every file it would offer. */
function checkPipeline(fragment: string): Checked {
  const checked: Checked = {
    files: 0,
    repos: 0,
    workflows: 0,
    gitlabPipelines: 0,
    dagsterCloudYamls: 0,
    dgWorkspaces: 0,
  };
  const decoded = decodeShareState(fragment);
  if (!decoded.hasProjects) return checked;
  // Every optional target too, whichever the fragment asked for.
  const answers = { ...decoded.answers, targets: [...OPTIONAL_TARGET_IDS] };
  const { topology, files } = planFiles(answers, {
    shareUrl: `${SHARE_URL}#${encodeShareState(answers)}`,
  });
  checked.files = files.length;
  checked.repos = topology.repos.length;
  for (const file of files) {
    if (file.kind === 'yaml') {
      for (const doc of parseAllDocuments(file.content)) expect(doc.errors, file.path).toEqual([]);
    }
    if (isFile(file, 'dagster_cloud.yaml')) {
      checked.dagsterCloudYamls += 1;
      const result = dagsterCloudYamlSchema.safeParse(parse(file.content));
      expect(result.error?.issues ?? [], file.path).toEqual([]);
    }
    if (isFile(file, 'dg.toml') && !file.path.split('/').includes('dg')) checked.dgWorkspaces += 1;
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file.path)) {
      checked.workflows += 1;
      expect(actionValidatorErrors(file.content), file.path).toEqual([]);
    }
    if (isFile(file, GITLAB_CI_PATH)) {
      checked.gitlabPipelines += 1;
      const result = gitlabCiSchema.safeParse(parse(file.content));
      expect(result.error?.issues ?? [], file.path).toEqual([]);
    }
    if (file.path.endsWith('.json'))
      expect(() => JSON.parse(file.content) as unknown).not.toThrow();
  }
  return checked;
}

/** Valid answers (every optional target chosen or not) for one CI provider. */
const arbAnswersFor = (ci: CiProvider): fc.Arbitrary<Answers> =>
  arbAnswers({ minProjects: 1, maxProjects: 12 }).map((answers) => ({ ...answers, ci }));

const arbPair = fc.tuple(
  fc.oneof(
    fc.constantFrom('v', 'plan', 'agent', 'ci', 'p', 'sod', 'st', 'prod', 'share', 't', 'dagster'),
    arbHostileText,
  ),
  fc.oneof(
    fc.constantFrom(
      '1',
      'pro',
      'starter',
      'github',
      'gitlab',
      'execution',
      'a.b.c',
      'x.y.z.hv',
      'terraform',
      'legacy-yaml',
      '1.13.7',
      '1.12.8',
    ),
    fc.constantFrom(...HOSTILE_NAMES).map((n) => `${n}.team.aws`),
    arbHostileText,
  ),
);

// Properties that run the whole pipeline (and action-validator's WASM) hundreds of times: seconds
// on a quiet machine, more on a loaded CI one, so more than Vitest's default 5 s each.
describe('the decision pipeline under hostile input', { timeout: 60_000 }, () => {
  it('never throws, and every file parses, for arbitrary fragments', () => {
    fc.assert(
      fc.property(fc.array(arbPair, { maxLength: 30 }), (pairs) => {
        const fragment = pairs
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
          .join('&');
        checkPipeline(`p=ok.team.aws&${fragment}`);
      }),
      { numRuns: 150 },
    );
  });

  it('gives parseable, schema-valid files for arbitrary valid answers with every target', () => {
    fc.assert(
      fc.property(arbAnswers({ minProjects: 1, maxProjects: 12 }), (answers) => {
        expect(checkPipeline(encodeShareState(answers)).files).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('gives action-validator-clean workflows, a deploy and a drift-check one per repository, when ci=github', () => {
    fc.assert(
      fc.property(arbAnswersFor('github'), (answers) => {
        const checked = checkPipeline(encodeShareState(answers));
        expect(checked.repos).toBeGreaterThan(0);
        // Every target is chosen: the deploy workflow and the drift-check workflow per repository.
        expect(checked.workflows).toBe(checked.repos * 2);
        expect(checked.gitlabPipelines).toBe(0);
        // One deploy configuration per repository: dagster_cloud.yaml or a dg workspace.
        expect(checked.dagsterCloudYamls + checked.dgWorkspaces).toBe(checked.repos);
      }),
      { numRuns: 30 },
    );
  });

  it('gives one schema-valid .gitlab-ci.yml per repository when ci=gitlab', () => {
    fc.assert(
      fc.property(arbAnswersFor('gitlab'), (answers) => {
        const checked = checkPipeline(encodeShareState(answers));
        expect(checked.repos).toBeGreaterThan(0);
        expect(checked.gitlabPipelines).toBe(checked.repos);
        expect(checked.workflows).toBe(0);
        // One deploy configuration per repository: dagster_cloud.yaml or a dg workspace.
        expect(checked.dagsterCloudYamls + checked.dgWorkspaces).toBe(checked.repos);
      }),
      { numRuns: 60 },
    );
  });

  it.each(HOSTILE_NAMES)('keeps the hostile name %j out of every file', (name) => {
    const fragment = `p=${encodeURIComponent(name)}.team.aws&p=safe.team.aws`;
    expect(checkPipeline(fragment).files).toBeGreaterThan(0);
    const { answers } = decodeShareState(fragment);
    expect(answers.projects.map((p) => p.name)).toEqual(['safe']);
  });
});
