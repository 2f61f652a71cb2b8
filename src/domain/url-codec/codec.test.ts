import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbAnswers, arbHostileText, HOSTILE_NAMES } from '../__fixtures__/arbitraries';
import { PERSONAS } from '../__fixtures__/personas';
import { OPTIONAL_TARGET_IDS } from '../emitters/types';
import {
  answersSchema,
  DEFAULT_ANSWERS,
  MAX_PROJECTS,
  NAME_PATTERN,
  type Answers,
} from '../questionnaire/schemas';
import {
  buildShareUrl,
  decodeShareState,
  encodeShareState,
  MAX_DISPLAY_LENGTH,
  MAX_FRAGMENT_LENGTH,
  MAX_LISTED_PROBLEMS,
  MAX_PARAMETERS,
  SHARE_FORMAT_VERSION,
} from './codec';
import { ENUM_SHARE_KEYS, SHARE_KEY_ORDER, SHARE_KEYS, shareKeysMarkdown } from './share-keys';

const answers = (overrides: Partial<Answers>): Answers => ({ ...DEFAULT_ANSWERS, ...overrides });
const keysOf = (fragment: string): string[] =>
  fragment.split('&').map((kv) => kv.split('=')[0] ?? '');
const reencode = (fragment: string): string => encodeShareState(decodeShareState(fragment).answers);

/** The example of issue #2 §3, verbatim: the public contract. */
const CONTRACT_LINK =
  '#v=1&plan=pro&agent=k8s&ci=github&p=ingest.data.main&p=train.science.gpu.hv&sod=execution&st=science&prod=1&share=some&release=independent&deps=conflicting&pane=high&ops=medium&cost=low';
const CONTRACT_ANSWERS: Answers = {
  plan: 'pro',
  agent: 'k8s',
  ci: 'github',
  projects: [
    { name: 'ingest', team: 'data', compute: 'main', highVolume: false },
    { name: 'train', team: 'science', compute: 'gpu', highVolume: true },
  ],
  sod: 'execution',
  sodTeams: ['science'],
  prod: true,
  share: 'some',
  release: 'independent',
  deps: 'conflicting',
  pane: 'high',
  ops: 'medium',
  cost: 'low',
  targets: [],
  dagsterVersion: null,
};

