/**
 * The scoring model's fingerprint: a hash of every scoring table and of the rankings they give a
 * fixed set of answers. Shared links carry answers, not a ranking, so an old link opens with the
 * current model and the results say which model ranked it ("scored with model vN"). For that to
 * mean something, a change to any table must come with a new SCORING_MODEL_VERSION and a
 * CHANGELOG.md section; this test fails until both are there.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { PERSONAS } from '../__fixtures__/personas';
import { EXAMPLES } from '../questionnaire/examples';
import { PLANS, type Answers } from '../questionnaire/schemas';
import { CRITERIA, GUIDE_MATRIX, LEVELS } from './criteria';
import { LAYOUT_RULES } from './layout';
import { PLAN_LIMITS, PLAN_LIMITS_SOURCE } from './plans';
import { STRONG_FIT, rankOptions } from './rank-options';
import { REQUIREMENT_IDS } from './requirements';
import { SCORING_MODEL_VERSION } from './version';
import {
  MATTERS_WEIGHT,
  NEED_WEIGHT,
  OFF_PRO_COST_BONUS,
  OPS_CAPACITY_WEIGHT,
  PRIORITY_WEIGHT,
  SOD_ACCESS_WEIGHT,
} from './weights';

/**
 * One fingerprint per model version, oldest first. When this test fails because the tables
 * changed: bump SCORING_MODEL_VERSION (version.ts), add a "## <version>" section to CHANGELOG.md
 * saying what changed and why, and add the new version's line here. Never edit an old line.
 */
const FINGERPRINTS: Readonly<Record<string, string>> = {
  '2': 'e8a6f646e9b04838',
};

/** Answers the rankings are taken for: personas and examples on every plan, with and without
 * production apart and confidential teams. Hand-written, so no library upgrade changes them. */
const PROBES: readonly Answers[] = [
  ...Object.values(PERSONAS),
  ...EXAMPLES.map((e) => e.answers),
].flatMap((a) =>
  PLANS.flatMap((plan) => [
    { ...a, plan },
    { ...a, plan, prod: !a.prod },
    { ...a, plan, sod: 'confidential' as const },
  ]),
);

/** Everything the model decides with, as data, and what it decides for the probes. */
const modelSnapshot = () => ({
  criteria: CRITERIA,
  levels: LEVELS,
  matrix: GUIDE_MATRIX,
  weights: {
    PRIORITY_WEIGHT,
    OPS_CAPACITY_WEIGHT,
    OFF_PRO_COST_BONUS,
    SOD_ACCESS_WEIGHT,
    NEED_WEIGHT,
    MATTERS_WEIGHT,
    STRONG_FIT,
  },
  requirements: REQUIREMENT_IDS,
  plans: { PLAN_LIMITS, PLAN_LIMITS_SOURCE },
  layoutRules: LAYOUT_RULES.map(({ id, layout, setBy, text }) => ({ id, layout, setBy, text })),
  rankings: PROBES.map((a) => {
    const { modelVersion: _version, ...ranking } = rankOptions(a);
    return ranking;
  }),
});

const fingerprint = (): string =>
  createHash('sha256').update(JSON.stringify(modelSnapshot())).digest('hex').slice(0, 16);

const CHANGELOG = readFileSync(new URL('./CHANGELOG.md', import.meta.url), 'utf8');
const changelogVersions = [...CHANGELOG.matchAll(/^## (\S+)$/gm)].map((m) => m[1]);

describe('scoring model version', () => {
  it('the tables and their rankings match the fingerprint recorded for this version', () => {
    expect(
      fingerprint(),
      `The scoring tables or what they rank changed. Bump SCORING_MODEL_VERSION (now ${SCORING_MODEL_VERSION}), add a CHANGELOG.md section for it and its fingerprint to FINGERPRINTS.`,
    ).toBe(FINGERPRINTS[SCORING_MODEL_VERSION]);
  });

  it('the newest fingerprint, changelog section and version agree, and no fingerprint repeats', () => {
    const versions = Object.keys(FINGERPRINTS);
    expect(versions[versions.length - 1]).toBe(SCORING_MODEL_VERSION);
    expect(changelogVersions[changelogVersions.length - 1]).toBe(SCORING_MODEL_VERSION);
    for (const version of versions) expect(changelogVersions).toContain(version);
    expect(new Set(Object.values(FINGERPRINTS)).size).toBe(versions.length);
  });

  it('rankings report the model that made them', () => {
    expect(rankOptions(PERSONAS.twoClouds).modelVersion).toBe(SCORING_MODEL_VERSION);
  });
});
