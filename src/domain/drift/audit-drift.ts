/**
 * The browser import's audit (`auditImport`, one implementation) run on the repository as it is
 * and on the decision's own files: the errors and warnings the repository has and the decision's
 * files do not are reported, on the real file paths. dagster_cloud.yaml repositories only: the
 * audit reads that format.
 */
import { auditImport } from '../import/audit';
import { MAX_FINDINGS_PER_KIND } from '../import/findings';
import { FINDING_KINDS, type Finding } from '../import/types';
import type { AgentsRead } from './agents';
import type { RepoContext } from './check-drift';
import { CODEOWNERS_PATHS } from './read-repo';
import type { DriftFinding, RepoFile } from './types';

/** The CODEOWNERS text of a repository's files, or undefined. */
const codeownersText = (files: readonly RepoFile[]): string | undefined =>
  CODEOWNERS_PATHS.map((p) => files.find((f) => f.path === p)).find((f) => f !== undefined)?.text;

const AGENT_LABEL = /^agent config (\d+)$/;

const keyOf = (f: Finding): string => `${f.id}\u0000${f.message}`;

/** Audit findings of the repository that the decision's files do not have. */
export const auditDrift = (ctx: RepoContext, agents: AgentsRead): DriftFinding[] => {
  const actualYaml = ctx.actual.config?.yamlText ?? null;
  const expectedYaml = ctx.expected.config?.yamlText ?? null;
  if (actualYaml === null || expectedYaml === null) return [];
  const withAgents = agents.actual.length > 0;
  const actual = auditImport({
    dagsterCloudYaml: actualYaml,
    agentConfigs: agents.actual.map((a) => a.text),
    ...(ctx.actual.codeowners === null
      ? {}
      : { codeowners: codeownersText(ctx.actualFiles) ?? '' }),
  });
  const baseline = auditImport({
    dagsterCloudYaml: expectedYaml,
    agentConfigs: withAgents ? agents.expected.map((a) => a.text) : [],
    ...(ctx.expected.codeowners === null
      ? {}
      : { codeowners: codeownersText(ctx.expectedFiles) ?? '' }),
  });
  const known = new Set(baseline.findings.map(keyOf));
  const fileOf = (label: string): string => {
    if (label === 'dagster_cloud.yaml') return `${ctx.prefix}${ctx.actual.config?.file ?? label}`;
    if (label === 'CODEOWNERS') return `${ctx.prefix}${ctx.actual.codeowners?.file ?? label}`;
    const m = AGENT_LABEL.exec(label);
    const agent = m === null ? undefined : agents.actual[Number(m[1]) - 1];
    return agent?.file ?? label;
  };
  const listed = actual.findings
    .filter((f) => f.severity !== 'info' && !known.has(keyOf(f)))
    .map((f) => ({
      id: f.id,
      severity: f.severity,
      title: FINDING_KINDS[f.id].title,
      file: fileOf(f.file),
      line: f.line,
      message: f.message,
      fix: f.fix,
      origin: 'audit' as const,
    }));
  // The audit builds the first MAX_FINDINGS_PER_KIND of a kind in a file and counts the rest: one
  // finding says how many more (the decision's own files never come near the cap).
  const counted = actual.more
    .filter((m) => m.severity !== 'info')
    .map((m) => {
      const title = FINDING_KINDS[m.id].title;
      return {
        id: m.id,
        severity: m.severity,
        title,
        file: fileOf(m.file),
        line: null,
        message: `${m.count.toLocaleString('en-US')} more "${title}" ${m.severity === 'error' ? 'errors' : 'warnings'} in this file are not listed: the check lists the first ${MAX_FINDINGS_PER_KIND} of a kind in a file.`,
        fix: 'Fix the ones listed and run the check again.',
        origin: 'audit' as const,
        count: m.count,
      };
    });
  return [...listed, ...counted];
};
