/**
 * The comparison itself, loaded only when someone compares (it is the heavy part of "Compare with
 * another scenario": both scenarios' files and their line diffs). Computes `compareScenarios` from
 * the two answer sets and renders the verdict, the cards, ranking, topology and file differences.
 */
import { useMemo, type JSX } from 'react';

import { teamsOf, type Answers } from '@/domain/questionnaire/schemas';
import { scoreText } from '@/domain/scoring/rank-options';
import type { LevelId, RepoLayout } from '@/domain/scoring/types';
import { countOf } from '@/domain/text/count';
import { buildShareUrl } from '@/domain/url-codec/codec';
import {
  compareScenarios,
  type ChangedFile,
  type FilesComparison,
  type RankingComparison,
  type ScenarioComparison,
  type SetChange,
  type TopologyComparison,
} from '@/domain/what-if/compare';
import { consequenceOf, describeOutcome, hasChange, LAYOUT_LABEL } from '@/domain/what-if/outcome';

import { LevelName } from '@/components/level-icon';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { answerDifferences } from './answer-diff';
import { foldDiff } from './diff-hunks';
import './comparison-view.css';

/** A decoder message with its backticked parts (keys and values from the link) as code. */

const signed = (n: number): string => (n > 0 ? `+${n.toString()}` : n.toString());

function ScenarioCard(props: {
  title: string;
  answers: Answers;
  url: string;
  linkText: string;
  level: LevelId;
  layout: RepoLayout;
}): JSX.Element {
  return (
    <article className="compare-card" aria-label={props.title}>
      <h3>{props.title}</h3>
      <p className="compare-card__level">
        <LevelName level={props.level} /> isolation
      </p>
      <p>{LAYOUT_LABEL[props.layout]}</p>
      <p className="results-muted">
        {countOf(props.answers.projects.length, 'project', 'projects')},{' '}
        {countOf(teamsOf(props.answers).length, 'team', 'teams')}
      </p>
      <p>
        <a href={props.url} target="_blank" rel="noopener noreferrer">
          {props.linkText}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      <p className="compare-card__url print-only">
        <code>{props.url}</code>
      </p>
    </article>
  );
}

function NameChanges(props: { label: string; change: SetChange }): JSX.Element | null {
  const { added, removed } = props.change;
  if (added.length === 0 && removed.length === 0) return null;
  return (
    <li>
      <strong>{props.label}</strong>
      <ul>
        {added.length > 0 ? (
          <li>
            Added (+): <span className="compare-names">{added.join(', ')}</span>
          </li>
        ) : null}
        {removed.length > 0 ? (
          <li>
            Removed (-): <span className="compare-names">{removed.join(', ')}</span>
          </li>
        ) : null}
      </ul>
    </li>
  );
}

function FileDiff(props: { file: ChangedFile }): JSX.Element {
  const rows = useMemo(() => foldDiff(props.file.diff), [props.file.diff]);
  return (
    <details className="compare-file">
      <summary>
        <code>{props.file.path}</code> ({countOf(props.file.added, 'line', 'lines')} added,{' '}
        {props.file.removed.toString()} removed)
      </summary>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <pre className="diff" aria-label={`Line diff of ${props.file.path}`} tabIndex={0}>
        <code>
          {rows.map((row, i) =>
            row.kind === 'skip' ? (
              <span className="diff-line diff-line--skip" key={i}>
                {`⋯ ${countOf(row.count, 'unchanged line', 'unchanged lines')}`}
              </span>
            ) : (
              <span
                className={`diff-line diff-line--${row.line.kind}`}
                key={i}
              >{`${row.marker} ${row.line.text}`}</span>
            ),
          )}
        </code>
      </pre>
    </details>
  );
}