describe('the public contract', () => {
  it('decodes the documented example link to the documented answers', () => {
    const result = decodeShareState(CONTRACT_LINK);
    expect(result.answers).toEqual(CONTRACT_ANSWERS);
    expect(result.problems).toEqual([]);
    expect(result.hasProjects).toBe(true);
    expect(result.linkVersion).toBe(1);
  });

  it('writes exactly the documented example link for those answers', () => {
    expect(`#${encodeShareState(CONTRACT_ANSWERS)}`).toBe(CONTRACT_LINK);
  });

  it('writes every key, in the documented order, for any answers', () => {
    expect(SHARE_FORMAT_VERSION).toBe(1);
    const order = keysOf(
      encodeShareState({
        ...PERSONAS.threeTeamsNinePipelines,
        targets: [...OPTIONAL_TARGET_IDS],
      }),
    );
    const distinct = order.filter((key, i) => order[i - 1] !== key);
    expect(distinct).toEqual([...SHARE_KEY_ORDER]);
  });

  it('leaves `t` out when no optional target is chosen, so links made before it stay the same', () => {
    expect(keysOf(CONTRACT_LINK.slice(1))).not.toContain('t');
    for (const persona of Object.values(PERSONAS)) {
      expect(persona.targets).toEqual([]);
      expect(keysOf(encodeShareState(persona))).not.toContain('t');
    }
  });

  it.each([
    [['terraform'], '&t=terraform'],
    [['dg-project'], '&t=dg-project'],
    [['dg-project', 'terraform'], '&t=dg-project&t=terraform'],
  ] as const)('appends optional targets %j to the example link as %s', (targets, suffix) => {
    const chosen: Answers = { ...CONTRACT_ANSWERS, targets: [...targets] };
    expect(`#${encodeShareState(chosen)}`).toBe(`${CONTRACT_LINK}${suffix}`);
    const result = decodeShareState(`${CONTRACT_LINK}${suffix}`);
    expect(result.answers).toEqual(chosen);
    expect(result.problems).toEqual([]);
  });

  it('gives every omitted key its documented default', () => {
    const result = decodeShareState('');
    expect(result.answers).toEqual(DEFAULT_ANSWERS);
    expect(result.problems).toEqual([]);
    expect(result.hasProjects).toBe(false);
    for (const key of ENUM_SHARE_KEYS) {
      expect(SHARE_KEYS[key].defaultValue).toBe(DEFAULT_ANSWERS[key]);
    }
    expect(SHARE_KEYS.prod.defaultValue).toBe(DEFAULT_ANSWERS.prod ? '1' : '0');
    expect(DEFAULT_ANSWERS.targets).toEqual([]);
    expect(SHARE_KEYS.t.defaultValue).toBe('none');
  });

  it('documents every key, in link order, in the README table', () => {
    const lines = shareKeysMarkdown().split('\n');
    expect(lines).toHaveLength(2 + SHARE_KEY_ORDER.length);
    expect(lines.slice(2).map((line) => /^\| `([a-z]+)`/.exec(line)?.[1])).toEqual([
      ...SHARE_KEY_ORDER,
    ]);
    expect(lines).toContain('| `plan` | no | `solo \\| starter \\| pro` | pro | Dagster+ plan. |');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\| `t` \| yes \| `dg-project \\\| terraform \\\| legacy-yaml \\\| drift-check` \| none \| /,
      ),
    );
    expect(lines.at(-1)).toMatch(/^\| `dagster` \| no \| `X\.Y\.Z` \| not stated \| /);
  });

  it.each([
    ['a bare fragment', CONTRACT_LINK.slice(1)],
    ['a full URL', `https://example.test/advisor/${CONTRACT_LINK}`],
    [
      'a URL built by buildShareUrl',
      buildShareUrl('https://example.test/?x=1#old', CONTRACT_ANSWERS),
    ],
  ])('reads %s', (_label, input) => {
    expect(decodeShareState(input).answers).toEqual(CONTRACT_ANSWERS);
  });

  it('reads a URL with no fragment as the defaults', () => {
    expect(decodeShareState('https://example.test/advisor/')).toMatchObject({
      answers: DEFAULT_ANSWERS,
      problems: [],
      ignoredKeys: [],
    });
  });

  it('builds a share URL by replacing any fragment of the base', () => {
    expect(buildShareUrl('https://example.test/a?b=1#stale', DEFAULT_ANSWERS)).toBe(
      `https://example.test/a?b=1#${encodeShareState(DEFAULT_ANSWERS)}`,
    );
  });
});

describe('round trips', () => {
  it.each(Object.entries(PERSONAS))('decode(encode(%s)) gives the same answers', (_id, persona) => {
    const result = decodeShareState(encodeShareState(persona));
    expect(result.answers).toEqual(persona);
    expect(result.problems).toEqual([]);
    expect(result.ignoredKeys).toEqual([]);
    expect(result.hasProjects).toBe(persona.projects.length > 0);
  });

  it.each(Object.entries(PERSONAS))('encode(decode(x)) is stable for %s', (_id, persona) => {
    const once = encodeShareState(persona);
    expect(reencode(once)).toBe(once);
  });

  it('round-trips the longest valid link (500 projects, 40-character names, every team in st)', () => {
    const name = (prefix: string, i: number) =>
      `${prefix}${String(i).padStart(3, '0')}`.padEnd(40, 'x');
    const projects = Array.from({ length: MAX_PROJECTS }, (_, i) => ({
      name: name('p', i),
      team: name('t', i),
      compute: name('c', i),
      highVolume: true,
    }));
    const biggest = answers({
      projects,
      sod: 'confidential',
      sodTeams: projects.map((p) => p.team),
    });
    const fragment = encodeShareState(biggest);
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
    const result = decodeShareState(fragment);
    expect(result.problems).toEqual([]);
    expect(result.answers).toEqual(biggest);
  });
});

