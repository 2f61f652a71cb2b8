/**
 * Reads a GitHub/GitLab CODEOWNERS file into rules (pattern → owners, team slugs from
 * "@org/team") and answers "which team owns this folder" with CODEOWNERS semantics: the last
 * matching rule wins. Patterns follow the gitignore rules CODEOWNERS uses, simplified to what a
 * folder lookup needs, matched in linear time within a work budget (glob-match.ts). Never throws.
 */
import { finding, type FindingCap } from './findings';
import { compilePattern, matchCost, matchPattern, type CompiledPattern } from './glob-match';
import type { CodeownersRule, Finding, ParseOutcome } from './types';

/** Team slug of an owner ("@acme/data-eng" → "data-eng"), or null for users and e-mails. */
export const teamOf = (owner: string): string | null => {
  const m = /^@[^/\s]+\/([^/\s]+)$/.exec(owner);
  return m?.[1] ?? null;
};

/**
 * Parses CODEOWNERS text; comments, blank lines and GitLab `[Section]` headers are skipped. With a
 * `cap`, findings past it are counted there, not built.
 */
export const parseCodeowners = (
  text: string,
  file = 'CODEOWNERS',
  cap?: FindingCap,
): ParseOutcome<readonly CodeownersRule[]> => {
  const rules: CodeownersRule[] = [];
  const findings: Finding[] = [];
  // A loop with no regular expression a line needs not (130,000 lines is one paste).
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i] ?? '';
    const line = (rawLine.includes('#') ? rawLine.replace(/(^|\s)#.*$/, '') : rawLine).trim();
    if (line === '') continue;
    if ((line.startsWith('[') || line.startsWith('^')) && /^\^?\[[^\]]*\]/.test(line)) continue;
    const parts = line.split(/\s+/);
    const pattern = parts[0];
    if (pattern === undefined) continue;
    const owners = parts.slice(1);
    const teams = owners.map(teamOf).filter((t): t is string => t !== null);
    if (
      owners.length > 0 &&
      teams.length === 0 &&
      cap?.keeps('codeowners-no-team', file) !== false
    ) {
      findings.push(
        finding(
          'codeowners-no-team',
          file,
          i + 1,
          `"${pattern}" is owned by ${owners.join(', ')}: no "@org/team" owner, so no team is read from this rule.`,
          'Add the owning team (e.g. "@acme/data-eng") to this line, or assign the team in the wizard.',
        ),
      );
    }
    rules.push({ pattern, owners, teams, line: i + 1 });
  }
  return { ok: true, value: rules, findings };
};

/** Normalises "./src/ingest/" → "src/ingest"; "." and "./" → "". */
export const normalisePath = (path: string): string =>
  path
    .trim()
    .replace(/^(\.\/)+/, '')
    .replace(/^\.$/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');

/** Most matching steps spent on one CODEOWNERS file (see `createOwnerMatcher`). */
export const MAX_MATCH_STEPS = 8_000_000;

/** Finds the rule owning folders of one CODEOWNERS file, within a work budget. */
export type OwnerMatcher = {
  /**
   * The rule that owns a folder: the last rule matching a file inside it (CODEOWNERS semantics),
   * null when none does, or undefined when the budget ran out before an answer.
   */
  readonly ownerOf: (folder: string) => CodeownersRule | null | undefined;
  /** Whether some lookup ran out of budget. */
  readonly exhausted: () => boolean;
};

/**
 * A matcher over `rules` that spends at most `budget` steps in all (each pattern is compiled once,
 * each distinct pattern matched once per folder, rules read from the last one, which wins, back).
 * Matching is linear in the folder's length (glob-match.ts), so the budget bounds the time.
 */
export const createOwnerMatcher = (
  rules: readonly CodeownersRule[],
  budget = MAX_MATCH_STEPS,
): OwnerMatcher => {
  const compiled = new Map<string, CompiledPattern>();
  let left = budget;
  let exhausted = false;
  const ownerOf = (folder: string): CodeownersRule | null | undefined => {
    const dir = normalisePath(folder);
    const sample = dir === '' ? 'x' : `${dir}/x`;
    const seen = new Map<string, boolean>();
    for (let i = rules.length - 1; i >= 0; i--) {
      const rule = rules[i];
      if (rule === undefined) continue;
      let matched = seen.get(rule.pattern);
      if (matched === undefined) {
        let pattern = compiled.get(rule.pattern);
        if (pattern === undefined) {
          pattern = compilePattern(rule.pattern);
          compiled.set(rule.pattern, pattern);
        }
        const cost = matchCost(pattern, sample.length);
        if (cost > left) {
          exhausted = true;
          return undefined;
        }
        left -= cost;
        matched = matchPattern(pattern, sample);
        seen.set(rule.pattern, matched);
      }
      if (matched) return rule;
    }
    return null;
  };
  return { ownerOf, exhausted: () => exhausted };
};

/**
 * The rule that owns a folder: the last rule matching a file inside it (CODEOWNERS semantics).
 * `folder` is relative to the repository root ("" or "." for the root). Null when no rule
 * matches, or when matching would take more than `MAX_MATCH_STEPS` steps.
 */
export const ownerRuleOf = (
  rules: readonly CodeownersRule[],
  folder: string,
): CodeownersRule | null => createOwnerMatcher(rules).ownerOf(folder) ?? null;
