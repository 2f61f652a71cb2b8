/**
 * Reads a GitHub/GitLab CODEOWNERS file into rules (pattern → owners, team slugs from
 * "@org/team") and answers "which team owns this folder" with CODEOWNERS semantics: the last
 * matching rule wins. Patterns follow the gitignore rules CODEOWNERS uses, simplified to what a
 * folder lookup needs. Never throws.
 */
import { finding } from './findings';
import type { CodeownersRule, Finding, ParseOutcome } from './types';

/** Team slug of an owner ("@acme/data-eng" → "data-eng"), or null for users and e-mails. */
export const teamOf = (owner: string): string | null => {
  const m = /^@[^/\s]+\/([^/\s]+)$/.exec(owner);
  return m?.[1] ?? null;
};

/** Parses CODEOWNERS text; comments, blank lines and GitLab `[Section]` headers are skipped. */
export const parseCodeowners = (
  text: string,
  file = 'CODEOWNERS',
): ParseOutcome<readonly CodeownersRule[]> => {
  const rules: CodeownersRule[] = [];
  const findings: Finding[] = [];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.replace(/(^|\s)#.*$/, '').trim();
    if (line === '' || /^\^?\[[^\]]*\]/.test(line)) return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (pattern === undefined) return;
    const teams = owners.map(teamOf).filter((t): t is string => t !== null);
    if (owners.length > 0 && teams.length === 0) {
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
  });
  return { ok: true, value: rules, findings };
};

const escape = (s: string): string => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/** gitignore-style pattern → regex over a slash-separated relative path. */
const patternRegex = (pattern: string): RegExp => {
  let p = pattern;
  const directoryOnly = p.endsWith('/');
  if (directoryOnly) p = p.slice(0, -1);
  const anchored = p.startsWith('/') || p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  let body = '';
  for (let i = 0; i < p.length; i++) {
    const c = p.charAt(i);
    if (c === '*' && p.charAt(i + 1) === '*') {
      const slashAfter = p.charAt(i + 2) === '/';
      body += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else body += escape(c);
  }
  // A match also covers everything below it (a folder's files).
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}(?:/.*)?$`);
};

/** Normalises "./src/ingest/" → "src/ingest"; "." and "./" → "". */
export const normalisePath = (path: string): string =>
  path
    .trim()
    .replace(/^(\.\/)+/, '')
    .replace(/^\.$/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');

/**
 * The rule that owns a folder: the last rule matching a file inside it (CODEOWNERS semantics).
 * `folder` is relative to the repository root ("" or "." for the root).
 */
export const ownerRuleOf = (
  rules: readonly CodeownersRule[],
  folder: string,
): CodeownersRule | null => {
  const dir = normalisePath(folder);
  const sample = dir === '' ? 'x' : `${dir}/x`;
  let owner: CodeownersRule | null = null;
  for (const rule of rules) {
    if (patternRegex(rule.pattern).test(sample)) owner = rule;
  }
  return owner;
};
