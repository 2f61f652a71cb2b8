/**
 * Shown above the projects step after an import: what the files could not tell and every guess
 * made (teams "unassigned", high volume unknown, renamed projects), so the user confirms or
 * corrects them before scoring. Derived again from the imported texts; nothing is stored.
 */
import { useMemo, type JSX } from 'react';

import { auditImport } from '@/domain/import/audit';
import { importToAnswers } from '@/domain/import/to-answers';
import type { Answers } from '@/domain/questionnaire/schemas';
import type { ImportedSetup } from '@/store/wizard-store';

import './import.css';

export function ImportNotes(props: {
  readonly imported: ImportedSetup;
  readonly answers: Answers;
}): JSX.Element | null {
  const { imported, answers } = props;
  const notes = useMemo(() => {
    const files = auditImport(imported.input).files;
    return files === null ? [] : importToAnswers(files, answers).notes;
  }, [imported, answers]);
  if (notes.length === 0) return null;
  return (
    <section className="import-notice" aria-label="Notes from the import">
      <p>
        <strong>Imported from your files.</strong> Confirm or correct the projects below before
        scoring; the results will show a migration plan from today&apos;s setup.
      </p>
      <ul className="import-notes">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
