/**
 * The results, read top-down as an argument: the recommendation, the ranking, why (chart), the
 * guide's trade-offs, the repository layout, the topology and the files. Everything is derived
 * from `answers` with useMemo; nothing derived is stored. The app shell lazy-loads this module,
 * so recharts, the emitters (and the YAML library) and the diagram stay out of the first chunk.
 * The what-if sections (tipping points, growth, compare) ride in the same lazy chunk; "Print
 * report" prints the whole page as a report (see the print rules in results.css and what-if.css).
 */
import { useId, useMemo, useState, type JSX } from 'react';

import { emitAll } from '@/domain/emitters/emitters';
import type { Answers } from '@/domain/questionnaire/schemas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { buildTopology } from '@/domain/topology/build-topology';
import { ShareActions } from '@/features/share/share-actions';
import { CompareSection } from '@/features/what-if/compare-section';
import { GrowthSection } from '@/features/what-if/growth-section';
import { TippingPointsSection } from '@/features/what-if/tipping-points-section';

import { AnswersSummary } from './answers-summary';
import { ConfigFiles } from './config-files';
import { fileCaveats } from './file-caveats';
import { GuideMatrix } from './guide-matrix';
import { LevelName } from './level-icon';
import { RankingList } from './ranking-list';
import { RepoLayoutView } from './repo-layout';
import { ScoreChart } from './score-chart';
import { TargetChoices } from './target-choices';
import { TopologyDiagram } from './topology-diagram';

import './results.css';

export function ResultsView(props: {
  answers: Answers;
  shareUrl: string;
  onEdit: () => void;
  /** Shown after the recommendation: the migration plan when the answers came from an import. */
  importPlan?: JSX.Element | null;
  /** Changes answers from the results ("Also generate"); without it those choices are not shown. */
  onChangeAnswers?: (patch: Partial<Answers>) => void;
}): JSX.Element {
  const { answers, shareUrl, onChangeAnswers } = props;
  const id = useId();
  const ranking = useMemo(() => rankOptions(answers), [answers]);
  const topology = useMemo(
    () => buildTopology(answers, ranking.recommended, ranking.layout.layout),
    [answers, ranking],
  );
  const files = useMemo(
    () => emitAll(answers, topology, { shareUrl, extraTargets: answers.targets }),
    [answers, topology, shareUrl],
  );
  const caveats = useMemo(() => fileCaveats(answers, topology), [answers, topology]);
  // A what-if picked for comparison; `seq` remounts the compare section so it compares at once.
  const [whatIf, setWhatIf] = useState<{ link: string; seq: number } | null>(null);
  const h = (name: string): string => `${id}-${name}`;

  return (
    <div className="results">
      <section className="results-section results-recommendation" aria-labelledby={h('rec')}>
        <h2 id={h('rec')}>Recommendation</h2>
        <p className="results-lead">
          <LevelName level={ranking.recommended} /> isolation.
        </p>
        <p className="results-summary">{ranking.summary}</p>
        {ranking.planNotes.length > 0 ? (
          <div className="plan-notes">
            <h3>About your plan</h3>
            <ul>
              {ranking.planNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="results-muted">
          {answers.projects.length} project{answers.projects.length === 1 ? '' : 's'} · scored with
          model v{ranking.modelVersion}
        </p>
        <ShareActions shareUrl={shareUrl} onEdit={props.onEdit} />
        <div className="results-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              window.print();
            }}
          >
            Print report
          </button>
        </div>
      </section>
      {props.importPlan}
      <AnswersSummary answers={answers} headingId={h('answers')} />
      <RankingList ranking={ranking} headingId={h('ranking')} />
      <TippingPointsSection
        answers={answers}
        ranking={ranking}
        shareUrl={shareUrl}
        headingId={h('tipping')}
        onCompare={(link) => {
          setWhatIf((previous) => ({ link, seq: (previous?.seq ?? 0) + 1 }));
        }}
      />
      <ScoreChart ranking={ranking} headingId={h('chart')} />
      <GrowthSection answers={answers} headingId={h('growth')} />
      <GuideMatrix ranking={ranking} headingId={h('matrix')} />
      <RepoLayoutView layout={ranking.layout} headingId={h('layout')} />
      <TopologyDiagram topology={topology} level={ranking.recommended} headingId={h('topology')} />
      <ConfigFiles
        files={files}
        caveats={caveats}
        headingId={h('files')}
        choices={
          onChangeAnswers === undefined ? null : (
            <TargetChoices
              targets={answers.targets}
              onChange={(targets) => {
                onChangeAnswers({ targets });
              }}
            />
          )
        }
      />
      <CompareSection
        key={whatIf?.seq ?? 0}
        answers={answers}
        shareUrl={shareUrl}
        headingId={h('compare')}
        initialLink={whatIf?.link}
      />
    </div>
  );
}