type MalformedCase = {
  label: string;
  fragment: string;
  expected: Partial<Answers>;
  /** One entry per problem, in order: the key and a phrase its reason must contain. */
  problems: readonly (readonly [key: string | null, phrase: string])[];
};
const MALFORMED_CASES: MalformedCase[] = [
  {
    label: 'an unknown plan',
    fragment: 'plan=gold',
    expected: { plan: 'pro' },
    problems: [
      ['plan', '`plan=gold` is not a plan; expected solo, starter or pro. Used the default pro.'],
    ],
  },
  {
    label: 'an enum value in the wrong case',
    fragment: 'agent=K8S&ci=github',
    expected: { agent: 'k8s' },
    problems: [['agent', 'expected k8s, ecs, docker or local']],
  },
  {
    label: 'prod that is not 0 or 1',
    fragment: 'prod=yes',
    expected: { prod: false },
    problems: [['prod', '`prod=yes` is not 0 or 1; used the default 0']],
  },
  {
    label: 'an empty value',
    fragment: 'sod=',
    expected: { sod: 'none' },
    problems: [['sod', 'is not a separation level']],
  },
  {
    label: 'a repeated single-valued key',
    fragment: 'plan=solo&plan=starter&cost=high&cost=low',
    expected: { plan: 'solo', cost: 'high' },
    problems: [
      ['plan', 'used the first (`plan=solo`) and ignored `plan=starter`'],
      ['cost', 'used the first (`cost=high`) and ignored `cost=low`'],
    ],
  },
  {
    label: 'a project with missing parts',
    fragment: 'p=ingest.data&p=ok.data.aws',
    expected: { projects: [{ name: 'ok', team: 'data', compute: 'aws', highVolume: false }] },
    problems: [['p', '`p=ingest.data` needs three parts']],
  },
  {
    label: 'a project with too many parts',
    fragment: 'p=a.b.c.hv.x',
    expected: { projects: [] },
    problems: [['p', 'has too many parts']],
  },
  {
    label: 'a project with an unknown flag',
    fragment: 'p=a.b.c.HV',
    expected: { projects: [] },
    problems: [['p', 'only "hv" (high volume) may follow']],
  },
  {
    label: 'a project with an invalid name',
    fragment: 'p=Ingest.data.aws',
    expected: { projects: [] },
    problems: [['p', 'has an invalid project name "Ingest". Use 1-40 characters']],
  },
  {
    label: 'a project with an empty team',
    fragment: 'p=ingest..aws',
    expected: { projects: [] },
    problems: [['p', 'has an empty team']],
  },
  {
    label: 'a duplicate project name',
    fragment: 'p=ingest.data.aws&p=ingest.science.gpu.hv',
    expected: { projects: [{ name: 'ingest', team: 'data', compute: 'aws', highVolume: false }] },
    problems: [['p', 'project "ingest" is already listed']],
  },
  {
    label: 'st naming a team that owns no project',
    fragment: 'p=a.data.aws&sod=access&st=finance&st=data',
    expected: {
      projects: [{ name: 'a', team: 'data', compute: 'aws', highVolume: false }],
      sod: 'access',
      sodTeams: ['data'],
    },
    problems: [['st', 'team "finance" owns no project']],
  },
  {
    label: 'st whose team was in a dropped project',
    fragment: 'p=a.data.aws&p=a.finance.aws&sod=access&st=finance',
    expected: {
      projects: [{ name: 'a', team: 'data', compute: 'aws', highVolume: false }],
      sod: 'access',
      sodTeams: [],
    },
    problems: [
      ['p', 'already listed'],
      ['st', 'team "finance" owns no project'],
    ],
  },
  {
    label: 'st repeated',
    fragment: 'p=a.data.aws&st=data&st=data',
    expected: {
      projects: [{ name: 'a', team: 'data', compute: 'aws', highVolume: false }],
      sodTeams: ['data'],
    },
    problems: [['st', 'listed more than once']],
  },
  {
    label: 'st with an invalid name',
    fragment: 'p=a.data.aws&st=Data',
    expected: {
      projects: [{ name: 'a', team: 'data', compute: 'aws', highVolume: false }],
      sodTeams: [],
    },
    problems: [['st', 'is not a valid team name']],
  },
  {
    label: 'optional targets in another order',
    fragment: 't=terraform&t=dg-project',
    expected: { targets: ['dg-project', 'terraform'] },
    problems: [],
  },
  {
    label: 'an unknown optional target',
    fragment: 't=pulumi&t=terraform&t=Terraform',
    expected: { targets: ['terraform'] },
    problems: [
      [
        't',
        '`t=pulumi` is not an optional target; expected dg-project, terraform, legacy-yaml or drift-check. Ignored.',
      ],
      ['t', '`t=Terraform` is not an optional target'],
    ],
  },
  {
    label: 'an optional target repeated',
    fragment: 't=terraform&t=dg-project&t=terraform',
    expected: { targets: ['dg-project', 'terraform'] },
    problems: [['t', '`t=terraform` is listed more than once; used it once.']],
  },
  {
    label: 'an empty optional target',
    fragment: 't=',
    expected: { targets: [] },
    problems: [['t', 'is not an optional target']],
  },
  {
    label: 'broken percent-encoding',
    fragment: 'plan=%E0%A4%A&ci=gitlab',
    expected: { plan: 'pro', ci: 'gitlab' },
    problems: [['plan', 'is not valid percent-encoding']],
  },
  {
    label: 'percent-encoded valid values',
    fragment: 'plan=%73olo&p=%69ngest.data.aws',
    expected: {
      plan: 'solo',
      projects: [{ name: 'ingest', team: 'data', compute: 'aws', highVolume: false }],
    },
    problems: [],
  },
  {
    label: 'a version from the future',
    fragment: 'v=2&plan=solo',
    expected: { plan: 'solo' },
    problems: [['v', 'made by a newer version of the app']],
  },
  {
    label: 'a version that is not a number',
    fragment: 'v=one&plan=starter',
    expected: { plan: 'starter' },
    problems: [['v', 'is not a format version']],
  },
  {
    label: 'a repeated version',
    fragment: 'v=1&v=1',
    expected: {},
    problems: [['v', '`v` appears more than once']],
  },
  {
    label: 'empty pairs and a stray question mark',
    fragment: '&&plan=solo&&?x',
    expected: { plan: 'solo' },
    problems: [],
  },
  {
    label: 'a prototype-polluting key',
    fragment: '__proto__=x&constructor=y&plan=starter',
    expected: { plan: 'starter' },
    problems: [],
  },
];

