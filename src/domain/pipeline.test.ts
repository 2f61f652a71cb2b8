/**
 * The whole decision pipeline under hostile input: any fragment goes through the one decoder gate,
 * then scoring, topology and every emitter. Nothing throws, and every file still parses and passes
 * the dagster-cloud CLI's schema (issue #4).
 */
import fc from 'fast-check';
import { parseAllDocuments, parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { arbAnswers, arbHostileText, HOSTILE_NAMES } from './__fixtures__/arbitraries';
import { dagsterCloudYamlSchema } from './emitters/dagster-cloud-schema';
import { emitAll } from './emitters/emitters';
import { OPTIONAL_TARGET_IDS } from './emitters/types';
import { rankOptions } from './scoring/rank-options';
import { buildTopology } from './topology/build-topology';
import { decodeShareState, encodeShareState } from './url-codec/codec';

const SHARE_URL = 'https://advisor.example/';

/** Runs a fragment the way the app does and checks every file it would offer. */
function checkPipeline(fragment: string): number {
  const { answers, hasProjects } = decodeShareState(fragment);
  if (!hasProjects) return 0;
  const ranking = rankOptions(answers);
  const topology = buildTopology(answers, ranking.recommended, ranking.layout.layout);
  const files = emitAll(answers, topology, {
    shareUrl: `${SHARE_URL}#${encodeShareState(answers)}`,
    extraTargets: OPTIONAL_TARGET_IDS,
  });
  for (const file of files) {
    if (file.kind === 'yaml') {
      for (const doc of parseAllDocuments(file.content)) expect(doc.errors, file.path).toEqual([]);
    }
    if (file.path.endsWith('dagster_cloud.yaml')) {
      expect(dagsterCloudYamlSchema.safeParse(parse(file.content)).success, file.path).toBe(true);
    }
    if (file.path.endsWith('.json'))
      expect(() => JSON.parse(file.content) as unknown).not.toThrow();
  }
  return files.length;
}

const arbPair = fc.tuple(
  fc.oneof(
    fc.constantFrom('v', 'plan', 'agent', 'ci', 'p', 'sod', 'st', 'prod', 'share', 't'),
    arbHostileText,
  ),
  fc.oneof(
    fc.constantFrom('1', 'pro', 'starter', 'gitlab', 'execution', 'a.b.c', 'x.y.z.hv', 'terraform'),
    fc.constantFrom(...HOSTILE_NAMES).map((n) => `${n}.team.aws`),
    arbHostileText,
  ),
);

describe('the decision pipeline under hostile input', () => {
  it('never throws, and every file parses, for arbitrary fragments', () => {
    fc.assert(
      fc.property(fc.array(arbPair, { maxLength: 30 }), (pairs) => {
        const fragment = pairs
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
          .join('&');
        checkPipeline(`p=ok.team.aws&${fragment}`);
      }),
      { numRuns: 150 },
    );
  });

  it('gives parseable, schema-valid files for arbitrary valid answers with every target', () => {
    fc.assert(
      fc.property(arbAnswers({ minProjects: 1, maxProjects: 12 }), (answers) => {
        expect(checkPipeline(encodeShareState(answers))).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it.each(HOSTILE_NAMES)('keeps the hostile name %j out of every file', (name) => {
    const fragment = `p=${encodeURIComponent(name)}.team.aws&p=safe.team.aws`;
    expect(checkPipeline(fragment)).toBeGreaterThan(0);
    const { answers } = decodeShareState(fragment);
    expect(answers.projects.map((p) => p.name)).toEqual(['safe']);
  });
});
