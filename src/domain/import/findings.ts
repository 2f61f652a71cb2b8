/**
 * Small helpers shared by the import parsers and the audit: build a finding with the severity
 * from FINDING_KINDS, suggest the key someone probably meant, and sort findings for display.
 */
import { printable } from '../text/display';
import {
  FINDING_KINDS,
  type Finding,
  type FindingId,
  type MoreFindings,
  type Severity,
} from './types';
import type { YamlError } from './yaml-source';

/**
 * A finding with its kind's default severity (pass `severity` to raise or lower it). Names in the
 * message and fix come from the user's files: invisible characters are shown as "�".
 */
export const finding = (
  id: FindingId,
  file: string,
  line: number | null,
  message: string,
  fix: string,
  severity: Severity = FINDING_KINDS[id].severity,
): Finding => ({ id, severity, file, line, message: printable(message), fix: printable(fix) });

/**
 * The finding for a YAML text that could not be read: a syntax error (with `fix` unless the error
 * brings its own), or a text past the import's bound on YAML (MAX_YAML_TOKENS), said as such.
 */
export const yamlErrorFinding = (file: string, e: YamlError, fix: string): Finding =>
  e.tooLarge === true
    ? finding('yaml-too-large', file, e.line, e.message, e.fix ?? fix)
    : finding('yaml-syntax', file, e.line, `YAML cannot be read: ${e.message}`, e.fix ?? fix);

/**
 * The edit distance of `a` and `b` when it is below `limit`, else at least `limit`: a row whose
 * every cell has reached `limit` ends the count (a pasted file can ask for 100,000 suggestions).
 */
const distanceBelow = (a: string, b: string, limit: number): number => {
  const prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] ?? 0;
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] ?? 0;
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(above + 1, (prev[j - 1] ?? 0) + 1, diagonal + cost);
      prev[j] = d;
      diagonal = above;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= limit) return limit;
  }
  return prev[b.length] ?? 0;
};

/** Longest key, and most candidates, `closestKey` compares (edit distance is quadratic). */
const MAX_SUGGESTED_LENGTH = 100;
const MAX_SUGGESTION_CANDIDATES = 1000;

/**
 * The allowed key closest to a mistyped one (case, "-" for "_", or up to 2 edits), or null.
 * Bounded for pasted files: keys over 100 characters get no suggestion, and only the first 1,000
 * candidates of a list are compared.
 */
export const closestKey = (key: string, allowed: readonly string[]): string | null => {
  const normal = key.toLowerCase().replaceAll('-', '_').replaceAll(' ', '_');
  const exact = allowed.find((k) => k === normal);
  if (exact !== undefined) return exact;
  if (normal.length > MAX_SUGGESTED_LENGTH) return null;
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of allowed.slice(0, MAX_SUGGESTION_CANDIDATES)) {
    // The distance is at least the difference in length.
    if (Math.abs(candidate.length - normal.length) >= bestDistance) continue;
    const d = distanceBelow(normal, candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
};

/**
 * Most findings of one kind kept for one file: the rest are counted, not built. The import view
 * shows 100 findings a file; 130,000 built and kept cost a browser half a second of garbage
 * collection alone (issue #16).
 */
export const MAX_FINDINGS_PER_KIND = 100;

/** Counts findings by file and kind, and says which are kept: the first `max` of each. */
export type FindingCap = {
  /** Whether a finding of this kind in this file is kept; if not, it is only counted. */
  readonly keeps: (id: FindingId, file: string, severity?: Severity) => boolean;
  /** What was counted and not kept, by file, kind and severity, in the order first met. */
  readonly more: () => MoreFindings[];
};

export const createFindingCap = (max = MAX_FINDINGS_PER_KIND): FindingCap => {
  // By file, then kind: no key built a call (130,000 calls for one pasted file).
  const byFile = new Map<string, Map<FindingId, { kept: number; more: MoreFindings[] }>>();
  const order: MoreFindings[] = [];
  return {
    keeps: (id, file, severity = FINDING_KINDS[id].severity) => {
      let kinds = byFile.get(file);
      if (kinds === undefined) {
        kinds = new Map();
        byFile.set(file, kinds);
      }
      let kind = kinds.get(id);
      if (kind === undefined) {
        kind = { kept: 0, more: [] };
        kinds.set(id, kind);
      }
      if (kind.kept < max) {
        kind.kept += 1;
        return true;
      }
      const counted = kind.more.find((m) => m.severity === severity);
      if (counted !== undefined) counted.count += 1;
      else {
        const m = { file, id, severity, count: 1 };
        kind.more.push(m);
        order.push(m);
      }
      return false;
    },
    more: () => order.map((m) => ({ ...m })),
  };
};

/**
 * `findings` (in reading order) cut to the first `max` of each kind in each file, with what was
 * cut counted and added to `more` (what the parsers counted without building).
 */
export const capFindings = (
  findings: readonly Finding[],
  more: readonly MoreFindings[] = [],
  max = MAX_FINDINGS_PER_KIND,
): { findings: Finding[]; more: MoreFindings[] } => {
  const cap = createFindingCap(max);
  const kept = findings.filter((f) => cap.keeps(f.id, f.file, f.severity));
  const merged = new Map<string, MoreFindings>();
  for (const m of [...more, ...cap.more()]) {
    const key = `${m.file}\u0000${m.id}\u0000${m.severity}`;
    const counted = merged.get(key);
    if (counted === undefined) merged.set(key, { ...m });
    else counted.count += m.count;
  }
  return { findings: kept, more: [...merged.values()] };
};

/** Appends without spreading (a file can give 100,000 findings): see ../list.ts. */
export { pushAll } from '../list';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in reading order: by file as given, then line (no line last), then severity. */
export const sortFindings = <F extends Pick<Finding, 'file' | 'line' | 'severity'>>(
  findings: readonly F[],
): F[] => {
  const fileOrder = new Map<string, number>();
  findings.forEach((f) => {
    if (!fileOrder.has(f.file)) fileOrder.set(f.file, fileOrder.size);
  });
  const compare = (a: F, b: F): number =>
    (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
    (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  // Already in order (a file's parser reports line by line): a copy, no sort.
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i++) {
    const [a, b] = [findings[i - 1], findings[i]];
    if (a !== undefined && b !== undefined && compare(a, b) > 0) sorted = false;
  }
  if (sorted) return [...findings];
  // Array.prototype.sort is stable: equal findings keep the order given.
  return [...findings].sort(compare);
};

/** Most items `listText` names; the rest are counted ("and 1,234 more"). */
export const MAX_LISTED_ITEMS = 20;

/** "a", "a and b", "a, b and c"; past `MAX_LISTED_ITEMS`, "a, b, … and 1,234 more". */
export const listText = (items: readonly string[]): string => {
  if (items.length > MAX_LISTED_ITEMS) {
    const rest = (items.length - MAX_LISTED_ITEMS).toLocaleString('en-US');
    return `${items.slice(0, MAX_LISTED_ITEMS).join(', ')} and ${rest} more`;
  }
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
};

/** Quoted list: "a", "b" and "c". */
export const quotedList = (items: readonly string[]): string =>
  listText(items.map((i) => `"${i}"`));
