/**
 * Issue #10 §2: SETUP.md opens with what the screen warns about (the same domain functions), and
 * below Pro never asks for a Pro-only step. Every persona and the issue's links, on every plan.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { ISSUE_10_LINKS, type IssueLinkId } from '../__fixtures__/issue-links';
import { PERSONAS } from '../__fixtures__/personas';
import { PLANS, type Answers, type Plan } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import { buildTopology } from '../topology/build-topology';
import { decodeShareState } from '../url-codec/codec';
import { emitAll } from './emitters';
import { fileNoticesOf, isQuiet } from './file-notices';
import { TERRAFORM_PATH } from './emit-terraform';
import { usesQueues } from './placement';

const decoded = (id: IssueLinkId): Answers => decodeShareState(ISSUE_10_LINKS[id]).answers;

const BASES: { id: string; answers: Answers }[] = [
  ...Object.entries(PERSONAS).map(([id, answers]) => ({ id, answers })),
  ...(Object.keys(ISSUE_10_LINKS) as IssueLinkId[]).map((id) => ({ id, answers: decoded(id) })),
];
const CASES = BASES.flatMap((b) =>
  PLANS.map((plan: Plan) => ({ id: `${b.id}-${plan}`, answers: { ...b.answers, plan } })),
);

/** What the app would give for these answers: the ranking, its topology and every file. */
const outcome = (answers: Answers) => {
  const ranking = rankOptions(answers);
  const topology = buildTopology(answers, ranking.recommended, ranking.layout.layout);
  const files = emitAll(answers, topology, {
    shareUrl: 'https://isolation-advisor.example/#notices',
    extraTargets: ['dg-project', 'terraform'],
  });
  const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
  return { ranking, topology, files, setup };
};

/** SETUP.md before its checklist: the part a reader sees first. */
const opening = (setup: string): string => setup.slice(0, setup.indexOf('## 1. Deployments'));

/** The checklist's steps (`- [ ]` lines and their continuation lines). */
const steps = (setup: string): string[] =>
  setup
    .split('\n## ')
    .flatMap((section) => section.split('\n- [ ] ').slice(1))
    .map((step) => step.split('\n\n')[0] ?? '');

describe('SETUP.md opens with what the results page warns about', () => {
  it.each(CASES)('$id', ({ answers }) => {
    const { ranking, topology, setup } = outcome(answers);
    const shown = ranking.levels.find((l) => l.level === ranking.recommended);
    const head = opening(setup);
    // The screen's own lists, word for word: unmet requirements of the level and plan notes.
    for (const req of shown?.unmet ?? []) expect(head).toContain(req.label);
    for (const note of ranking.planNotes) expect(head).toContain(note);
    const notices = fileNoticesOf(answers, topology);
    for (const note of [...notices.placement, ...notices.safety]) expect(head).toContain(note);
    expect(head.includes('## Read first')).toBe(!isQuiet(notices));
  });

  // A screenful: what an editor or a repository page shows before any scrolling.
  it.each(CASES)('$id: unmet requirements and plan notes in the first 40 lines', ({ answers }) => {
    const { ranking, setup } = outcome(answers);
    const shown = ranking.levels.find((l) => l.level === ranking.recommended);
    const screenful = setup.split('\n').slice(0, 40).join('\n');
    for (const text of [...(shown?.unmet ?? []).map((r) => r.label), ...ranking.planNotes]) {
      expect(screenful).toContain(text);
    }
  });
});

/** SETUP.md's "Not verified" list. */
const notVerified = (setup: string): string =>
  setup.slice(setup.indexOf('## Not verified')).split('\n## ')[0] ?? '';

describe('the Not verified list names agent queues only where a location routes by one', () => {
  it.each(CASES)('$id', ({ answers }) => {
    const { topology, setup } = outcome(answers);
    expect(notVerified(setup)).toContain('## Not verified');
    expect(notVerified(setup).includes('agent_queue')).toBe(usesQueues(topology));
  });
});

describe('below Pro, no Pro-only step', () => {
  const PRO_ONLY = [
    /Create one Dagster\+ team/,
    /\bteams? `[^`]+` (Editor|Viewer|Launcher)/,
    /override/i,
    /\bLauncher\b/,
    /agent[ _]queue/i,
    /^Create `/,
  ];
  it.each(CASES.filter((c) => c.answers.plan !== 'pro'))('$id', ({ answers }) => {
    const { files, setup } = outcome(answers);
    for (const step of steps(setup)) {
      for (const pattern of PRO_ONLY) expect(step, step).not.toMatch(pattern);
    }
    // No agent queues below Pro: no file gives a queue as the reason for anything, and
    // SETUP.md lists nothing about queues as unverified (the dg routing line is moot there).
    expect(notVerified(setup)).not.toMatch(/agent[ _]queue/i);
    for (const f of files.filter((x) => x.path.endsWith('CODEOWNERS'))) {
      expect(f.content, f.path).not.toMatch(/agent[ _]queue/i);
    }
    const tf = JSON.parse(files.find((f) => f.path === TERRAFORM_PATH)?.content ?? '{}') as {
      resource: Record<string, unknown>;
    };
    expect(tf.resource).not.toHaveProperty('dagsterplus_team');
    expect(tf.resource).not.toHaveProperty('dagsterplus_team_deployment_grant');
  });
});

describe("the issue's Starter links", () => {
  it('starterConfidential: says what hr would need instead of asking for Teams', () => {
    const { setup } = outcome(decoded('starterConfidential'));
    expect(setup).not.toContain('Create one Dagster+ team per team');
    expect(setup).not.toContain("No grant crosses a confidential team's deployments");
    expect(opening(setup)).toContain(
      'Other teams must not see the assets and runs of team hr; any access to a deployment shows all its code locations, so only separate deployments hide them.',
    );
    expect(setup).toContain(
      'Keeping `hr` apart would need Dagster+ Pro: Teams with per-location overrides, and a deployment of its own for a team whose assets others must not see.',
    );
  });

  it('starterTwoClouds: the files say the GCP project runs where the AWS agent runs', () => {
    const { files, setup } = outcome(decoded('starterTwoClouds'));
    expect(opening(setup)).toContain(
      'One agent, `prod-agent`, serves projects placed in `aws` (`ingest`, `warehouse`), `gcp` (`train`): all of them run where that agent runs, not in their own environment.',
    );
    expect(opening(setup)).toContain('which needs Dagster+ Pro (you are on Starter)');
    const agent = files.find((f) => f.path === 'agents/prod-agent/values.yaml')?.content ?? '';
    expect(agent).toContain('its projects are placed in aws, gcp, but one agent runs them all');
    expect(parse(agent)).toHaveProperty('dagsterCloud.deployments', ['prod']);
  });
});