function RankingTable({ ranking }: { ranking: RankingComparison }): JSX.Element {
  return (
    <ScrollRegion label="Scores in both scenarios">
      <table className="compare-table">
        <caption>Score out of 100 (rank) in each scenario</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">This scenario</th>
            <th scope="col">Other scenario</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {ranking.levels.map((l) => (
            <tr key={l.level} data-level={l.level} data-delta={l.scoreDelta}>
              <th scope="row">
                <LevelName level={l.level} />
              </th>
              <td data-label="This scenario">
                {scoreText(l.a)} (rank {l.a.rank}){l.a.available ? '' : ', not on the plan'}
              </td>
              <td data-label="Other scenario">
                {scoreText(l.b)} (rank {l.b.rank}){l.b.available ? '' : ', not on the plan'}
              </td>
              <td data-label="Change">{l.scoreDelta === 0 ? 'No change' : signed(l.scoreDelta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function TopologyChanges({ topology }: { topology: TopologyComparison }): JSX.Element {
  const changed = [topology.deployments, topology.agents, topology.locations, topology.repos].some(
    (c) => c.added.length > 0 || c.removed.length > 0,
  );
  if (!changed && topology.moved.length === 0) {
    return <p>Same deployments, agents, code locations and repositories.</p>;
  }
  return (
    <ul className="compare-list">
      <NameChanges label="Deployments" change={topology.deployments} />
      <NameChanges label="Agents" change={topology.agents} />
      <NameChanges label="Code locations (deployment/location)" change={topology.locations} />
      <NameChanges label="Repositories" change={topology.repos} />
      {topology.moved.length > 0 ? (
        <li>
          <strong>Code locations served differently</strong>
          <ul>
            {topology.moved.map((m) => (
              <li key={m.key}>
                <code>{m.key}</code>: agent {m.from.agent}
                {m.from.queue === null ? '' : ` (queue ${m.from.queue})`} → agent {m.to.agent}
                {m.to.queue === null ? '' : ` (queue ${m.to.queue})`}
              </li>
            ))}
          </ul>
        </li>
      ) : null}
    </ul>
  );
}

/** Paths only one scenario has, under a heading, each marked + or -. */
function OnlyIn(props: { heading: string; marker: '+' | '-'; paths: readonly string[] }) {
  if (props.paths.length === 0) return null;
  return (
    <>
      <h4>{props.heading}</h4>
      <ul className="compare-paths">
        {props.paths.map((path) => (
          <li key={path}>
            {props.marker} <code>{path}</code>
          </li>
        ))}
      </ul>
    </>
  );
}

function FileChanges({ files }: { files: FilesComparison }): JSX.Element {
  return (
    <>
      <p>
        Files: {files.added.length} added, {files.removed.length} removed, {files.changed.length}{' '}
        changed, {files.unchanged.length} unchanged. In the line diffs, lines starting with + are
        only in the other scenario and lines starting with - only in this one.
      </p>
      <OnlyIn heading="Only in the other scenario (+)" marker="+" paths={files.added} />
      <OnlyIn heading="Only in this scenario (-)" marker="-" paths={files.removed} />
      {files.changed.length > 0 ? (
        <>
          <h4>Changed</h4>
          <div className="compare-files" data-testid="changed-files">
            {files.changed.map((file) => (
              <FileDiff key={file.path} file={file} />
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}

/** One sentence: what changes in the other scenario, or that nothing (or only details) does. */
const verdictOf = (comparison: ScenarioComparison): string => {
  const { ranking } = comparison;
  if (hasChange(ranking.changes))
    return `In the other scenario, ${consequenceOf(ranking.changes)}.`;
  if (comparison.same) {
    return 'The two scenarios give the same recommendation, scores, topology and files.';
  }
  const outcome = describeOutcome({ level: ranking.recommended.a, layout: ranking.layout.a });
  return `Both scenarios recommend ${outcome.charAt(0).toLowerCase()}${outcome.slice(1)}.`;
};

function ComparisonDetails(props: {
  comparison: ScenarioComparison;
  answers: Answers;
  other: Answers;
  shareUrl: string;
}): JSX.Element {
  const { comparison, answers, other, shareUrl } = props;
  const { ranking } = comparison;
  const differences = answerDifferences(answers, other);
  return (
    <>
      <p className="results-summary" data-testid="compare-verdict">
        {verdictOf(comparison)}
      </p>
      <div className="compare-grid">
        <ScenarioCard
          title="This scenario"
          answers={answers}
          url={buildShareUrl(shareUrl, answers)}
          linkText="Open the current scenario"
          level={ranking.recommended.a}
          layout={ranking.layout.a}
        />
        <ScenarioCard
          title="Other scenario"
          answers={other}
          url={buildShareUrl(shareUrl, other)}
          linkText="Open the other scenario"
          level={ranking.recommended.b}
          layout={ranking.layout.b}
        />
      </div>

      <h3>Answers that differ</h3>
      {differences.length > 0 ? (
        <ul className="compare-list" data-testid="answer-differences">
          {differences.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>The answers are the same.</p>
      )}

      <h3>Ranking differences</h3>
      <RankingTable ranking={ranking} />

      <h3>Topology differences</h3>
      <TopologyChanges topology={comparison.topology} />

      <h3>File differences</h3>
      <FileChanges files={comparison.files} />
    </>
  );
}

/** Compares this scenario with the other one and shows every difference. */
export function ComparisonView(props: {
  answers: Answers;
  other: Answers;
  shareUrl: string;
}): JSX.Element {
  const { answers, other, shareUrl } = props;
  const comparison = useMemo(() => compareScenarios(answers, other), [answers, other]);
  return (
    <ComparisonDetails
      comparison={comparison}
      answers={answers}
      other={other}
      shareUrl={shareUrl}
    />
  );
}
