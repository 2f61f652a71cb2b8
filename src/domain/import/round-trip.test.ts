/**
 * Importing the app's own output gives back the same projects: for every persona, level and
 * layout, emit the files, import each repository's dagster_cloud.yaml with its CODEOWNERS and the
 * agent configs, and compare with the persona's projects.
 */
import { describe, expect, it } from 'vitest';

import { PERSONAS, withLegacyConfig } from '../__fixtures__/personas';
import { emitAll } from '../emitters/emitters';
import type { GeneratedFile } from '../emitters/types';
import { LEVEL_IDS } from '../scoring/types';
import { buildTopology, locationsOf } from '../topology/build-topology';
import { auditImport } from './audit';
import { MIGRATION_KIT } from './migration-kit';
import { readCurrentState } from './current-state';
import { planMigration } from './migration-plan';
import { DEFAULT_COMPUTE, importToAnswers } from './to-answers';

// The import reads dagster_cloud.yaml: each persona with the legacy config (its dg files hold no
// dagster_cloud.yaml to import).
const CASES = Object.entries(PERSONAS).flatMap(([id, persona]) =>
  LEVEL_IDS.flatMap((level) =>
    (['monorepo', 'multirepo'] as const).map((layout) => ({
      id,
      answers: withLegacyConfig(persona),
      level,
      layout,
    })),
  ),
);

const byName = (files: readonly GeneratedFile[], repo: string | null, name: string) =>
  files.filter((f) => f.repo === repo && f.path.endsWith(name));

describe('round trip: import(emitAll(persona)) gives back the projects', () => {
  it.each(CASES)('$id at $level, $layout', ({ answers, level, layout }) => {
    const topology = buildTopology(answers, level, layout);
    const files = emitAll(answers, topology, { shareUrl: 'https://example.test/#x' });
    const agentConfigs = files
      .filter((f) => f.repo === null && /^agents\/.*\.(yaml)$/.test(f.path))
      .map((f) => f.content);
    // The queue each project is routed to in its first deployment (what dagster_cloud.yaml says).
    const queueOf = new Map<string, string | null>();
    for (const node of locationsOf(topology)) {
      if (!queueOf.has(node.name)) queueOf.set(node.name, node.agentQueue);
    }

    const imported = topology.repos.flatMap((repo) => {
      const [yaml] = byName(files, repo.name, 'dagster_cloud.yaml');
      const [codeowners] = byName(files, repo.name, 'CODEOWNERS');
      if (yaml === undefined) throw new Error(`no dagster_cloud.yaml for ${repo.name}`);
      const audit = auditImport({
        dagsterCloudYaml: yaml.content,
        agentConfigs,
        ...(codeowners === undefined ? {} : { codeowners: codeowners.content }),
      });
      // The app's own files pass its own audit.
      expect(audit.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      if (audit.files === null) throw new Error('own output must parse');
      return importToAnswers(audit.files, answers).answers.projects;
    });

    const expected = answers.projects.map((p) => ({
      name: p.name,
      team: p.team,
      compute: queueOf.get(p.name) ?? DEFAULT_COMPUTE,
    }));
    const got = imported.map((p) => ({ name: p.name, team: p.team, compute: p.compute }));
    expect([...got].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [...expected].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it.each(CASES.filter((c) => c.layout === 'monorepo'))(
    '$id at $level: planning from its own output changes nothing',
    ({ answers, level, layout }) => {
      const topology = buildTopology(answers, level, layout);
      const files = emitAll(answers, topology, { shareUrl: 'https://example.test/#x' });
      const yaml = files.find((f) => f.path === 'dagster_cloud.yaml');
      const agentConfigs = files
        .filter((f) => f.repo === null && f.path.startsWith('agents/'))
        .map((f) => f.content);
      const audit = auditImport({ dagsterCloudYaml: yaml?.content ?? '', agentConfigs });
      if (audit.files === null) throw new Error('own output must parse');
      const steps = planMigration(
        readCurrentState(audit.files, { layout }),
        topology,
        audit.files.config,
        MIGRATION_KIT,
      );
      // Team grants cannot be read from files, so they are always listed; nothing else is.
      expect(steps.filter((s) => s.kind !== 'grant-team' && s.kind !== 'nothing-to-do')).toEqual(
        [],
      );
    },
  );
});
