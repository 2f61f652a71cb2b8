/**
 * The results below the recommendation, ranking and layout: the topology, the starter
 * configuration, what would change it, the points per criterion, growth, the guide's trade-offs,
 * the answers and the comparison. A lazy chunk of its own (results-view.tsx paints the top first);
 * the files and the two charts are further chunks, and every section mounts in a stage of its own
 * (see stages.tsx) so no single task computes them all.
 */
import { Fragment, memo, use, useCallback, useEffect, useMemo, useState, type JSX } from 'react';

import { emitDecisionRecord } from '@/domain/decision-record/decision-record';
import type { Answers } from '@/domain/questionnaire/schemas';
import type { Ranking } from '@/domain/scoring/types';
import { recommendedTopology } from '@/domain/plan/recommended-topology';
import { CompareSection } from '@/features/what-if/compare-section';
import { TippingPointsSection } from '@/features/what-if/tipping-points-section';

import { AnswersSummary } from '@/features/results/answers-summary';
import { downloadNameOf, downloadText, mimeOf } from '@/features/results/download';
import { FilesSection, planFilesWith } from '@/features/results/files-section';
import { GuideMatrix } from '@/features/results/guide-matrix';
import { lazyExport, preload } from './preload';
import { Stage } from './stages';
import { TopologyDiagram } from '@/features/results/topology-diagram';
import { FilesSchedule, useStages } from './use-stages';

/** recharts and the two chart sections: fetched when the details mount, drawn in stages 3 and 4. */
const charts = preload(() => import('./charts'));

const ScoreChart = lazyExport(charts, 'ScoreChart');
const GrowthSection = lazyExport(charts, 'GrowthSection');

/**
 * The stages, in page order: the sections each mounts, and what its placeholder says while their
 * code loads. The heavy sections (the diagram, the files, the tipping points, growth) each have
 * a stage of their own, so no single task computes two of them; the light ones share one (each
 * stage costs a commit, a frame and a timer before the next, ~40 ms on a slow phone).
 */
const STAGES = [
  { loading: 'Drawing the topology…', sections: ['topology'] },
  { loading: 'Generating the files…', sections: ['files'] },
  { loading: 'Looking for tipping points…', sections: ['tipping', 'chart'] },
  { loading: 'Drawing growth…', sections: ['growth'] },
  {
    loading: "Loading the guide's trade-offs, your answers and the comparison…",
    sections: ['matrix', 'answers', 'compare'],
  },
] as const satisfies readonly { loading: string; sections: readonly string[] }[];

type SectionKey = (typeof STAGES)[number]['sections'][number];

const FILES_STAGE = STAGES.findIndex((stage) => stage.sections.some((key) => key === 'files'));

/**
 * Sections the printed report leaves out: it is the decision (recommendation, ranking, layout,
 * topology, the files as a list, what would change it, the answers), not the tools around it;
 * the comparison is left out as well.
 */
const NOT_PRINTED: ReadonlySet<SectionKey> = new Set(['chart', 'growth', 'matrix', 'compare']);

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
  const runFileSteps = use(FilesSchedule);
  // The files stage mounts once its files are computed (a step a task), so it never suspends.
  const filesFirst = useCallback(
    (index: number): Promise<unknown> | null =>
      index === FILES_STAGE && runFileSteps !== undefined
        ? planFilesWith(answers, shareUrl, runFileSteps)
        : null,
    [answers, shareUrl, runFileSteps],
  );
  const stages = useStages(STAGES.length, filesFirst);
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
    (): Record<Exclude<SectionKey, 'compare'>, JSX.Element> => ({
      topology: (
        <TopologyDiagram
          topology={topology}
          level={ranking.recommended}
          headingId={h('topology')}
        />
      ),
      files: (
        <FilesSection
          answers={answers}
          shareUrl={shareUrl}
          headingId={h('files')}
          onChangeAnswers={onChangeAnswers}
          runSteps={runFileSteps}
        />
      ),
      tipping: (
        <TippingPointsSection
          answers={answers}
          ranking={ranking}
          shareUrl={shareUrl}
          headingId={h('tipping')}
          onCompare={(link) => {
            setWhatIf((previous) => ({ link, seq: (previous?.seq ?? 0) + 1 }));
          }}
        />
      ),
      chart: <ScoreChart ranking={ranking} headingId={h('chart')} />,
      growth: <GrowthSection answers={answers} headingId={h('growth')} />,
      matrix: <GuideMatrix ranking={ranking} headingId={h('matrix')} />,
      answers: <AnswersSummary answers={answers} headingId={h('answers')} />,
    }),
    [answers, ranking, topology, shareUrl, h, onChangeAnswers, runFileSteps],
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
      {STAGES.map((stage, index) => (
        <Stage
          key={stage.loading}
          index={index}
          count={stages.count}
          onShown={stages.shown}
          loading={stage.loading}
        >
          {stage.sections.map((key) => {
            const section = key === 'compare' ? compare : sections[key];
            return NOT_PRINTED.has(key) ? (
              <div key={key} className="print-omit">
                {section}
              </div>
            ) : (
              <Fragment key={key}>{section}</Fragment>
            );
          })}
        </Stage>
      ))}
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