describe('malformed and tampered links', () => {
  it.each(MALFORMED_CASES)('$label', ({ fragment, expected, problems }) => {
    const result = decodeShareState(fragment);
    expect(result.answers).toEqual(answers(expected));
    expect(result.problems.map((p) => p.key)).toEqual(problems.map(([key]) => key));
    result.problems.forEach((problem, i) => {
      expect(problem.reason).toContain(problems[i]?.[1]);
    });
    expect(reencode(reencode(fragment))).toBe(reencode(fragment));
  });

  it('every key repeated: the first of each is used, every repeat reported', () => {
    const once = encodeShareState(PERSONAS.threeTeamsNinePipelines);
    const doubled = `${once}&${encodeShareState(PERSONAS.regulatedTeam)}`;
    const result = decodeShareState(doubled);
    expect(result.answers.plan).toBe(PERSONAS.threeTeamsNinePipelines.plan);
    expect(result.answers.sod).toBe('execution');
    expect(result.answers.projects.map((p) => p.name)).toEqual([
      ...PERSONAS.threeTeamsNinePipelines.projects.map((p) => p.name),
      ...PERSONAS.regulatedTeam.projects.map((p) => p.name),
    ]);
    expect(result.answers.sodTeams).toEqual(['science', 'finance']);
    const repeated = result.problems.filter((p) => p.reason.includes('appears more than once'));
    expect(repeated.map((p) => p.key)).toEqual([
      'v',
      'plan',
      'agent',
      'ci',
      'sod',
      'prod',
      'share',
      'release',
      'deps',
      'pane',
      'ops',
      'cost',
      'dagster',
    ]);
  });

  it('lists unknown keys as ignored, not as problems', () => {
    const result = decodeShareState('#plna=solo&plan=starter&utm_source=mail&plna=x&#frag');
    expect(result.answers.plan).toBe('starter');
    expect(result.problems).toEqual([]);
    expect(result.ignoredKeys).toEqual(['plna', 'utm_source', '#frag']);
  });

  it('caps the ignored keys it lists', () => {
    const many = Array.from({ length: 100 }, (_, i) => `k${i}=1`).join('&');
    expect(decodeShareState(many).ignoredKeys).toHaveLength(20);
  });

  it('lists at most MAX_LISTED_PROBLEMS problems, then counts the rest', () => {
    const bad = Array.from({ length: 200 }, (_, i) => `p=Bad${i}.x.y`).join('&');
    const { problems } = decodeShareState(bad);
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({
      key: null,
      value: '',
      reason: '…and 150 more problem(s) not listed.',
    });
  });
});

