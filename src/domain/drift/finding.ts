/** Builds a drift finding with its kind's severity and title (see DRIFT_KINDS). */
import { DRIFT_KINDS, type DriftFinding, type DriftKind } from './types';

export const drift = (
  id: DriftKind,
  file: string,
  line: number | null,
  message: string,
  fix: string,
): DriftFinding => ({
  id,
  severity: DRIFT_KINDS[id].severity,
  title: DRIFT_KINDS[id].title,
  file,
  line,
  message,
  fix,
  origin: 'drift',
});
