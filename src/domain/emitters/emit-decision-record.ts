/**
 * The decision record among the generated files: `docs/decisions/0001-dagster-isolation.md` (see
 * ../decision-record). It ranks the answers itself, so it records the same decision as the
 * topology the other files follow (the recommended level and layout).
 */
import { emitDecisionRecord } from '../decision-record/decision-record';
import { rankOptions } from '../scoring/rank-options';
import type { Emitter } from './types';

export const emitDecisionRecordFile: Emitter = (answers, _topology, ctx) => [
  emitDecisionRecord(answers, rankOptions(answers), ctx),
];
