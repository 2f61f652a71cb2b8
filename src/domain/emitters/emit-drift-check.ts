/**
 * The optional drift-check target (`t=drift-check`, issue #15): a CI job that runs
 * `isolation-advisor check` on every pull request (GitHub: its own workflow file) or merge request
 * (GitLab: a job in the repository's `.gitlab-ci.yml`, see emit-gitlab-ci.ts) and fails when the
 * repository has left the decision its files' headers carry. The package is not published on npm,
 * so the job runs a tarball committed in the repository (`npm pack` in a clone of Isolation
 * Advisor gives it; it has no dependencies); ISOLATION_ADVISOR names it in one place, to switch to
 * `isolation-advisor@<version>` once published.
 */
import { ADVISOR_VERSION } from '../advisor-version';
import type { Topology, RepoNode } from '../topology/types';
import type { GitlabJob } from './gitlab-ci-schema';
import { headerLines } from './header';
import { repoFilePath } from './placement';
import { toYaml } from './to-yaml';
import type { Emitter } from './types';

/** The GitHub workflow of the check, in each repository. */
export const DRIFT_WORKFLOW_PATH = '.github/workflows/isolation-advisor-drift.yml';

/** Where the job expects the package tarball, relative to the repository root. */
export const ADVISOR_TARBALL = `./tools/isolation-advisor-${ADVISOR_VERSION}.tgz`;

/** The GitLab job of the check. */
export const DRIFT_JOB = 'isolation-advisor-drift';

/** The GitLab Code Quality report the job writes. */
export const CODE_QUALITY_REPORT = 'gl-code-quality-report.json';

/** The check's arguments for one repository: `--repo` when there are several. */
const checkArgs = (topology: Topology, repo: RepoNode): string =>
  topology.repos.length > 1 ? `check . --repo ${repo.name}` : 'check .';

/** How the job gets the tool, said in the file and in SETUP.md. */
export const DRIFT_TOOL_NOTES = [
  `The isolation-advisor package is not published on npm: run "npm pack" in a clone of Isolation Advisor`,
  `and commit the tarball as ${ADVISOR_TARBALL.slice(2)} (it has no dependencies, so npx installs it offline).`,
  `Once it is published, set ISOLATION_ADVISOR to isolation-advisor@${ADVISOR_VERSION} instead.`,
] as const;

const notes = (where: string): string[] => [
  `Runs "isolation-advisor check" on every ${where}: fails when this repository has left the decision`,
  'of the share link above (code locations, agent queues, CODEOWNERS, what the deploy pipeline builds',
  'and where it deploys). Comments, key order and keys you add are not drift.',
  ...DRIFT_TOOL_NOTES,
  'After a deliberate change, regenerate the files from the new share link: their headers carry it.',
];

/** The GitHub workflow that runs the check on pull requests, per repository. */
export const emitDriftCheck: Emitter = (answers, topology, ctx) => {
  if (answers.ci !== 'github') return [];
  return topology.repos.map((repo) => {
    const workflow = {
      name: 'Isolation Advisor drift check',
      on: { pull_request: { types: ['opened', 'synchronize', 'reopened'] } },
      permissions: { contents: 'read' },
      jobs: {
        'drift-check': {
          'runs-on': 'ubuntu-22.04',
          steps: [
            { name: 'Checkout', uses: 'actions/checkout@v4' },
            { name: 'Set up Node.js', uses: 'actions/setup-node@v4', with: { 'node-version': 20 } },
            {
              name: 'Check this repository against the decision',
              env: { ISOLATION_ADVISOR: ADVISOR_TARBALL },
              run: `npx --yes "$ISOLATION_ADVISOR" ${checkArgs(topology, repo)} --format github`,
            },
          ],
        },
      },
    };
    return {
      path: repoFilePath(topology, repo.name, DRIFT_WORKFLOW_PATH),
      repo: repo.name,
      kind: 'yaml',
      content: toYaml(workflow, headerLines(ctx, notes('pull request'))),
      description: `GitHub Actions workflow that checks ${repo.name} against the decision on every pull request.`,
    };
  });
};

/**
 * The GitLab job of the check: on merge requests, a Code Quality report for the merge request
 * widget, and the readable report in the log when the check fails.
 */
export const gitlabDriftJob = (
  topology: Topology,
  repo: RepoNode,
  mergeRequest: string,
): GitlabJob => {
  const check = `npx --yes "$ISOLATION_ADVISOR" ${checkArgs(topology, repo)}`;
  return {
    stage: 'check',
    image: 'node:20-slim',
    variables: { ISOLATION_ADVISOR: ADVISOR_TARBALL },
    rules: [{ if: mergeRequest }],
    script: [
      `${check} --format gitlab > ${CODE_QUALITY_REPORT} || { status=$?; ${check}; exit $status; }`,
    ],
    artifacts: { when: 'always', reports: { codequality: CODE_QUALITY_REPORT } },
  };
};

/** The header notes of the GitLab pipeline when it carries the check. */
export const gitlabDriftNotes = (): string[] => notes(`merge request (job ${DRIFT_JOB})`);
