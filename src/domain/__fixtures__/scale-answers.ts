/**
 * Answers with `count` projects spread over five teams and three compute environments, every
 * seventh one high volume, with separation and a prod split: the large links the bench
 * (bench/pipeline.bench.ts) times and the early-paint e2e opens.
 */
import { DEFAULT_ANSWERS, type Answers } from '../questionnaire/schemas';

const TEAMS = ['platform', 'analytics', 'science', 'finance', 'growth'];
const COMPUTES = ['aws', 'gcp', 'onprem'];

export const answersWith = (count: number): Answers => ({
  ...DEFAULT_ANSWERS,
  projects: Array.from({ length: count }, (_, i) => ({
    name: `project-${String(i)}`,
    team: TEAMS[i % TEAMS.length] ?? 'data',
    compute: COMPUTES[i % COMPUTES.length] ?? 'aws',
    highVolume: i % 7 === 0,
  })),
  sod: 'execution',
  prod: true,
  release: 'independent',
  deps: 'conflicting',
});
