/**
 * The results below the recommendation, ranking and layout: the topology, the starter
 * configuration, what would change it, the points per criterion, growth, the guide's trade-offs,
 * the answers and the comparison. A lazy chunk of its own (results-view.tsx paints the top first);
 * the files and the two charts are further chunks, and every section mounts in a stage of its own
 * (see stages.tsx) so no single task computes them all.
 */
import { memo, useCallback, useEffect, useMemo, useState, type JSX } from 'react';

import { emitDecisionRecord } from '@/domain/decision-record/decision-record';
import type { Answers } from '@/domain/questionnaire/schemas';
import type { Ranking } from '@/domain/scoring/types';
import { recommendedTopology } from '@/domain/plan/recommended-topology';
import { CompareSection } from '@/features/what-if/compare-section';
import { TippingPointsSection } from '@/features/what-if/tipping-points-section';

import { AnswersSummary } from '@/features/results/answers-summary';
import { downloadNameOf, downloadText, mimeOf } from '@/features/results/download';
import { FilesSection } from '@/features/results/files-section';
import { GuideMatrix } from '@/features/results/guide-matrix';
import { lazyExport, preload } from './preload';
import { Stage } from './stages';
import { TopologyDiagram } from '@/features/results/topology-diagram';
import { useStages } from './use-stages';

/** recharts and the two chart sections: fetched when the details mount, drawn in stages 3 and 4. */
const charts = preload(() => import('./charts'));

const ScoreChart = lazyExport(charts, 'ScoreChart');
const GrowthSection = lazyExport(charts, 'GrowthSection');

/** What each stage's placeholder says while its code loads, in stage order. */
const STAGE_LOADING = [
  'Drawing the topology…',
  'Generating the files…',
  'Looking for tipping points…',
  'Drawing the points per criterion…',
  'Drawing growth…',
  "Loading the guide's trade-offs…",
  'Loading your answers…',
  'Loading the comparison…',
] as const;

/**
 * Sections the printed report leaves out: it is the decision (recommendation, ranking, layout,
 * topology, the files as a list, what would change it, the answers), not the tools around it;
 * the comparison is left out as well.
 */
const NOT_PRINTED: ReadonlySet<string> = new Set(['chart', 'growth', 'matrix']);

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
  const { answers, ranking, shareUrl, idPrefix, onChangeAnswers, onAllShown } = props;
  const topology = useMemo(() => recommendedTopology(answers, ranking), [answers, ranking]);
  const stages = useStages(STAGE_LOADING.length);
  // A what-if picked for comparison (see the compare section's key).
  const [whatIf, setWhatIf] = useState<{ link: string; seq: number } | null>(null);

  useEffect(() => {
    // Failures surface when a chart renders (through the lazy component).
    charts.load().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (stages.done) onAllShown();
  }, [stages.done, onAllShown]);

  // One element per section, made again only when its inputs change: each new stage re-renders
  // this view, and an unchanged element lets React skip that section (the charts take 100 ms or
  // more to redraw).
  const h = useCallback((name: string): string => `${idPrefix}-${name}`, [idPrefix]);
  const sections = useMemo(
    () => [
      <TopologyDiagram
        key="topology"
        topology={topology}
        level={ranking.recommended}
        headingId={h('topology')}
      />,
      <FilesSection
        key="files"
        answers={answers}
        shareUrl={shareUrl}
        headingId={h('files')}
        onChangeAnswers={onChangeAnswers}
      />,
      <TippingPointsSection
        key="tipping"
        answers={answers}
        ranking={ranking}
        shareUrl={shareUrl}
        headingId={h('tipping')}
        onCompare={(link) => {
          setWhatIf((previous) => ({ link, seq: (previous?.seq ?? 0) + 1 }));
        }}
      />,
      <ScoreChart key="chart" ranking={ranking} headingId={h('chart')} />,
      <GrowthSection key="growth" answers={answers} headingId={h('growth')} />,
      <GuideMatrix key="matrix" ranking={ranking} headingId={h('matrix')} />,
      <AnswersSummary key="answers" answers={answers} headingId={h('answers')} />,
    ],
    [answers, ranking, topology, shareUrl, h, onChangeAnswers],
  );
  const compare = useMemo(
    () => (
      // `seq` remounts the compare section, so that it compares the picked what-if at once.
      <CompareSection
        key={whatIf?.seq ?? 0}
        answers={answers}
        shareUrl={shareUrl}
        headingId={h('compare')}
        initialLink={whatIf?.link}
      />
    ),
    [answers, shareUrl, h, whatIf],
  );

  return (
    <div
      className={`results-details${stages.done ? '' : ' results-details--loading'}`}
      aria-busy={!stages.done}
    >
      {[...sections, compare].map((section, index) => {
        const stage = (
          <Stage
            key={STAGE_LOADING[index]}
            index={index}
            count={stages.count}
            onShown={stages.shown}
            loading={STAGE_LOADING[index] ?? ''}
          >
            {section}
          </Stage>
        );
        return section === compare || NOT_PRINTED.has(section.key ?? '') ? (
          <div key={STAGE_LOADING[index]} className="print-omit">
            {stage}
          </div>
        ) : (
          stage
        );
      })}
    </div>
  );
}

/** Memoised: "Print report" turning on re-renders the top, and must not redraw every section. */
export const ResultsDetails = memo(ResultsDetailsView);

/** Fetches recharts and the chart sections (tests call it to render every stage in one pass). */
// eslint-disable-next-line react-refresh/only-export-components -- a loader for this chunk's charts
export const loadCharts = async (): Promise<void> => {
  await charts.load();
};

/**
 * "Download decision record": the ADR of these answers, the same file as in the zip. Here so its
 * code loads with the details, never with the top of the results.
 */
// eslint-disable-next-line react-refresh/only-export-components -- an action of this chunk
export const downloadDecisionRecord = (
  answers: Answers,
  ranking: Ranking,
  shareUrl: string,
): string => {
  const file = emitDecisionRecord(answers, ranking, { shareUrl });
  const name = downloadNameOf(file.path);
  downloadText(name, file.content, mimeOf(file));
  return name;
};

// For the import's migration plan, which takes the emitters from here (domain/import/migration-kit.ts).
export { MIGRATION_KIT } from '@/domain/import/migration-kit';
