import { describe, expect, it } from 'vitest';

import { PERSONAS } from '../__fixtures__/personas';
import type { Answers } from '../questionnaire/schemas';
import { GUIDE_MATRIX } from './criteria';
import { recommendLayout } from './layout';

/** Three teams on one cloud, sharing some code, releasing together, aligned dependencies. */
const base: Answers = { ...PERSONAS.twoClouds, sod: 'none' };
const oneTeam: Partial<Answers> = { projects: PERSONAS.oneTeamOneCloud.projects };

describe('recommendLayout: precedence', () => {
  it.each([
    [
      'releases together with aligned dependencies → one repository',
      {},
      'monorepo',
      ['release', 'deps'],
    ],
    [
      'independent releases → a repository per team',
      { release: 'independent' },
      'multirepo',
      ['release'],
    ],
    [
      'conflicting dependencies, some sharing → a repository per team',
      { deps: 'conflicting' },
      'multirepo',
      ['deps', 'share'],
    ],
    [
      'conflicting dependencies, no sharing → a repository per team',
      { deps: 'conflicting', share: 'none' },
      'multirepo',
      ['deps', 'share'],
    ],
    [
      'conflicting dependencies but heavy sharing → one repository',
      { deps: 'conflicting', share: 'heavy' },
      'monorepo',
      ['share'],
    ],
    [
      'heavy sharing beats independent releases → one repository',
      { share: 'heavy', release: 'independent' },
      'monorepo',
      ['share'],
    ],
    [
      'teams that must not read each other’s work → a repository per team',
      { sod: 'confidential' },
      'multirepo',
      ['sod', 'sodTeams'],
    ],
    [
      'confidentiality beats heavy sharing → a repository per team',
      { sod: 'confidential', share: 'heavy' },
      'multirepo',
      ['sod', 'sodTeams'],
    ],
    [
      'one team → one repository, even with independent releases and conflicts',
      { ...oneTeam, release: 'independent', deps: 'conflicting', share: 'none' },
      'monorepo',
      ['projects'],
    ],
    [
      'one team → one repository, even when confidential',
      { ...oneTeam, sod: 'confidential' },
      'monorepo',
      ['projects'],
    ],
  ] as const)('%s', (_label, overrides, layout, decidedBy) => {
    const recommendation = recommendLayout({ ...base, ...overrides });
    expect(recommendation.layout).toBe(layout);
    expect(recommendation.reasons[0]?.setBy).toEqual(decidedBy);
  });
});

describe('recommendLayout: reasons and the guide’s table', () => {
  it('names the answers that pointed the other way as outweighed', () => {
    const { reasons } = recommendLayout({ ...base, share: 'heavy', release: 'independent' });
    expect(reasons.map((r) => r.text)).toEqual([
      'Projects share a lot of code: one repository avoids publishing shared packages.',
      'Outweighed: teams release independently: a repository per team gives each its own CI/CD pipeline.',
    ]);
  });

  it('lists supporting answers with "Also"', () => {
    const { reasons } = recommendLayout(PERSONAS.regulatedTeam);
    expect(reasons.map((r) => r.text)).toEqual([
      "Teams must not read each other's work: a repository per team keeps code apart.",
      'Also: teams release independently: a repository per team gives each its own CI/CD pipeline.',
      'Also: dependencies conflict and little code is shared: separate repositories manage dependencies independently.',
    ]);
  });

  it.each([
    [
      'monorepo',
      {},
      ['Simple to implement', 'Facilitates code sharing between projects'],
      [
        'All projects share the same CI/CD pipeline and cannot be deployed independently',
        'Shared dependencies between projects may cause conflicts and require coordination between teams',
      ],
    ],
    [
      'multirepo',
      { release: 'independent' },
      [
        'Stronger isolation between projects and teams',
        'Each project has its own CI/CD pipeline and be deployed independently',
        'Dependencies between projects can be managed independently',
      ],
      [
        'Code sharing between projects require additional coordination to publish and reuse packages between projects',
      ],
    ],
  ] as const)('%s: the guide’s pros and cons, verbatim', (layout, overrides, pros, cons) => {
    const recommendation = recommendLayout({ ...base, ...overrides });
    expect(recommendation.layout).toBe(layout);
    expect(recommendation.pros).toEqual(pros);
    expect(recommendation.cons).toEqual(cons);
    expect(GUIDE_MATRIX.layouts[layout].pros.map((row) => row.text)).toEqual(pros);
  });
});
