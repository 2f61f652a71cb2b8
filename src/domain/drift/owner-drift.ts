/**
 * CODEOWNERS: every Dagster+ and CI file the decision generates for a repository, and every code
 * location's folder, must be owned as the decision's CODEOWNERS owns it (last matching rule wins,
 * as GitHub and GitLab read it). Owners are compared by team slug: the organisation in
 * "@your-github-org/data" is a placeholder the user replaces. A file that lost its own owner line
 * and fell back to a catch-all rule is reported as such.
 */
import { compilePattern, matchCost, matchPattern } from '../import/glob-match';
import { MAX_MATCH_STEPS, ownerRuleOf, teamOf } from '../import/parse-codeowners';
import type { CodeownersRule } from '../import/types';
import type { RepoContext } from './check-drift';
import { drift } from './finding';
import type { DriftFinding } from './types';

/** The rule owning a file (last match wins); undefined when the work budget ran out. */
const fileOwner = (
  rules: readonly CodeownersRule[],
  path: string,
  budget: { left: number },
): CodeownersRule | null | undefined => {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule === undefined) continue;
    const pattern = compilePattern(rule.pattern);
    const cost = matchCost(pattern, path.length);
    if (cost > budget.left) return undefined;
    budget.left -= cost;
    if (matchPattern(pattern, path)) return rule;
  }
  return null;
};

const ownersKey = (rule: CodeownersRule | null): string =>
  rule === null
    ? ''
    : [...new Set(rule.owners.map((o) => teamOf(o) ?? o.toLowerCase()))].sort().join(' ');

const ownersText = (rule: CodeownersRule | null): string =>
  rule === null || rule.owners.length === 0 ? 'nobody' : rule.owners.join(' ');

/** A catch-all rule: it owns every file, so it is nobody's own line. */
const isCatchAll = (rule: CodeownersRule): boolean =>
  ['*', '/*', '**', '/**'].includes(rule.pattern);

/** Files and folders whose owners the decision sets, with how to name them. */
const ownedPaths = (ctx: RepoContext): { path: string; folder: boolean }[] => {
  const files = ctx.expectedFiles
    .map((f) => f.path)
    // The dg fragment is merged into pyproject.toml; its folder is checked as a location's.
    .filter((p) => !p.endsWith('pyproject.dg.toml'))
    .map((path) => ({ path, folder: false }));
  const folders = ctx.topology.deployments
    .flatMap((d) => d.agents.flatMap((a) => a.locations))
    .filter((l) => l.repo === ctx.name && l.directory !== '.' && l.directory !== '')
    .map((l) => ({ path: l.directory, folder: true }));
  const seen = new Set<string>();
  return [...files, ...folders].filter((p) => !seen.has(p.path) && seen.add(p.path));
};

/** CODEOWNERS drift of one repository. */
export const ownerDrift = (ctx: RepoContext): DriftFinding[] => {
  const wanted = ctx.expected.codeowners;
  if (wanted === null) return [];
  const have = ctx.actual.codeowners;
  if (have === null) {
    return [
      drift(
        'codeowners-missing',
        `${ctx.prefix}${wanted.file}`,
        null,
        `Repository ${ctx.name} has no CODEOWNERS, so no team has to review changes to its Dagster+ and CI files or its code locations.`,
        `Restore ${wanted.file} from the decision's files.`,
      ),
    ];
  }
  const out: DriftFinding[] = [];
  const budget = { left: MAX_MATCH_STEPS };
  for (const { path, folder } of ownedPaths(ctx)) {
    const expected = folder
      ? ownerRuleOf(wanted.rules, path)
      : fileOwner(wanted.rules, path, budget);
    if (expected === undefined || expected === null) continue;
    const actual = folder ? ownerRuleOf(have.rules, path) : fileOwner(have.rules, path, budget);
    if (actual === undefined) continue;
    if (ownersKey(actual) === ownersKey(expected)) continue;
    const what = folder ? `Folder ${path}/` : path;
    const ownLine = !isCatchAll(expected);
    const lost = actual === null || (ownLine && isCatchAll(actual));
    out.push(
      drift(
        lost ? 'owner-missing' : 'owner-changed',
        `${ctx.prefix}${have.file}`,
        actual?.line ?? null,
        `${what} has ${lost ? 'no owner line of its own' : 'other owners'} in ${have.file}: ${
          actual === null
            ? 'no rule matches it'
            : `line ${actual.line} ("${actual.pattern}") gives it to ${ownersText(actual)}`
        }, where the decision gives it to ${ownersText(expected)} ("${expected.pattern}").`,
        `Add "${expected.pattern} ${expected.owners.join(' ')}" (with your organisation) after the other rules of ${have.file}.`,
      ),
    );
  }
  return out;
};
