/**
 * The import view (its own lazy chunk, with the YAML parser): paste or upload an existing
 * dagster_cloud.yaml, agent configs and CODEOWNERS; "Check files" audits them in the page; "Use
 * these projects" puts the projects found into the store and opens the projects step to confirm.
 * The file texts are kept in the store (not the link) so the results can show a migration plan.
 */
import { useEffect, useId, useMemo, useRef, useState, type JSX } from 'react';

import { Button } from '@/components/ui/button';
import { auditImport } from '@/domain/import/audit';
import { readCurrentState } from '@/domain/import/current-state';
import { importToAnswers } from '@/domain/import/to-answers';
import type { ImportInput } from '@/domain/import/types';
import { LEVELS } from '@/domain/scoring/criteria';
import type { RepoLayout } from '@/domain/scoring/types';
import { useWizardStore, wizardStore } from '@/store/wizard-store';

import { AuditReport } from './audit-report';
import { FileTextField } from './file-text-field';
import { LAYOUT_LABELS, MAX_FILE_BYTES, toImportInput } from './import-text';

import './import.css';

/** Most agent configuration fields offered (one per agent). */
export const MAX_AGENT_CONFIGS = 12;

export const IMPORT_HEADING_ID = 'import-heading';

type LayoutChoice = RepoLayout | 'unknown';

const LAYOUT_CHOICES = {
  unknown: 'Not sure (assume one repository)',
  monorepo: 'It is the only one: one repository holds every project',
  multirepo: 'It is one of several: each repository has its own dagster_cloud.yaml',
} as const satisfies Record<LayoutChoice, string>;

const YAML_ACCEPT = '.yaml,.yml,application/yaml,application/x-yaml,text/yaml,text/plain';

const tooLarge = (text: string): boolean => new Blob([text]).size > MAX_FILE_BYTES;

