import { describe, expect, it } from 'vitest';

import { PERSONAS, withDgVersion } from '../__fixtures__/personas';
import { configFormatOf } from '../emitters/config-format';
import { emitAll } from '../emitters/emitters';
import type { Answers } from '../questionnaire/schemas';
import type { LevelId, RepoLayout } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import { auditImport } from './audit';
import { readCurrentState } from './current-state';
import { MIGRATION_KIT } from './migration-kit';
import { planMigration, type MigrationStep } from './migration-plan';
import { importToAnswers } from './to-answers';

type Setup = { level: LevelId; layout: RepoLayout };

/** The files "Download all files" gives for `answers` at `setup`. */
const download = (answers: Answers, { level, layout }: Setup) =>
  emitAll(answers, buildTopology(answers, level, layout), {
    shareUrl: 'https://advisor.example/',
    extraTargets: answers.targets,
  });

/** TOML or YAML text without its comment lines (the emitter's header), as a plan diff shows it. */
const body = (text: string): string =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n')
    .trim();

/** The lines of `path`'s part of a diff: whether it is new, its "+" lines and its kept lines. */
const part = (diff: string, path: string) => {
  const lines = diff.split('\n');
  const at = lines.indexOf(`+++ b/${path}`);
  if (at < 0) return null;
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => l.startsWith('--- '));
  const hunk = end < 0 ? rest : rest.slice(0, end);
  return {
    isNew: lines[at - 1] === '--- /dev/null',
    plus: hunk.filter((l) => l.startsWith('+')).map((l) => l.slice(1)),
    /** The file after the change, as far as the hunks show it, in order. */
    after: hunk.filter((l) => l.startsWith('+') || l.startsWith(' ')).map((l) => l.slice(1)),
  };
};

/**
 * Imports the dg files the app wrote for `persona` at `today`, lets `edit` play the user in the
 * wizard, and plans the way to `target`; returns the steps and the target's own download.
 */
const planFromDg = (
  persona: Answers,
  today: Setup,
  target: Setup,
  edit: (a: Answers) => Answers = (a) => a,
) => {
  const answers = withDgVersion(persona);
  const files = download(answers, today);
  const dgFiles = files
    .filter((f) =>
      /(^|\/)(dg\.toml|pyproject\.dg\.toml|build\.yaml|container_context\.yaml)$/.test(f.path),
    )
    .map((f) => ({ path: f.path, text: f.content }));
  const agentConfigs = files.filter((f) => f.path.startsWith('agents/')).map((f) => f.content);
  const audit = auditImport({ dagsterCloudYaml: '', dgFiles, agentConfigs });
  if (audit.files === null) throw new Error('own dg output must import');
  expect(audit.source).toBe('dg files');
  // The user confirms the imported projects in the wizard (teams and compute as they know them).
  const imported = importToAnswers(audit.files).answers.projects.map((p) => p.name);
  expect(imported).toEqual(answers.projects.map((p) => p.name));
  const wanted = edit(answers);
  const topology = buildTopology(wanted, target.level, target.layout);
  const steps = planMigration(
    readCurrentState(audit.files, { layout: today.layout }),
    topology,
    audit.files.config,
    MIGRATION_KIT,
    wanted,
  );
  return { steps, targetFiles: download(wanted, target), wanted, topology };
};

const addProject = (a: Answers): Answers => ({
  ...a,
  projects: [
    ...a.projects,
    { name: 'billing', team: a.projects[0]?.team ?? 'data', compute: 'aws', highVolume: false },
  ],
});

const CASES: [
  string,
  Answers,
  Setup,
  Setup,
  ((a: Answers) => Answers) | undefined,
  readonly MigrationStep['kind'][],
][] = [
  [
    'a project added in the wizard joins dg.toml with its [tool.dg.project]',
    PERSONAS.oneTeamOneCloud,
    { level: 'code-location', layout: 'monorepo' },
    { level: 'code-location', layout: 'monorepo' },
    addProject,
    ['add-location'],
  ],
  [
    'one repository split per team: each team gets the dg.toml the download holds',
    PERSONAS.independentTeams,
    { level: 'code-location', layout: 'monorepo' },
    { level: 'code-location', layout: 'multirepo' },
    undefined,
    ['create-repository', 'move-to-repository'],
  ],
  [
    'routing to agent queues: said to have no dg form, no diff',
    PERSONAS.twoClouds,
    { level: 'code-location', layout: 'monorepo' },
    { level: 'agent', layout: 'monorepo' },
    undefined,
    ['route-locations'],
  ],
];

