import { describe, expect, it } from 'vitest';

import { answersSchema, DEFAULT_ANSWERS, NEW_ANSWERS } from '../questionnaire/schemas';
import { DAGSTER_VERSION_FIELD } from '../questionnaire/steps';
import { hasFeature, VERSION_GATES } from './dagster-version';
import { PINS } from './pinned';
import { compareVersions, isDagsterVersion, PROPOSED_DAGSTER_VERSION } from './release';

describe('a Dagster release', () => {
  it.each<[string, boolean]>([
    ['1.13.7', true],
    ['0.0.0', true],
    ['1.12.11', true],
    ['1.13', false],
    ['01.13.7', false],
    ['1.13.7 ', false],
    ['v1.13.7', false],
    ['1.13.x', false],
  ])('%s is a release: %s, for the schema as for the link', (value, ok) => {
    expect(isDagsterVersion(value)).toBe(ok);
    expect(answersSchema.safeParse({ ...DEFAULT_ANSWERS, dagsterVersion: value }).success).toBe(ok);
  });

  it.each<[string, string, number]>([
    ['1.12.9', '1.12.10', -1],
    ['1.12.10', '1.12.9', 1],
    ['1.6.0', '1.5.99', 1],
    ['2.0.0', '1.99.99', 1],
    ['1.13.7', '1.13.7', 0],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it.each(Object.entries(VERSION_GATES))(
    '%s opens at %s, not before, and never without a version',
    (id, since) => {
      const gate = id as keyof typeof VERSION_GATES;
      const [major = 0, minor = 0, patch = 0] = since.split('.').map(Number);
      const before = patch > 0 ? `${major}.${minor}.${patch - 1}` : `${major}.${minor - 1}.99`;
      expect(hasFeature(since, gate)).toBe(true);
      expect(hasFeature(`${major}.${minor}.${patch + 1}`, gate)).toBe(true);
      expect(hasFeature(before, gate)).toBe(false);
      expect(hasFeature(null, gate)).toBe(false);
    },
  );

  it('starts new answers from the proposed release; links and drafts without one state none', () => {
    expect(NEW_ANSWERS).toEqual({ ...DEFAULT_ANSWERS, dagsterVersion: PROPOSED_DAGSTER_VERSION });
    expect(DEFAULT_ANSWERS.dagsterVersion).toBeNull();
    const { dagsterVersion: _, ...before } = DEFAULT_ANSWERS;
    expect(answersSchema.parse(before).dagsterVersion).toBeNull();
  });

  it('proposes the release whose dagster-cloud-action tag and image the files pin', () => {
    expect(PINS.dagsterCloudAction).toBe(`v${PROPOSED_DAGSTER_VERSION}`);
    expect(PINS.dagsterCloudCliImage).toBe(
      `ghcr.io/dagster-io/dagster-cloud-action:${PROPOSED_DAGSTER_VERSION}`,
    );
  });

  it('the wizard hint names the gates the files use', () => {
    for (const gate of ['dgIsTheNorm', 'codeLocationRunTag', 'agentQueues'] as const) {
      expect(DAGSTER_VERSION_FIELD.hint).toContain(VERSION_GATES[gate]);
    }
    expect(DAGSTER_VERSION_FIELD.hint).toContain(PROPOSED_DAGSTER_VERSION);
  });
});
