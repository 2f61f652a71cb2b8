/**
 * "Your answers": a compact summary of what the results were computed from (plan, platform, CI,
 * separation, delivery, priorities and the projects table), worded as the wizard words them, so
 * a printed report stands on its own.
 */
import type { JSX } from 'react';

import type { Answers } from '@/domain/questionnaire/schemas';

import { answerRows } from '@/domain/questionnaire/answer-rows';
import { ScrollRegion } from '@/components/ui/scroll-region';

export function AnswersSummary(props: { answers: Answers; headingId: string }): JSX.Element {
  const { answers } = props;
  const count = answers.projects.length;
  return (
    <section className="results-section answers-summary" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Your answers</h2>
      <dl className="answers-list">
        {answerRows(answers).map(([label, value]) => (
          <div key={label} className="answers-list__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details className="chart-table answers-projects">
        <summary>Projects ({count.toString()})</summary>
        <ScrollRegion label="Projects table">
          <table>
            <caption>Projects: team, compute environment and load</caption>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Team</th>
                <th scope="col">Compute</th>
                <th scope="col">High volume</th>
              </tr>
            </thead>
            <tbody>
              {answers.projects.map((p) => (
                <tr key={p.name}>
                  <th scope="row">{p.name}</th>
                  <td>{p.team}</td>
                  <td>{p.compute}</td>
                  <td>{p.highVolume ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </section>
  );
}
