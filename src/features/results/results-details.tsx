/**
 * The results below the recommendation, ranking and layout: the topology, the starter
 * configuration, what would change it, the points per criterion, growth, the guide's trade-offs,
 * the answers and the comparison. A lazy chunk of its own (results-view.tsx paints the top first);
 * the files and the two charts are further chunks, and every section mounts in a stage of its own
 * (see stages.tsx) so no single task computes them all.
 */
import { memo, useEffect, useMemo, useState, type JSX } from 'react';

import type { Answers } from '@/domain/questionnaire/schemas';
import type { Ranking } from '@/domain/scoring/types';
import { buildTopology } from '@/domain/topology/build-topology';
import { CompareSection } from '@/features/what-if/compare-section';
import { TippingPointsSection } from '@/features/what-if/tipping-points-section';

import { AnswersSummary } from './answers-summary';
import { FilesSection } from './files-section';
import { GuideMatrix } from './guide-matrix';
import { lazyExport, preload } from './preload';
import { Stage } from './stages';
import { TopologyDiagram } from './topology-diagram';
import { useStages } from './use-stages';

/** recharts and the two chart sections: fetched when the details mount, drawn in stages 3 and 4. */
const charts = preload(() => import('./charts'));

const ScoreChart = lazyExport(charts, 'ScoreChart');
const GrowthSection = lazyExport(charts, 'GrowthSection');

/** Topology, files, tipping points, chart, growth, matrix, answers, compare. */
const STAGE_COUNT = 8;

function ResultsDetailsView(props: {
  answers: Answers;
  ranking: Ranking;
  shareUrl: string;
  /** Prefix for the sections' heading ids. */
  idPrefix: string;
  onChangeAnswers?: ((patch: Partial<Answers>) => void) | undefined;
  /** Called once every section is on screen (printing waits for it). */
  onAllShown: () => void;
}): JSX.Element {
  const { answers, ranking, shareUrl, idPrefix, onAllShown } = props;
  const h = (name: string): string => `${idPrefix}-${name}`;
  const topology = useMemo(
    () => buildTopology(answers, ranking.recommended, ranking.layout.layout),
    [answers, ranking],
  );
  const stages = useStages(STAGE_COUNT);
  // A what-if picked for comparison; `seq` remounts the compare section so it compares at once.
  const [whatIf, setWhatIf] = useState<{ link: string; seq: number } | null>(null);

  useEffect(() => {
    // Failures surface when a chart renders (through the lazy component).
    charts.load().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (stages.done) onAllShown();
  }, [stages.done, onAllShown]);

  const stage = (index: number, loading: string) => ({
    index,
    count: stages.count,
    onShown: stages.shown,
    loading,
  });

  return (
    <div
      className={`results-details${stages.done ? '' : ' results-details--loading'}`}
      aria-busy={!stages.done}
    >
      <Stage {...stage(0, 'Drawing the topology…')}>
        <TopologyDiagram
          topology={topology}
          level={ranking.recommended}
          headingId={h('topology')}
        />
      </Stage>
      <Stage {...stage(1, 'Generating the files…')}>
        <FilesSection
          answers={answers}
          topology={topology}
          shareUrl={shareUrl}
          headingId={h('files')}
          onChangeAnswers={props.onChangeAnswers}
        />
      </Stage>
      <Stage {...stage(2, 'Looking for tipping points…')}>
        <TippingPointsSection
          answers={answers}
          ranking={ranking}
          shareUrl={shareUrl}
          headingId={h('tipping')}
          onCompare={(link) => {
            setWhatIf((previous) => ({ link, seq: (previous?.seq ?? 0) + 1 }));
          }}
        />
      </Stage>
      <Stage {...stage(3, 'Drawing the points per criterion…')}>
        <ScoreChart ranking={ranking} headingId={h('chart')} />
      </Stage>
      <Stage {...stage(4, 'Drawing growth…')}>
        <GrowthSection answers={answers} headingId={h('growth')} />
      </Stage>
      <Stage {...stage(5, "Loading the guide's trade-offs…")}>
        <GuideMatrix ranking={ranking} headingId={h('matrix')} />
      </Stage>
      <Stage {...stage(6, 'Loading your answers…')}>
        <AnswersSummary answers={answers} headingId={h('answers')} />
      </Stage>
      <Stage {...stage(7, 'Loading the comparison…')}>
        <CompareSection
          key={whatIf?.seq ?? 0}
          answers={answers}
          shareUrl={shareUrl}
          headingId={h('compare')}
          initialLink={whatIf?.link}
        />
      </Stage>
    </div>
  );
}

/** Memoised: "Print report" turning on re-renders the top, and must not redraw every section. */
export const ResultsDetails = memo(ResultsDetailsView);

// For the import's migration plan, which takes the emitters from here (domain/import/migration-kit.ts).
export { MIGRATION_KIT } from '@/domain/import/migration-kit';
