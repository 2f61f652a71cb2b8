/**
 * The import view (its own lazy chunk, with the YAML parser): paste or upload an existing
 * dagster_cloud.yaml, agent configs and CODEOWNERS (import-form.tsx); "Check files" audits them in
 * the page; "Use these projects" puts the projects found into the store and opens the projects
 * step to confirm. The files are kept in `importDraft` (memory, not the link), so they survive a
 * crash of the view, and the results can show a migration plan.
 */
import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react';

import { Button } from '@/components/ui/button';
import { auditImport } from '@/domain/import/audit';
import { readCurrentState } from '@/domain/import/current-state';
import { importToAnswers } from '@/domain/import/to-answers';
import { useWizardStore, wizardStore } from '@/store/wizard-store';

import { AuditReport } from './audit-report';
import { importDraft } from './import-draft';
import { ImportForm } from './import-form';
import { ProjectsFound, TodaySection } from './import-sections';

import './import.css';

export { MAX_AGENT_CONFIGS } from './import-form';

export const IMPORT_HEADING_ID = 'import-heading';

const useImportDraft = () => useSyncExternalStore(importDraft.subscribe, importDraft.getState);

/** The audit of the files last checked, and what follows from it. */
const useAudit = () => {
  const { checked, layout } = useImportDraft();
  const base = useWizardStore((s) => s.answers);
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
  return { checked, layout, audit, current, prefill };
};

export function ImportView() {
  const id = useId();
  const { recovered } = useImportDraft();
  const { checked, layout, audit, current, prefill } = useAudit();
  const auditHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.getElementById(IMPORT_HEADING_ID)?.focus();
  }, []);
  useEffect(() => {
    if (checked !== null) auditHeading.current?.focus();
  }, [checked]);

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
        Import your Dagster+ config
      </h2>
      <p className="import-intro">
        Start from what you run today: a dagster_cloud.yaml, or the dg files of a repository
        (Dagster 1.12.11 and later). The files are read in this page and never sent anywhere: the
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
      {recovered && (
        <p className="notice notice-warning" role="status" data-testid="import-recovered">
          The last check of these files stopped the page. The files are kept below: change them, or
          check them again.
        </p>
      )}
      <ImportForm />
      {audit !== null && <AuditReport audit={audit} headingRef={auditHeading} />}
      {current !== null && <TodaySection id={id} current={current} />}
      {prefill !== null && (
        <ProjectsFound
          id={id}
          prefill={prefill}
          hasErrors={audit !== null && audit.counts.error > 0}
          onUse={handleUse}
        />
      )}
    </section>
  );
}
