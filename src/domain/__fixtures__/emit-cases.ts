/**
 * Answers the emitter tests generate files for: every persona at its expected level and layout,
 * plus platforms and CI providers the personas do not cover. Shared by the golden-file tests of
 * the emitters and of the Dagster-version files, so both cover the same repositories.
 */
import type { Answers } from '../questionnaire/schemas';
import type { LevelId, RepoLayout } from '../scoring/types';
import { PERSONA_EXPECTATIONS, PERSONAS, type PersonaId } from './personas';

export type EmitCase = { id: string; answers: Answers; level: LevelId; layout: RepoLayout };

/** Each persona at the level and layout it is expected to get. */
export const PERSONA_EMIT_CASES: EmitCase[] = (Object.keys(PERSONAS) as PersonaId[]).map((id) => ({
  id,
  answers: PERSONAS[id],
  level: PERSONA_EXPECTATIONS[id].first,
  layout: PERSONA_EXPECTATIONS[id].layout,
}));

/** Platforms and CI providers the personas do not cover. */
export const VARIANT_EMIT_CASES: EmitCase[] = [
  {
    id: 'twoClouds-docker-gitlab',
    answers: { ...PERSONAS.twoClouds, agent: 'docker', ci: 'gitlab' },
    level: 'agent',
    layout: 'monorepo',
  },
  {
    id: 'busyNeighbour-local-other',
    answers: { ...PERSONAS.busyNeighbour, agent: 'local', ci: 'other' },
    level: 'agent',
    layout: 'multirepo',
  },
  {
    id: 'regulatedTeam-ecs-monorepo-staging',
    answers: { ...PERSONAS.regulatedTeam, agent: 'ecs', prod: true },
    level: 'deployment',
    layout: 'monorepo',
  },
];
