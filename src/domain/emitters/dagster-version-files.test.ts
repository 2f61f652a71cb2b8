/**
 * What the Dagster version answer does to the files (issue #10 §3), table-driven over personas and
 * versions on both sides of every gate: the config format, the CI commands, the run limits, the
 * header stamp, and that a link without the `dagster` key still gets the files it got before the
 * key existed.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { PERSONA_EMIT_CASES, VARIANT_EMIT_CASES, type EmitCase } from '../__fixtures__/emit-cases';
import { meaningDigest } from '../__fixtures__/file-digest';
import type { Answers } from '../questionnaire/schemas';
import { SCORING_MODEL_VERSION } from '../scoring/version';
import { agentsOf, buildTopology } from '../topology/build-topology';
import { decodeShareState, encodeShareState } from '../url-codec/codec';
import { PROPOSED_DAGSTER_VERSION } from '../versions/release';
import { PINS } from '../versions/pinned';
import BEFORE from './__fixtures__/files-before-dagster-version.json';
import { emitAll } from './emitters';
import { needsRunLimits } from './emit-deployment-settings';
import type { GeneratedFile } from './types';

type Case = EmitCase;

/** The golden cases of emitters.test.ts, whose files before the version answer BEFORE holds. */
const GOLDEN_CASES: Case[] = [...PERSONA_EMIT_CASES, ...VARIANT_EMIT_CASES];

const SHARE_URL = 'https://isolation-advisor.example/#case';

const emit = (c: Case, answers: Answers = c.answers): GeneratedFile[] =>
  emitAll(answers, buildTopology(answers, c.level, c.layout), { shareUrl: SHARE_URL });

const fileName = (f: GeneratedFile): string => f.path.split('/').at(-1) ?? '';

describe('a link without the dagster key', () => {
  it.each(GOLDEN_CASES)('$id: decodes to no version stated', (c) => {
    const link = encodeShareState({ ...c.answers, dagsterVersion: null });
    expect(link).not.toContain('dagster=');
    expect(decodeShareState(link).answers.dagsterVersion).toBeNull();
  });

  it.each(GOLDEN_CASES)('$id: gets the files it got before the key existed', (c) => {
    const link = encodeShareState({ ...c.answers, dagsterVersion: null });
    const files = emit(c, decodeShareState(link).answers).filter((f) => !f.path.endsWith('.md'));
    const before = (BEFORE as Record<string, Record<string, string>>)[c.id];
    expect(
      Object.fromEntries(files.map((f) => [f.path, meaningDigest(f.path, f.content)])),
    ).toEqual(before);
  });

  it.each(GOLDEN_CASES)('$id: SETUP.md says no version was stated and what one changes', (c) => {
    const setup = emit(c, { ...c.answers, dagsterVersion: null }).find(
      (f) => f.path === 'SETUP.md',
    );
    expect(setup?.content).toContain('No Dagster version is stated');
    expect(setup?.content).toContain('A version gives dg project files from 1.12.11');
  });
});

