/**
 * The migration plan on the results when the answers came from an import: today (read from the
 * imported files) next to the recommendation, then the ordered steps, each with its downtime in
 * words and its config diff (+/- kept as text). Lazy-loaded with the import code; everything is
 * derived from the imported file texts and the answers, nothing is stored.
 */
import { use, useId, useMemo, type JSX } from 'react';

import { Button } from '@/components/ui/button';
import type { ImportAudit } from '@/domain/import/audit';
import { auditImport } from '@/domain/import/audit';
import { readCurrentState } from '@/domain/import/current-state';
import type { MigrationKit } from '@/domain/import/migration-kit';
import { planMigration, type MigrationStep } from '@/domain/import/migration-plan';
import type { Answers } from '@/domain/questionnaire/schemas';
import { recommendedTopology } from '@/domain/plan/recommended-topology';
import { wizardStore, type ImportedSetup } from '@/store/wizard-store';

import { compareSetups, diffLineKind, DOWNTIME_LABELS, planToMarkdown } from './import-text';

import { ScrollRegion } from '@/components/ui/scroll-region';
import { downloadText } from '@/lib/save-file';

import './import.css';

export const MIGRATION_FILE_NAME = 'MIGRATION.md';

/**
 * The emitters' builders for the steps' Terraform and CI changes (see domain/import/migration-kit.ts),
 * one promise per loader: `use` needs the same promise on every render. A failed load is tried
 * again on the next render.
 */
const kits = new WeakMap<() => Promise<MigrationKit>, Promise<MigrationKit>>();
const kitFrom = (load: () => Promise<MigrationKit>): Promise<MigrationKit> => {
  let kit = kits.get(load);
  if (kit === undefined) {
    kit = load().catch((error: unknown) => {
      kits.delete(load);
      throw error;
    });
    kits.set(load, kit);
  }
  return kit;
};

const DiffBlock = ({ diff, label }: { readonly diff: string; readonly label: string }) => (
  <ScrollRegion className="migration-diff" label={label}>
    <pre>
      <code>
        {diff
          .replace(/\n$/, '')
          .split('\n')
          .map((line, i) => (
            // Lines never reorder, so the index is a stable key.
            <span key={i} className={`diff-line diff-${diffLineKind(line)}`}>
              {line === '' ? ' ' : line}
            </span>
          ))}
      </code>
    </pre>
  </ScrollRegion>
);

const StepItem = ({ step }: { readonly step: MigrationStep }) => (
  <li className="migration-step" data-testid="migration-step" data-downtime={step.downtime}>
    <h4>
      Step {step.order}: {step.title}
    </h4>
    <p>
      <span className={`migration-downtime migration-downtime-${step.downtime}`}>
        {DOWNTIME_LABELS[step.downtime]}
      </span>
    </p>
    <p>{step.detail}</p>
    {step.diff !== undefined && (
      <DiffBlock diff={step.diff} label={`Config change of step ${step.order}`} />
    )}
  </li>
);

export type MigrationSectionProps = {
  readonly imported: ImportedSetup;
  readonly answers: Answers;
  /**
   * Loads the emitters' builders. The app takes them from the results' details, which hold the
   * emitters and are on their way to the same page: imported here too, the emitters would be
   * split into a chunk of their own, about 1 kB more for every reader of a share link.
   */
  readonly loadKit: () => Promise<MigrationKit>;
  /** The heading's id, for a page that links to its sections (the results' table of contents). */
  readonly headingId?: string;
};

export function MigrationSection({
  imported,
  answers,
  loadKit,
  headingId,
}: MigrationSectionProps): JSX.Element {
  const id = useId();
  const headingOf = headingId ?? `${id}-h`;
  const audit: ImportAudit = useMemo(() => auditImport(imported.input), [imported]);
  // Suspends (the section's Suspense shows its placeholder) until the details' chunk is there.
  const builders = use(kitFrom(loadKit));
  const plan = useMemo(() => {
    const files = audit.files;
    if (files === null) return null;
    const topology = recommendedTopology(answers);
    const current = readCurrentState(
      files,
      imported.layout === null ? {} : { layout: imported.layout },
    );
    const steps = planMigration(current, topology, files.config, builders, answers);
    return { rows: compareSetups(current, topology), steps };
  }, [audit, answers, imported.layout, builders]);

  const forget = (
    <Button
      variant="quiet"
      onClick={() => {
        wizardStore.getState().forgetImport();
      }}
    >
      Forget the imported files
    </Button>
  );

  if (plan === null) {
    return (
      <section className="results-section import-plan" aria-labelledby={headingOf}>
        <h2 id={headingOf}>Migration plan</h2>
        <p role="alert">
          The imported dagster_cloud.yaml can no longer be read, so there is no plan to show.
        </p>
        {forget}
      </section>
    );
  }

  const { rows, steps } = plan;
  const brief = steps.filter((s) => s.downtime === 'brief').length;
  return (
    <section
      className="results-section import-plan"
      aria-labelledby={headingOf}
      data-testid="migration-plan"
    >
      <h2 id={headingOf}>Migration plan</h2>
      <p className="import-intro">
        From the files you imported to the recommendation. The migration plan is shown in this
        browser only (this tab, until it is reloaded); the share link carries the answers.
      </p>
      <div className="import-table-wrap">
        <table className="import-table" data-testid="today-vs-recommended">
          <caption>Today vs recommended</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">Today</th>
              <th scope="col">Recommended</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.today}</td>
                <td className={r.changed ? 'import-changed' : undefined}>{r.recommended}</td>
                <td>{r.changed ? 'Changes' : 'Same'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Steps</h3>
      <p>
        {steps.length} step{steps.length === 1 ? '' : 's'}, in order.{' '}
        {brief === 0
          ? 'None of them needs downtime.'
          : `Everything that can be done without downtime comes first; ${brief} step${brief === 1 ? ' needs' : 's need'} a brief downtime.`}
      </p>
      <ol className="migration-steps">
        {steps.map((s) => (
          <StepItem key={s.id} step={s} />
        ))}
      </ol>
      <p>
        The new files are in <strong>Starter configuration</strong> below: “Download all files”
        saves them as one zip.
      </p>
      <div className="import-actions">
        <Button
          onClick={() => {
            downloadText(MIGRATION_FILE_NAME, planToMarkdown(rows, steps), 'text/markdown');
          }}
        >
          Download the plan ({MIGRATION_FILE_NAME})
        </Button>
        {forget}
      </div>
    </section>
  );
}
