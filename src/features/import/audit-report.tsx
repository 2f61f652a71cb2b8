/**
 * The audit of imported files: counts, a failure notice when dagster_cloud.yaml cannot be read
 * (`role="alert"`), then the findings by file (the first hundred of each, then a count of the
 * rest) with their severity in words, line, what is wrong and the fix.
 */
import type { Ref } from 'react';

import type { ImportAudit } from '@/domain/import/audit';
import { FINDING_KINDS } from '@/domain/import/types';

import { SEVERITY_LABELS, countsText, groupByFile, hiddenText } from './import-text';

export type AuditReportProps = {
  readonly audit: ImportAudit;
  readonly headingRef?: Ref<HTMLHeadingElement>;
};

export const AuditReport = ({ audit, headingRef }: AuditReportProps) => {
  const groups = groupByFile(audit.findings, audit.more);
  const parse = audit.dagsterCloudYaml;
  return (
    <section className="import-section" aria-labelledby="import-audit-heading">
      <h3 id="import-audit-heading" ref={headingRef} tabIndex={-1}>
        Audit
      </h3>
      {!parse.ok && (
        <div className="import-failure" role="alert">
          <p>
            <strong>
              {audit.source === 'dg files' ? 'The dg files' : 'dagster_cloud.yaml'} could not be
              read:
            </strong>{' '}
            {parse.reason} Fix the errors below and check the files again.
          </p>
        </div>
      )}
      <p className="import-counts" data-testid="import-counts">
        {audit.findings.length === 0
          ? `No problems found: ${audit.source === 'dg files' ? 'dg' : 'the dagster-cloud CLI'} and the agents should accept these files.`
          : `Found ${countsText(audit.counts)}.`}
      </p>
      {groups.map((group) => (
        <div key={group.file} className="import-findings-group">
          <h4>
            {group.file}{' '}
            <span className="import-muted">
              ({group.total.toLocaleString('en-US')} finding{group.total === 1 ? '' : 's'})
            </span>
          </h4>
          <ol className="import-findings">
            {group.findings.map((f, i) => (
              <li
                key={`${f.id}-${f.line ?? 'x'}-${i}`}
                className={`import-finding import-finding-${f.severity}`}
                data-severity={f.severity}
              >
                <p className="import-finding-head">
                  <span className={`import-badge import-badge-${f.severity}`}>
                    {SEVERITY_LABELS[f.severity].one}
                  </span>{' '}
                  <span className="import-line">
                    {f.line === null ? 'Whole file' : `Line ${f.line}`}
                  </span>
                  {': '}
                  <strong>{FINDING_KINDS[f.id].title}</strong>
                </p>
                <p className="import-finding-message">{f.message}</p>
                <p className="import-finding-fix">
                  <span className="import-fix-label">Fix:</span> {f.fix}
                </p>
              </li>
            ))}
          </ol>
          {group.total > group.findings.length && (
            <p className="import-muted" data-testid="findings-hidden">
              {hiddenText(group)}
            </p>
          )}
        </div>
      ))}
    </section>
  );
};