describe('hostile names never reach the answers', () => {
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  const UNPRINTABLE = /[\u0000-\u001f\u202e]/;
  it.each(HOSTILE_NAMES)('the fixture %j is indeed not a valid name', (hostile) => {
    expect(hostile).not.toMatch(NAME_PATTERN);
  });

  const placements = [
    ['project name', (h: string) => `p=${encodeURIComponent(h)}.data.aws`],
    ['team', (h: string) => `p=ingest.${encodeURIComponent(h)}.aws`],
    ['compute', (h: string) => `p=ingest.data.${encodeURIComponent(h)}`],
    ['raw, unencoded', (h: string) => `p=${h}.data.aws`],
    ['sod team', (h: string) => `p=ingest.data.aws&st=${encodeURIComponent(h)}`],
    ['plan', (h: string) => `plan=${encodeURIComponent(h)}`],
  ] as const;
  const table = HOSTILE_NAMES.flatMap((hostile) =>
    placements.map(([where, place]) => ({ hostile, where, fragment: place(hostile) })),
  );

  it.each(table)('$where: $hostile', ({ hostile, fragment }) => {
    const result = decodeShareState(fragment);
    expect(answersSchema.safeParse(result.answers).success).toBe(true);
    const names = [
      ...result.answers.projects.flatMap((p) => [p.name, p.team, p.compute]),
      ...result.answers.sodTeams,
    ];
    for (const name of names) expect(name).toMatch(NAME_PATTERN);
    if (hostile !== '')
      expect(JSON.stringify(result.answers)).not.toContain(JSON.stringify(hostile));
    // Reported, or (raw `#`, `&` starting a new fragment or pair) visibly ignored.
    expect(result.problems.length + result.ignoredKeys.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      // Shown values are short and printable: no newline, control or bidi character survives.
      expect(problem.value.length).toBeLessThanOrEqual(MAX_DISPLAY_LENGTH + 1);
      expect(problem.value).not.toMatch(UNPRINTABLE);
      expect(problem.reason).not.toMatch(UNPRINTABLE);
    }
    for (const key of result.ignoredKeys) expect(key).not.toMatch(UNPRINTABLE);
  });
});