// eslint-disable-next-line max-lines-per-function -- 286 lines; the split is issue #16's (hostile input), under way
export function ImportView(): JSX.Element {
  const id = useId();
  const [dagsterCloudYaml, setDagsterCloudYaml] = useState('');
  const [agentConfigs, setAgentConfigs] = useState<string[]>(['']);
  const [codeowners, setCodeowners] = useState('');
  const [layout, setLayout] = useState<LayoutChoice>('unknown');
  const [checked, setChecked] = useState<ImportInput | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const base = useWizardStore((s) => s.answers);
  const auditHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.getElementById(IMPORT_HEADING_ID)?.focus();
  }, []);

  useEffect(() => {
    if (checked !== null) auditHeading.current?.focus();
  }, [checked]);

  const audit = useMemo(() => (checked === null ? null : auditImport(checked)), [checked]);
  const files = audit?.files ?? null;
  const current = useMemo(
    () => (files === null ? null : readCurrentState(files, layout === 'unknown' ? {} : { layout })),
    [files, layout],
  );
  const prefill = useMemo(
    () => (files === null ? null : importToAnswers(files, base)),
    [files, base],
  );

  const input = toImportInput(dagsterCloudYaml, agentConfigs, codeowners);
  const stale = checked !== null && JSON.stringify(checked) !== JSON.stringify(input);

  const handleCheck = (): void => {
    if (dagsterCloudYaml.trim() === '') {
      setInputError('Paste or upload a dagster_cloud.yaml first: it is the one file required.');
      document.getElementById(`${id}-dcy`)?.focus();
      return;
    }
    const big = [
      ['dagster_cloud.yaml', dagsterCloudYaml],
      ...agentConfigs.map((t, i) => [`Agent configuration ${i + 1}`, t]),
      ['CODEOWNERS', codeowners],
    ].find(([, text]) => tooLarge(text ?? ''));
    if (big !== undefined) {
      setInputError(
        `${big[0] ?? 'A file'} is larger than ${MAX_FILE_BYTES / 1024} kB, more than any real one; the import does not read it.`,
      );
      return;
    }
    setInputError(null);
    setChecked(input);
  };

  const handleUse = (): void => {
    if (prefill === null || checked === null) return;
    wizardStore.getState().applyImport(prefill.answers, {
      input: checked,
      layout: layout === 'unknown' ? null : layout,
    });
  };

  return (
    <section className="import" aria-labelledby={IMPORT_HEADING_ID}>
      <h2 id={IMPORT_HEADING_ID} tabIndex={-1} className="import-title">
        Import an existing dagster_cloud.yaml
      </h2>
      <p className="import-intro">
        Start from what you run today. The files are read in this page and never sent anywhere: the
        audit lists what the dagster-cloud CLI or an agent would reject, with the line and a fix,
        and the projects found pre-fill the questions.
      </p>
      <p>
        <Button
          variant="quiet"
          onClick={() => {
            wizardStore.getState().goTo('platform');
          }}
        >
          ← Back to the questions
        </Button>
      </p>

      <form
        className="import-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          handleCheck();
        }}
      >
        <FileTextField
          id={`${id}-dcy`}
          label="dagster_cloud.yaml"
          fileName="dagster_cloud.yaml"
          required
          accept={YAML_ACCEPT}
          value={dagsterCloudYaml}
          onChange={setDagsterCloudYaml}
          rows={12}
          invalid={inputError !== null && dagsterCloudYaml.trim() === ''}
          hint="The list form (locations: - location_name: …) or the legacy dict form."
        />

        <fieldset className="import-fieldset">
          <legend>Agent configurations (optional)</legend>
          <p className="hint">
            An agent&apos;s dagster.yaml (Docker, ECS, local) or its Helm values (Kubernetes), one
            per agent: they tell which deployments and queues are served today.
          </p>
          {agentConfigs.map((text, i) => (
            <FileTextField
              // Fields are only appended or removed; the index names the field the user sees.
              key={i}
              id={`${id}-agent-${i}`}
              label={`Agent configuration ${i + 1}`}
              fileName={`agent configuration ${i + 1}`}
              accept={YAML_ACCEPT}
              value={text}
              rows={6}
              onChange={(value) => {
                setAgentConfigs((all) => all.map((t, j) => (j === i ? value : t)));
              }}
              actions={
                agentConfigs.length > 1 ? (
                  <Button
                    variant="quiet"
                    onClick={() => {
                      setAgentConfigs((all) => all.filter((_, j) => j !== i));
                    }}
                  >
                    Remove agent configuration {i + 1}
                  </Button>
                ) : null
              }
            />
          ))}
          {agentConfigs.length < MAX_AGENT_CONFIGS && (
            <Button
              onClick={() => {
                setAgentConfigs((all) => [...all, '']);
              }}
            >
              Add another agent configuration
            </Button>
          )}
        </fieldset>

        <FileTextField
          id={`${id}-codeowners`}
          label="CODEOWNERS"
          fileName="CODEOWNERS"
          value={codeowners}
          rows={5}
          onChange={setCodeowners}
          hint="Teams are read from its @org/team owners, matched to each location's folder."
        />

        <fieldset className="import-fieldset import-layout">
          <legend>Where does this dagster_cloud.yaml live?</legend>
          {(Object.keys(LAYOUT_CHOICES) as LayoutChoice[]).map((choice) => (
            <div className="import-choice" key={choice}>
              <input
                id={`${id}-layout-${choice}`}
                type="radio"
                name={`${id}-layout`}
                value={choice}
                checked={layout === choice}
                onChange={() => {
                  setLayout(choice);
                }}
              />
              <label htmlFor={`${id}-layout-${choice}`}>{LAYOUT_CHOICES[choice]}</label>
            </div>
          ))}
        </fieldset>

        <div className="import-actions">
          <Button type="submit" variant="primary">
            Check files
          </Button>
          {stale && (
            <span className="hint" role="status">
              The files changed since the last check: check them again.
            </span>
          )}
        </div>
        <div role="alert">{inputError !== null && <p className="field-error">{inputError}</p>}</div>
      </form>

      {audit !== null && <AuditReport audit={audit} headingRef={auditHeading} />}

      {current !== null && (
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
              {current.deployments.join(', ')}
              {current.deploymentsKnown ? '' : ' (assumed)'}
            </dd>
            <dt>Agent queues</dt>
            <dd>
              {current.queues.length === 0 ? 'default queue only' : current.queues.join(', ')}
            </dd>
          </dl>
          <ul className="import-reasons">
            {current.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      )}

      {prefill !== null && (
        <section className="import-section" aria-labelledby={`${id}-projects`}>
          <h3 id={`${id}-projects`}>Projects found</h3>
          {prefill.sources.length === 0 ? (
            <p>The file lists no code location, so there is no project to import.</p>
          ) : (
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
                        {s.locationName === '' ? '(no name)' : s.locationName}
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
          )}
          {prefill.notes.length > 0 && (
            <>
              <h4>Confirm in the wizard</h4>
              <ul className="import-notes">
                {prefill.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          )}
          {audit !== null && audit.counts.error > 0 && (
            <p className="import-muted">
              The errors above would stop a deploy; the projects can still be imported, and the
              generated files avoid them.
            </p>
          )}
          <div className="import-actions">
            <Button variant="primary" disabled={prefill.sources.length === 0} onClick={handleUse}>
              Use these projects
            </Button>
          </div>
          <p className="hint">
            This replaces the projects in your answers; you confirm or correct them on the next
            screen before anything is scored. The migration plan is shown in this browser only (this
            tab, until it is reloaded); the share link carries the answers.
          </p>
        </section>
      )}
    </section>
  );
}
