/**
 * The import view (its own lazy chunk): paste or upload an existing dagster_cloud.yaml, agent
 * configs and CODEOWNERS, see the audit, and pre-fill the wizard with the projects found.
 */
import type { JSX } from 'react';

export function ImportView(): JSX.Element {
  return (
    <section className="import">
      <h2>Import an existing dagster_cloud.yaml</h2>
    </section>
  );
}