describe('size caps', () => {
  it('refuses a 1 MB fragment at once, saying how long it is', () => {
    const huge = `v=1&plan=solo&p=${'a'.repeat(1024 * 1024)}`;
    const result = decodeShareState(huge);
    expect(result.answers).toEqual(DEFAULT_ANSWERS);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.key).toBeNull();
    expect(result.problems[0]?.reason).toContain('This link is too long: 1,048,592 characters');
  });

  it('reads a 10,000-project link up to the caps and says what it left out', () => {
    const fragment = Array.from({ length: 10_000 }, (_, i) => `p=p${i}.t.c`).join('&');
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
    const result = decodeShareState(fragment);
    expect(result.answers.projects).toHaveLength(MAX_PROJECTS);
    expect(result.answers.projects.at(-1)?.name).toBe('p499');
    expect(result.problems.map((p) => p.reason)).toEqual([
      `This link has 10,000 parameters; only the first ${MAX_PARAMETERS.toLocaleString('en-US')} were read.`,
      `This link lists ${MAX_PARAMETERS - MAX_PROJECTS} more project(s) after the first 500; at most 500 are allowed, so those were left out.`,
    ]);
  });

  it('counts broken pairs towards the parameter cap', () => {
    const { problems } = decodeShareState(Array.from({ length: 2000 }, () => '%zz=1').join('&'));
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems.at(-1)?.reason).toBe('…and 1,051 more problem(s) not listed.');
  });

  it('refuses a 10,000-project link with long names as too long', () => {
    const long = 'n'.repeat(30);
    const fragment = Array.from({ length: 10_000 }, (_, i) => `p=${long}${i}.t.c`).join('&');
    const result = decodeShareState(fragment);
    expect(result.answers.projects).toEqual([]);
    expect(result.problems[0]?.reason).toContain('This link is too long');
  });

  it('keeps exactly the first 500 of 600 projects', () => {
    const fragment = Array.from({ length: 600 }, (_, i) => `p=p${i}.t.c`).join('&');
    const result = decodeShareState(fragment);
    expect(result.answers.projects.map((p) => p.name)).toEqual(
      Array.from({ length: MAX_PROJECTS }, (_, i) => `p${i}`),
    );
    expect(result.problems).toEqual([
      {
        key: 'p',
        value: '',
        reason:
          'This link lists 100 more project(s) after the first 500; at most 500 are allowed, so those were left out.',
      },
    ]);
  });
});

describe('properties', () => {
  const pairKey = fc.oneof(fc.constantFrom(...SHARE_KEY_ORDER), arbHostileText);
  const pairValue = fc.oneof(
    fc.constantFrom('1', '0', 'pro', 'solo', 'k8s', 'none', 'high', 'a.b.c', 'a.b.c.hv', 'b'),
    arbHostileText,
  );
  const arbPairs = fc.array(fc.tuple(pairKey, pairValue), { maxLength: 40 });
  const join = (pairs: readonly (readonly [string, string])[], encode: boolean) =>
    pairs
      .map(([k, v]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`))
      .join('&');

  it('decode never throws on arbitrary strings, and its answers always pass answersSchema', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string()), (input) => {
        const result = decodeShareState(input);
        expect(answersSchema.safeParse(result.answers).success).toBe(true);
      }),
    );
  });

  it('decode never throws on arbitrary key/value lists, and encode∘decode is idempotent', () => {
    fc.assert(
      fc.property(arbPairs, fc.boolean(), (pairs, encode) => {
        const fragment = join(pairs, encode);
        const result = decodeShareState(fragment);
        expect(answersSchema.safeParse(result.answers).success).toBe(true);
        for (const problem of result.problems) expect(problem.reason.length).toBeGreaterThan(0);
        const once = encodeShareState(result.answers);
        expect(reencode(once)).toBe(once);
        expect(decodeShareState(once).problems).toEqual([]);
      }),
    );
  });

  it('round-trips arbitrary valid answers, with no problems', () => {
    fc.assert(
      fc.property(arbAnswers(), (a) => {
        const result = decodeShareState(encodeShareState(a));
        expect(result.answers).toEqual(a);
        expect(result.problems).toEqual([]);
      }),
    );
  });
});
