/**
 * fast-check arbitraries shared by every property test: valid names, projects and whole `Answers`,
 * plus hostile text (newlines, colons, quotes, `${{ }}`, YAML anchors, HTML) that must never reach
 * answers or a generated file.
 */
import fc from 'fast-check';

import { OPTIONAL_TARGET_IDS } from '../emitters/types';
import { VERSION_GATES } from '../versions/dagster-version';
import { PROPOSED_DAGSTER_VERSION } from '../versions/release';
import {
  AGENT_PLATFORMS,
  CI_PROVIDERS,
  DEPENDENCY_MODES,
  MAX_PROJECTS,
  NAME_PATTERN,
  PLANS,
  PRIORITY_LEVELS,
  RELEASE_MODES,
  SHARING_LEVELS,
  SOD_LEVELS,
  teamsOf,
  type Answers,
  type Project,
} from '../questionnaire/schemas';

/** A name that passes `NAME_PATTERN`: often a familiar word (so teams and computes repeat). */
export const arbName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('data', 'science', 'platform', 'aws', 'gcp', 'gpu', 'a', 'x-1', 'z_9'),
  fc.stringMatching(NAME_PATTERN),
);

/** A valid project. */
/**
 * A Dagster version answer: none stated, a release on either side of every gate, or any release.
 */
export const arbDagsterVersion: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    ...Object.values(VERSION_GATES).flatMap((since) => {
      const [major = 0, minor = 0, patch = 0] = since.split('.').map(Number);
      return [
        since,
        `${major}.${minor}.${patch + 1}`,
        patch > 0 ? `${major}.${minor}.${patch - 1}` : `${major}.${minor - 1}.99`,
      ];
    }),
    PROPOSED_DAGSTER_VERSION,
  ),
  fc
    .tuple(fc.nat(2), fc.nat(30), fc.nat(40))
    .map(([major, minor, patch]) => `${major}.${minor}.${patch}`),
);

export const arbProject: fc.Arbitrary<Project> = fc.record({
  name: arbName,
  team: arbName,
  compute: arbName,
  highVolume: fc.boolean(),
});

export type ArbAnswersOptions = {
  /** Fewest projects (default 0). */
  readonly minProjects?: number;
  /** Most projects (default 12; at most `MAX_PROJECTS`). */
  readonly maxProjects?: number;
};

/**
 * Answers that pass `answersSchema`: unique project names, `sodTeams` a distinct subset of the
 * teams that own projects (in any order).
 */
export const arbAnswers = (options: ArbAnswersOptions = {}): fc.Arbitrary<Answers> => {
  const minLength = options.minProjects ?? 0;
  const maxLength = Math.min(options.maxProjects ?? 12, MAX_PROJECTS);
  return fc
    .uniqueArray(arbProject, { minLength, maxLength, selector: (p) => p.name })
    .chain((projects) =>
      fc.record({
        plan: fc.constantFrom(...PLANS),
        agent: fc.constantFrom(...AGENT_PLATFORMS),
        ci: fc.constantFrom(...CI_PROVIDERS),
        projects: fc.constant(projects),
        sod: fc.constantFrom(...SOD_LEVELS),
        sodTeams: fc.shuffledSubarray(teamsOf({ projects })),
        prod: fc.boolean(),
        share: fc.constantFrom(...SHARING_LEVELS),
        release: fc.constantFrom(...RELEASE_MODES),
        deps: fc.constantFrom(...DEPENDENCY_MODES),
        pane: fc.constantFrom(...PRIORITY_LEVELS),
        ops: fc.constantFrom(...PRIORITY_LEVELS),
        cost: fc.constantFrom(...PRIORITY_LEVELS),
        targets: fc.subarray([...OPTIONAL_TARGET_IDS]),
        dagsterVersion: arbDagsterVersion,
      }),
    );
};

/** A Dagster version from 1.12.11, where the app writes dg files by default. */
export const arbDgVersion: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(VERSION_GATES.dgIsTheNorm, '1.12.12', PROPOSED_DAGSTER_VERSION),
  fc
    .tuple(fc.integer({ min: 13, max: 30 }), fc.nat(40))
    .map(([minor, patch]) => `1.${minor}.${patch}`),
);

/**
 * Answers whose files are dg files where they can be: a version from 1.12.11, no "legacy-yaml"
 * target, and mostly one compute environment without high-volume projects (queues route
 * locations, and routed locations keep dagster_cloud.yaml: config-format.ts).
 */
export const arbDgAnswers = (options: ArbAnswersOptions = {}): fc.Arbitrary<Answers> =>
  fc
    .tuple(arbAnswers(options), arbDgVersion, fc.boolean(), fc.nat(4))
    .map(([answers, version, keepQueues, dice]) => {
      const flat = !keepQueues || dice > 0;
      const compute = answers.projects[0]?.compute ?? 'aws';
      return {
        ...answers,
        dagsterVersion: version,
        targets: answers.targets.filter((t) => t !== 'legacy-yaml'),
        projects: flat
          ? answers.projects.map((p) => ({ ...p, compute, highVolume: false }))
          : answers.projects,
      };
    });

/**
 * Text an attacker or a careless paste could put where a name goes. None of it matches
 * `NAME_PATTERN`; each must be rejected with a message and never reach YAML, a URL or CODEOWNERS.
 */
export const HOSTILE_NAMES = [
  'ingest\nkind: Secret',
  'ingest\r\nx',
  'key: value',
  'a:b',
  '"quoted"',
  "it's",
  '${{ secrets.DAGSTER_CLOUD_API_TOKEN }}',
  '${{github.token}}',
  '&anchor',
  '*anchor',
  'a&b',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '# comment',
  '- item',
  '{a: 1}',
  '[a]',
  '|',
  '>-',
  '!!python/object',
  '%TAG',
  '@team',
  '`cmd`',
  '../../etc/passwd',
  'a/b',
  'a b',
  'Ingest',
  '1ingest',
  '_ingest',
  '',
  'a'.repeat(41),
  'ingest\u0000',
  'ingest\u202egnp.exe',
  'ingést',
  '__proto__',
] as const;

/** Any hostile or random text (including lone surrogates and control characters). */
export const arbHostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_NAMES),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 60 }),
  fc.stringMatching(NAME_PATTERN).map((s) => `${s}\n`),
);