describe('the migration plan after a dg import speaks of dg files', () => {
  it.each(CASES)('%s', (_name, persona, today, target, edit, kinds) => {
    const { steps, targetFiles, wanted, topology } = planFromDg(persona, today, target, edit);
    for (const kind of kinds) expect(steps.map((s) => s.kind)).toContain(kind);
    // Nothing in the plan diffs or asks to edit dagster_cloud.yaml, except where a step says it
    // cannot be written in dg files.
    for (const step of steps) {
      expect(step.diff ?? '').not.toContain('dagster_cloud.yaml');
      if (`${step.title} ${step.detail}`.includes('dagster_cloud.yaml')) {
        expect(step.detail).toContain('This cannot be written in dg files');
      }
    }
    // Every dg file a step creates or rewrites is the one the target's download holds.
    const byPath = new Map(targetFiles.map((f) => [f.path, f.content]));
    let compared = 0;
    for (const step of steps) {
      for (const [, path] of (step.diff ?? '').matchAll(/^\+\+\+ b\/(\S+)$/gm)) {
        if (path === undefined || !/(dg\.toml|pyproject\.dg\.toml)$/.test(path)) continue;
        if (step.kind === 'move-to-repository') continue; // this repository's dg.toml as it empties
        const want = byPath.get(path);
        expect(want, `${step.title}: ${path} is in the download`).toBeDefined();
        const got = part(step.diff ?? '', path);
        const wantLines = body(want ?? '').split('\n');
        if (got?.isNew === true) {
          // A new file is the download's, line for line.
          expect(got.plus.join('\n').trim()).toBe(body(want ?? ''));
        } else {
          // A rewrite leaves lines the download's file holds, in its order.
          let at = 0;
          for (const line of got?.after ?? []) {
            at = wantLines.indexOf(line, at) + 1;
            expect(
              at,
              `${step.title}: ${path} has "${line}" where the download has it`,
            ).toBeGreaterThan(0);
          }
          expect(got?.plus.length).toBeGreaterThan(0);
        }
        compared += 1;
      }
    }
    if (kinds.includes('route-locations')) {
      const route = steps.filter((s) => s.kind === 'route-locations');
      expect(route.length).toBeGreaterThan(0);
      for (const s of route) {
        expect(s.diff).toBeUndefined();
        expect(s.detail).toMatch(/^This cannot be written in dg files: dg \(dagster-io\/dagster @/);
        expect(s.detail).toContain('UNCERTAIN');
      }
      // The target's files keep dagster_cloud.yaml for routed locations, as the step says.
      expect(configFormatOf(wanted, topology).format).toBe('legacy');
    } else {
      expect(compared).toBeGreaterThan(0);
    }
  });

  it('a renamed location: code_location_name changes in its project file, nothing else', () => {
    const answers = withDgVersion(PERSONAS.oneTeamOneCloud);
    const files = download(answers, { level: 'code-location', layout: 'monorepo' });
    const first = answers.projects[0]?.name ?? '';
    const dgFiles = files
      .filter((f) => /(^|\/)(dg\.toml|pyproject\.dg\.toml|build\.yaml)$/.test(f.path))
      .map((f) => ({
        path: f.path,
        // Today's location name breaks the project rule (upper case): the wizard renames it.
        text: f.content.replace(
          `code_location_name = "${first}"`,
          `code_location_name = "Old_${first}"`,
        ),
      }));
    const audit = auditImport({ dagsterCloudYaml: '', dgFiles });
    if (audit.files === null) throw new Error('must import');
    const wanted = { ...answers, ...importToAnswers(audit.files).answers };
    const steps = planMigration(
      readCurrentState(audit.files),
      buildTopology(wanted, 'code-location', 'monorepo'),
      audit.files.config,
      MIGRATION_KIT,
      wanted,
    );
    const rename = steps.find((s) => s.kind === 'rename-location');
    expect(rename?.title).toBe(`Rename "Old_${first}" to "${wanted.projects[0]?.name ?? ''}"`);
    expect(rename?.detail).toMatch(
      /^Set code_location_name under each project's \[tool\.dg\.project\]/,
    );
    const changed = (rename?.diff ?? '').split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toEqual([
      `-code_location_name = "Old_${first}"`,
      `+code_location_name = "${wanted.projects[0]?.name ?? ''}"`,
    ]);
    expect(rename?.diff).toMatch(/^--- a\/\S+\/pyproject\.dg\.toml$/m);
  });
});