/** Versions either side of every gate, and none. */
const VERSIONS = [null, '1.5.9', '1.6.0', '1.12.8', '1.12.9', '1.12.10', '1.12.11', '1.13.7'];
const atLeast = (v: string | null, since: string): boolean => {
  if (v === null) return false;
  const [a, b] = [v, since].map((x) => x.split('.').map(Number));
  for (let i = 0; i < 3; i += 1) {
    const d = (a?.[i] ?? 0) - (b?.[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
};

const VERSION_CASES = GOLDEN_CASES.flatMap((c) =>
  VERSIONS.map((version) => ({
    ...c,
    id: `${c.id} @ ${version ?? 'none'}`,
    answers: { ...c.answers, dagsterVersion: version },
  })),
);

const queued = (c: Case): boolean =>
  agentsOf(buildTopology(c.answers, c.level, c.layout)).some((a) => a.queues.length > 0);

describe('the files follow the version', () => {
  it.each(VERSION_CASES)('$id: every file names the version it targets', (c) => {
    const stamp =
      c.answers.dagsterVersion === null
        ? 'Targets Dagster: not stated'
        : `Targets Dagster ${c.answers.dagsterVersion}.`;
    for (const f of emit(c)) {
      const head = f.content.split('\n').slice(0, 5).join('\n');
      expect(head, f.path).toContain(`scoring model v${SCORING_MODEL_VERSION}`);
      expect(head, f.path).toContain(stamp);
      expect(head, f.path).toContain(SHARE_URL);
    }
  });

  it.each(VERSION_CASES)(
    '$id: dg files from 1.12.11 unless agent queues route, dagster_cloud.yaml otherwise',
    (c) => {
      const files = emit(c);
      const dg = atLeast(c.answers.dagsterVersion, '1.12.11') && !queued(c);
      const repos = buildTopology(c.answers, c.level, c.layout).repos.length;
      expect(files.filter((f) => fileName(f) === 'dagster_cloud.yaml')).toHaveLength(
        dg ? 0 : repos,
      );
      expect(files.filter((f) => fileName(f) === 'dg.toml')).toHaveLength(dg ? repos : 0);
      const ci = files.filter((f) =>
        /dagster-cloud-deploy\.yml$|\.gitlab-ci\.yml$|CI-DEPLOY\.md$/.test(f.path),
      );
      expect(ci).toHaveLength(repos);
      for (const f of ci) {
        expect(
          f.content.includes('plus deploy start') || f.content.includes('dg-deploy-init'),
          f.path,
        ).toBe(dg);
        expect(f.content.includes('ci check'), f.path).toBe(!dg);
        expect(f.content.includes('plus deploy finish'), f.path).toBe(dg);
      }
    },
  );

  it.each(VERSION_CASES)('$id: the deployment settings cap runs per location from 1.12.9', (c) => {
    const topology = buildTopology(c.answers, c.level, c.layout);
    const settings = emit(c).filter((f) => f.path.endsWith('deployment_settings.yaml'));
    expect(settings).toHaveLength(topology.deployments.filter(needsRunLimits).length);
    for (const f of settings) {
      const limits = (
        parse(f.content) as {
          concurrency: { runs: { tag_concurrency_limits: { key: string; value: unknown }[] } };
        }
      ).concurrency.runs.tag_concurrency_limits;
      const perLocation = limits.filter((l) => l.key === 'dagster/code_location');
      const byProjectTag = limits.filter((l) => l.key === 'project');
      if (atLeast(c.answers.dagsterVersion, '1.12.9')) {
        expect(perLocation).toEqual([
          { key: 'dagster/code_location', value: { applyLimitPerUniqueValue: true }, limit: 4 },
        ]);
        expect(byProjectTag).toEqual([]);
        expect(f.content).toContain('Per-location run limits: each code location may hold 4 runs');
        expect(f.content).toContain('dagster/code_location tag every run carries since 1.12.9');
      } else {
        expect(perLocation).toEqual([]);
        expect(byProjectTag.length).toBeGreaterThan(0);
        expect(f.content).toContain('Per-location run limits need Dagster 1.12.9+');
        expect(f.content).toContain('asset tags are not run tags');
      }
    }
  });

  it.each(VERSION_CASES.filter(queued))(
    '$id: agent configs with queues say when agents are too old for them',
    (c) => {
      const agents = emit(c).filter((f) => f.path.startsWith('agents/'));
      const warned = agents.filter((f) => f.content.includes('Agent queues need agents at 1.6.0'));
      expect(warned.length > 0).toBe(!atLeast(c.answers.dagsterVersion, '1.6.0'));
    },
  );

  it.each(VERSION_CASES)(
    '$id: SETUP.md says so where CI runs the deprecated ci check at a version that deprecates it',
    (c) => {
      const files = emit(c);
      const checks = files.some(
        (f) =>
          /dagster-cloud-deploy\.yml$|\.gitlab-ci\.yml$|CI-DEPLOY\.md$/.test(f.path) &&
          f.content.includes('ci check'),
      );
      const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
      expect(setup.includes('deprecates `ci check`')).toBe(
        checks && atLeast(c.answers.dagsterVersion, '1.12.11'),
      );
    },
  );

  it.each(GOLDEN_CASES)('$id: t=legacy-yaml keeps dagster_cloud.yaml at a dg version', (c) => {
    const answers: Answers = {
      ...c.answers,
      dagsterVersion: PROPOSED_DAGSTER_VERSION,
      targets: ['legacy-yaml'],
    };
    const files = emit(c, answers);
    const repos = buildTopology(answers, c.level, c.layout).repos.length;
    expect(files.filter((f) => fileName(f) === 'dagster_cloud.yaml')).toHaveLength(repos);
    expect(files.filter((f) => fileName(f) === 'dg.toml')).toHaveLength(0);
    expect(files.find((f) => f.path === 'SETUP.md')?.content).toContain('`t=legacy-yaml`');
  });

  it.each(VERSION_CASES)('$id: only pinned dagster-cloud-action tags that exist', (c) => {
    for (const f of emit(c)) {
      for (const [, tag] of f.content.matchAll(
        /dagster-cloud-action[\w/.-]*[@:]v?(\d+\.\d+\.\d+)/g,
      )) {
        expect(`v${tag}`, f.path).toBe(PINS.dagsterCloudAction);
      }
    }
  });
});
