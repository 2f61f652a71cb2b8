import { describe, expect, it } from 'vitest';

import { PERSONAS, type PersonaId } from '@/domain/__fixtures__/personas';
import { rankOptions } from '@/domain/scoring/rank-options';

import { reasonsShown } from './ranking-reasons';

const LEVELS = (
  ['regulatedTeam', 'starterTwoClouds', 'threeTeamsNinePipelines', 'twoClouds'] as const
).flatMap((id: PersonaId) =>
  rankOptions(PERSONAS[id]).levels.map((l) => [id, l.level, l] as const),
);

describe('reasonsShown', () => {
  it('has cases with unmet requirements and with needs, so the checks below check something', () => {
    expect(LEVELS.filter(([, , l]) => l.unmet.length > 0).length).toBeGreaterThan(0);
    expect(LEVELS.filter(([, , l]) => l.needs !== null).length).toBeGreaterThan(0);
  });

  it.each(LEVELS)('%s, %s: no reason restates an unmet requirement or a need', (_, __, level) => {
    const shown = reasonsShown(level);
    for (const req of level.unmet) expect(shown.join('\n')).not.toContain(req.label);
    if (level.needs !== null) expect(shown.join('\n')).not.toContain(level.needs);
  });

  it.each(LEVELS)('%s, %s: keeps every other reason, in order', (_, __, level) => {
    const dropped = level.unmet.length + (level.needs === null ? 0 : 1);
    const shown = reasonsShown(level);
    expect(shown).toHaveLength(level.reasons.length - dropped);
    expect(level.reasons.filter((r) => shown.includes(r))).toEqual(shown);
  });
});
