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
 * With a Dagster version from 1.12.11 the app writes dg files instead (dg.toml, pyproject.dg.toml),
 * which the import does not read: each of them, given as dagster_cloud.yaml, gives exactly one
 * finding naming it a dg file (no YAML error, nothing imported), and the same answers with the
 * legacy dagster_cloud.yaml chosen (`t=legacy-yaml`, what that finding advises) round-trip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbAnswers } from '../__fixtures__/arbitraries';
import { PERSONAS, withLegacyConfig } from '../__fixtures__/personas';
import { configFormatOf } from '../emitters/config-format';
import { emitAll } from '../emitters/emitters';
import type { GeneratedFile } from '../emitters/types';
import type { Answers, Project } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import { buildTopology } from '../topology/build-topology';
import { buildShareUrl } from '../url-codec/codec';
import { auditImport } from './audit';
import { importToAnswers } from './to-answers';
import type { Finding } from './types';

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

/** What the import gives back for each repository of the app's own files. */
const roundTrip = (answers: Answers): { findings: Finding[]; imported: Answers[] } => {
  const { topology, files } = generate(answers);
  const agentConfigs = files
    .filter((f) => f.repo === null && /^agents\/.*\.ya?ml$/.test(f.path))
    .map((f) => f.content);
  const findings: Finding[] = [];
  const imported = topology.repos.map((repo) => {
    const own = (name: string) => files.find((f) => f.repo === repo.name && f.path.endsWith(name));
    const yaml = own('dagster_cloud.yaml');
    const codeowners = own('CODEOWNERS');
    if (yaml === undefined) throw new Error(`no dagster_cloud.yaml for ${repo.name}`);
    const audit = auditImport({
      dagsterCloudYaml: yaml.content,
      agentConfigs,
      ...(codeowners === undefined ? {} : { codeowners: codeowners.content }),
    });
    findings.push(...audit.findings);
    if (audit.files === null) throw new Error(`${repo.name}: own dagster_cloud.yaml must parse`);
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

const expectSameAnswers = (answers: Answers): void => {
  const { files, dg } = generate(answers);
  if (dg) {
    expectDgRecognised(files);
    expectSameAnswers(withLegacyConfig(answers));
    return;
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

  it('random answers', () => {
    fc.assert(
      fc.property(arbAnswers({ minProjects: 1, maxProjects: 8 }), (answers) => {
        expectSameAnswers(answers);
      }),
      { numRuns: 150 },
    );
  });
});
