/**
 * Renders the results with every section on screen when `render` returns: the lazy modules are
 * fetched first (`loadResultsModules`) and each stage mounts right after the one before it,
 * inside the same `act`, instead of in a task of its own (see use-stages.ts). Deterministic, and
 * no test waits on timers. Tests of the staging itself render without this.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';

import { loadResultsModules } from '@/app/results/results-view';
import { FilesSchedule, StageSchedule, type ScheduleStage } from '@/app/results/use-stages';

const atOnce: ScheduleStage = (mount) => {
  mount();
};

/** Every stage of the results mounts in the pass that shows the one before it, files computed in it. */
export function AllStagesAtOnce(props: { children: ReactNode }): ReactElement {
  return (
    <StageSchedule value={atOnce}>
      <FilesSchedule value={undefined}>{props.children}</FilesSchedule>
    </StageSchedule>
  );
}

/** Fetches the results' lazy modules (call it in `beforeAll`). */
export const preloadResults = loadResultsModules;

/** `render` with every results section on screen once it returns. */
export const renderAllStages = (ui: ReactElement): RenderResult =>
  render(ui, { wrapper: AllStagesAtOnce });
