/**
 * `npm run bench`: the import of every hostile file of issue #16, in Node, with the same domain
 * code the browser runs when "Check files" is pressed: the size check (limits.ts), then the audit
 * (parsers, owner matching, findings) and what the view derives from it (today's setup, the
 * projects found). A table of medians in ms per fixture, and each stage alone, so a slow case says
 * where its time goes. The browser's own figure (render included) is printed by
 * e2e/hostile-import.spec.ts; the target for both is under 1 s.
 */
import { describe, expect, it } from 'vitest';

import { HOSTILE_IMPORTS } from '../src/domain/import/__fixtures__/hostile-files';
import { auditImport } from '../src/domain/import/audit';
import { readCurrentState } from '../src/domain/import/current-state';
import { sizeProblem } from '../src/domain/import/limits';
import { parseAgentConfig } from '../src/domain/import/parse-agent-config';
import { parseCodeowners } from '../src/domain/import/parse-codeowners';
import { parseDagsterCloudYaml } from '../src/domain/import/parse-dagster-cloud-yaml';
import { importToAnswers } from '../src/domain/import/to-answers';
import type { ImportInput } from '../src/domain/import/types';
import { DEFAULT_ANSWERS } from '../src/domain/questionnaire/schemas';

const RUNS = 5;

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Median ms of `fn` over RUNS runs, after one warm-up run. */
const time = (fn: () => unknown): number => {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
};

/** What "Check files" computes: the size check, then (within the caps) the audit and its views. */
const check = (input: ImportInput): string => {
  const problem = sizeProblem(input);
  if (problem !== null) return 'refused on size';
  const audit = auditImport(input);
  if (audit.files !== null) {
    readCurrentState(audit.files);
    importToAnswers(audit.files, DEFAULT_ANSWERS);
  }
  return `${audit.findings.length.toLocaleString('en-US')} findings`;
};

const cell = (ms: number): string => ms.toFixed(1).padStart(8);

describe('hostile imports (issue #16)', () => {
  it('every hostile file: median ms of a whole check, and of each stage alone', () => {
    const rows: string[] = [];
    const cases: [string, () => ImportInput][] = [
      ...Object.entries(HOSTILE_IMPORTS),
      ['20 MB paste (refused)', () => ({ dagsterCloudYaml: 'x'.repeat(20_000_000) })],
    ];
    for (const [name, make] of cases) {
      const input = make();
      const outcome = check(input);
      const whole = time(() => check(input));
      const size = time(() => sizeProblem(input));
      const within = outcome !== 'refused on size';
      const dcy = within ? time(() => parseDagsterCloudYaml(input.dagsterCloudYaml)) : 0;
      const agents = within
        ? time(() => (input.agentConfigs ?? []).map((t) => parseAgentConfig(t)))
        : 0;
      const owners =
        within && input.codeowners !== undefined
          ? time(() => parseCodeowners(input.codeowners ?? ''))
          : 0;
      const audit = within ? time(() => auditImport(input)) : 0;
      rows.push(
        `| ${name.padEnd(42)} |${cell(whole)} |${cell(size)} |${cell(dcy)} |${cell(agents)} |${cell(owners)} |${cell(audit)} | ${outcome}`,
      );
      expect(outcome).not.toBe('');
    }
    console.log(
      [
        `bench: hostile imports, median of ${RUNS} runs in ms (Node ${process.version})`,
        `| ${'fixture'.padEnd(42)} |    check |    sizes | dagster_cloud.yaml | agents | CODEOWNERS |    audit | outcome`,
        ...rows,
      ].join('\n'),
    );
  });
});
