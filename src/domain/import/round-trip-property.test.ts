/**
 * Every file set the app generates imports back to the same answers, with no finding: answers →
 * the files of "Download all files" (the recommended level and layout, the link in each header) →
 * import of each repository's dagster_cloud.yaml with its CODEOWNERS and the agent configs →
 * answers again. The files carry every answer: what dagster_cloud.yaml, CODEOWNERS and the agent
 * configs show (names, teams, queues, platform) and, through the header link that still agrees
 * with them, what they cannot show (compute environments behind queue names, high-volume marks,
 * compliance, delivery, priorities, extra targets). Nothing is excluded. Each repository holds
 * only its own projects, so the separated teams of the others are dropped from its answers.
 *
 * With a Dagster version from 1.12.11 the app writes dg files instead (dg.toml, each project's
 * pyproject.dg.toml and build.yaml, container_context.yaml), unless locations are routed by queue:
 * the import reads them as the repository's files keyed by their paths (the zip's, repository
 * folder included), and they round-trip the same way, with no finding. A dg file pasted where
 * dagster_cloud.yaml goes still gives exactly one finding naming it and saying where it goes, and
 * the same answers with the legacy dagster_cloud.yaml chosen (`t=legacy-yaml`) round-trip too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbAnswers, arbDgAnswers } from '../__fixtures__/arbitraries';
import { PERSONAS, withDgVersion, withLegacyConfig } from '../__fixtures__/personas';
import { configFormatOf } from '../emitters/config-format';
import { emitAll } from '../emitters/emitters';
import type { GeneratedFile } from '../emitters/types';
import type { Answers, Project } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import { buildTopology } from '../topology/build-topology';
import { buildShareUrl } from '../url-codec/codec';
import { auditImport } from './audit';
import { importToAnswers } from './to-answers';
import type { Finding, ImportInput } from './types';

const APP_URL = 'https://advisor.example/isolation/';

/** The files of "Download all files" for `answers`, and whether they are dg files. */
const generate = (answers: Answers) => {
  const ranking = rankOptions(answers);
  const topology = buildTopology(answers, ranking.recommended, ranking.layout.layout);
  const files = emitAll(answers, topology, {
    shareUrl: buildShareUrl(APP_URL, answers),
    extraTargets: answers.targets,
  });
  return { topology, files, dg: configFormatOf(answers, topology).format === 'dg' };
};

/** The dg files of a repository: its workspace and each project's files, as the zip holds them. */
const DG_FILE = /(^|\/)(dg\.toml|pyproject\.dg\.toml|build\.yaml|container_context\.yaml)$/;

/** What the import gives back for each repository of the app's own files. */
const roundTrip = (answers: Answers): { findings: Finding[]; imported: Answers[] } => {
  const { topology, files, dg } = generate(answers);
  const agentConfigs = files
    .filter((f) => f.repo === null && /^agents\/.*\.ya?ml$/.test(f.path))
    .map((f) => f.content);
  const findings: Finding[] = [];
  const imported = topology.repos.map((repo) => {
    const own = (name: string) => files.find((f) => f.repo === repo.name && f.path.endsWith(name));
    const codeowners = own('CODEOWNERS');
    let config: Pick<ImportInput, 'dagsterCloudYaml' | 'dgFiles'>;
    if (dg) {
      const dgFiles = files
        .filter((f) => f.repo === repo.name && DG_FILE.test(f.path))
        .map((f) => ({ path: f.path, text: f.content }));
      expect(dgFiles.some((f) => f.path.endsWith('dg.toml'))).toBe(true);
      config = { dagsterCloudYaml: '', dgFiles };
    } else {
      const yaml = own('dagster_cloud.yaml');
      if (yaml === undefined) throw new Error(`no dagster_cloud.yaml for ${repo.name}`);
      config = { dagsterCloudYaml: yaml.content };
    }
    const audit = auditImport({
      ...config,
      agentConfigs,
      ...(codeowners === undefined ? {} : { codeowners: codeowners.content }),
    });
    findings.push(...audit.findings);
    if (audit.files === null) throw new Error(`${repo.name}: its own files must be read`);
    return importToAnswers(audit.files).answers;
  });
  return { findings, imported };
};

/** Every dg file the app wrote, given as dagster_cloud.yaml: one finding naming it, no import. */
const expectDgRecognised = (files: readonly GeneratedFile[]): void => {
  const dgFiles = files.filter((f) => /(^|\/)(dg\.toml|pyproject\.dg\.toml)$/.test(f.path));
  expect(dgFiles.length).toBeGreaterThan(0);
  for (const f of dgFiles) {
    const audit = auditImport({ dagsterCloudYaml: f.content });
    expect(audit.findings.map((x) => x.id)).toEqual(['dg-files']);
    expect(audit.files).toBeNull();
  }
};

const byName = (projects: readonly Project[]): Project[] =>
  [...projects].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** Whether the app writes dg files for `answers`. */
const writesDg = (answers: Answers): boolean => generate(answers).dg;

const expectSameAnswers = (answers: Answers): void => {
  const { files, dg } = generate(answers);
  if (dg) {
    expectDgRecognised(files);
    expectSameAnswers(withLegacyConfig(answers));
  }
  const { findings, imported } = roundTrip(answers);
  expect(findings).toEqual([]);
  // Every project once, with its team, compute environment and high-volume mark.
  expect(byName(imported.flatMap((a) => a.projects))).toEqual(byName(answers.projects));
  for (const got of imported) {
    // Every other answer as given; the separated teams that own a project of this repository.
    const teams = new Set(got.projects.map((p) => p.team));
    expect({ ...got, projects: [] }).toEqual({
      ...answers,
      projects: [],
      sodTeams: answers.sodTeams.filter((t) => teams.has(t)),
    });
  }
  // One repository: the very same answers, project order included.
  if (imported.length === 1) expect(imported[0]).toEqual(answers);
};

describe('round trip of the app’s own files: same answers, no finding', () => {
  it.each(Object.entries(PERSONAS))('%s', (_id, answers) => {
    expectSameAnswers(answers);
  });

  // With a dg version: dg files where no location is routed by queue, else dagster_cloud.yaml.
  it.each(Object.entries(PERSONAS))('%s, Dagster 1.12.11 and later', (_id, answers) => {
    expectSameAnswers(withDgVersion(answers, '1.12.11'));
    expectSameAnswers(withDgVersion(answers));
  });

  it('the dg personas are enough to matter: most of them write dg files', () => {
    const dg = Object.values(PERSONAS).filter((a) => writesDg(withDgVersion(a)));
    expect(dg.length).toBeGreaterThanOrEqual(4);
  });

  it('random answers with a version from 1.12.11 (dg files unless queues route)', () => {
    let dgRuns = 0;
    fc.assert(
      fc.property(arbDgAnswers({ minProjects: 1, maxProjects: 8 }), (answers) => {
        if (writesDg(answers)) dgRuns += 1;
        expectSameAnswers(answers);
      }),
      { numRuns: 120 },
    );
    // The property is about dg files: most runs must write them.
    expect(dgRuns).toBeGreaterThan(60);
  });

  it('random answers', () => {
    fc.assert(
      fc.property(arbAnswers({ minProjects: 1, maxProjects: 8 }), (answers) => {
        expectSameAnswers(answers);
      }),
      { numRuns: 150 },
    );
  });
});
