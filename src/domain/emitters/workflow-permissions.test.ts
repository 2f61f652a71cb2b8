import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import { planFiles } from '../plan/plan-files';
import { AGENT_PLATFORMS, type Answers } from '../questionnaire/schemas';
import { WORKFLOW_PATH } from './emit-ci-workflow';

/**
 * Safe by default: the GitHub workflow's token may read the repository; comment on pull requests
 * only when the workflow runs on them (branch deployments); write packages only when it pushes
 * images to GitHub's registry. Nothing else, whatever the answers.
 */
const CASES = (Object.keys(PERSONAS) as PersonaId[]).flatMap((id) =>
  AGENT_PLATFORMS.map((agent) => ({
    name: `${id} on ${agent}`,
    answers: { ...PERSONAS[id], agent, ci: 'github' } satisfies Answers,
  })),
);

const workflowsOf = (answers: Answers) =>
  planFiles(answers, { shareUrl: 'https://isolation-advisor.example/' }).files.filter((f) =>
    f.path.endsWith(WORKFLOW_PATH),
  );

describe('GitHub workflow permissions', () => {
  it.each(CASES)(
    '$name: read contents; PR comments and packages only when the workflow needs them',
    (c) => {
      const workflows = workflowsOf(c.answers);
      expect(workflows.length).toBeGreaterThan(0);
      for (const file of workflows) {
        const workflow = parse(file.content) as {
          on: Record<string, unknown>;
          permissions: Record<string, string>;
        };
        const pushesToGhcr = file.content.includes('registry: ghcr.io');
        expect(workflow.permissions).toEqual({
          contents: 'read',
          ...('pull_request' in workflow.on ? { 'pull-requests': 'write' } : {}),
          ...(pushesToGhcr ? { packages: 'write' } : {}),
        });
      }
    },
  );
});
