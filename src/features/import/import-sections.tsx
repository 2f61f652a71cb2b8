/**
 * What the import read, below the audit: today's setup in the guide's terms, and the projects
 * found with "Use these projects". Names come from the user's files: every one is shown with
 * invisible and bidirectional characters made visible (domain/text/display.ts), and long lists
 * are cut with a count.
 */
import type { CurrentState } from '@/domain/import/current-state';
import { listText } from '@/domain/import/findings';
import type { ImportedAnswers } from '@/domain/import/to-answers';
import { LEVELS } from '@/domain/scoring/criteria';
import { displayValue } from '@/domain/text/display';

import { Button } from '@/components/ui/button';

import { LAYOUT_LABELS } from './import-text';

/** A name from the user's files, printable and at most 120 characters. */
const shown = (name: string): string => displayValue(name, 120);

export const TodaySection = ({ id, current }: { id: string; current: CurrentState }) => (
  <section className="import-section" aria-labelledby={`${id}-today`}>
    <h3 id={`${id}-today`}>Today, as read from the files</h3>
    <dl className="import-facts">
      <dt>Isolation level</dt>
      <dd data-testid="current-level" data-level={current.level}>
        {LEVELS[current.level].title}
      </dd>
      <dt>Repository layout</dt>
      <dd data-testid="current-layout" data-layout={current.layout}>
        {LAYOUT_LABELS[current.layout]}
      </dd>
      <dt>Deployments</dt>
      <dd>
        {listText(current.deployments.map(shown))}
        {current.deploymentsKnown ? '' : ' (assumed)'}
      </dd>
      <dt>Agent queues</dt>
      <dd>
        {current.queues.length === 0 ? 'default queue only' : listText(current.queues.map(shown))}
      </dd>
    </dl>
    <ul className="import-reasons">
      {current.reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  </section>
);

export type ProjectsFoundProps = {
  readonly id: string;
  readonly prefill: ImportedAnswers;
  readonly hasErrors: boolean;
  readonly onUse: () => void;
};

const ProjectsTable = ({ prefill }: { prefill: ImportedAnswers }) => (
  <div className="import-table-wrap">
    <table className="import-table">
      <caption className="hint">One project per code location, in file order.</caption>
      <thead>
        <tr>
          <th scope="col">Location (line)</th>
          <th scope="col">Project</th>
          <th scope="col">Team</th>
          <th scope="col">Compute environment</th>
        </tr>
      </thead>
      <tbody>
        {prefill.sources.map((s) => (
          <tr key={s.project.name}>
            <td>
              {s.locationName === '' ? '(no name)' : shown(s.locationName)}
              {s.line === null ? '' : ` (line ${s.line})`}
            </td>
            <th scope="row">{s.project.name}</th>
            <td>{s.project.team}</td>
            <td>{s.project.compute}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

export const ProjectsFound = ({ id, prefill, hasErrors, onUse }: ProjectsFoundProps) => (
  <section className="import-section" aria-labelledby={`${id}-projects`}>
    <h3 id={`${id}-projects`}>Projects found</h3>
    {prefill.sources.length === 0 ? (
      <p>The file lists no code location, so there is no project to import.</p>
    ) : (
      <ProjectsTable prefill={prefill} />
    )}
    {prefill.notes.length > 0 && (
      <>
        <h4>Confirm in the wizard</h4>
        <ul className="import-notes">
          {prefill.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      </>
    )}
    {hasErrors && (
      <p className="import-muted">
        The errors above would stop a deploy; the projects can still be imported, and the generated
        files avoid them.
      </p>
    )}
    <div className="import-actions">
      <Button variant="primary" disabled={prefill.sources.length === 0} onClick={onUse}>
        Use these projects
      </Button>
    </div>
    <p className="hint">
      This replaces the projects in your answers; you confirm or correct them on the next screen
      before anything is scored. The migration plan is shown in this browser only (this tab, until
      it is reloaded); the share link carries the answers.
    </p>
  </section>
);
