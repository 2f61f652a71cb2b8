/**
 * What differs between the answers of two scenarios, worded as "Your answers" words them
 * ("Plan: Pro (or Enterprise) → Starter"), then the projects added, removed or changed.
 */
import type { Answers, Project } from '@/domain/questionnaire/schemas';

import { answerRows } from '@/domain/questionnaire/answer-rows';

const projectText = (p: Project): string =>
  `team ${p.team}, ${p.compute}${p.highVolume ? ', high volume' : ''}`;

/** One line per answer that differs, in the summary's order; empty when the answers agree. */
export const answerDifferences = (a: Answers, b: Answers): string[] => {
  const before = new Map(answerRows(a));
  const lines = answerRows(b).flatMap(([label, value]) => {
    const old = before.get(label);
    return old === value ? [] : [`${label}: ${old ?? '—'} → ${value}`];
  });
  const inA = new Map(a.projects.map((p) => [p.name, p]));
  const inB = new Map(b.projects.map((p) => [p.name, p]));
  const added = b.projects.filter((p) => !inA.has(p.name)).map((p) => p.name);
  const removed = a.projects.filter((p) => !inB.has(p.name)).map((p) => p.name);
  if (added.length > 0) lines.push(`Projects added: ${added.join(', ')}`);
  if (removed.length > 0) lines.push(`Projects removed: ${removed.join(', ')}`);
  for (const p of a.projects) {
    const q = inB.get(p.name);
    if (q !== undefined && projectText(p) !== projectText(q)) {
      lines.push(`Project ${p.name}: ${projectText(p)} → ${projectText(q)}`);
    }
  }
  return lines;
};
