import { describe, expect, it } from 'vitest';

import { findDagsterVersion } from './dagster-version';
import { importToAnswers } from './to-answers';
import { auditImport } from './audit';

const YAML =
  'locations:\n  - location_name: ingest\n    code_source:\n      package_name: ingest\n';

describe('findDagsterVersion', () => {
  it.each<[string, string, string | null]>([
    [
      'a pinned dagster-cloud-action',
      'uses: dagster-io/dagster-cloud-action/actions/utils/ci-init@v1.11.9',
      '1.11.9',
    ],
    [
      'the action image in a GitLab pipeline',
      'image: ghcr.io/dagster-io/dagster-cloud-action:1.13.7',
      '1.13.7',
    ],
    ['an agent image', 'image: dagster/dagster-cloud-agent:1.12.4', '1.12.4'],
    ['a requirements pin', 'dagster==1.12.10\ndagster-k8s==0.28.10\n', '1.12.10'],
    [
      'a pyproject dependency',
      'dependencies = [\n  "dagster-cloud[serverless]==1.13.5",\n]',
      '1.13.5',
    ],
    ['spaces around ==', 'dagster == 1.12.9', '1.12.9'],
    ['a library on its own 0.x numbers only', 'dagster-k8s==0.28.10', null],
    ['a range, not a pin', 'dagster>=1.12', null],
    ['a floating action tag', 'dagster-cloud-action/actions/utils/prerun@latest', null],
    ['another package whose name ends in dagster', 'my-dagster==1.2.3', null],
    ['nothing', YAML, null],
  ])('%s', (_name, text, version) => {
    expect(findDagsterVersion([text])?.version ?? null).toBe(version);
  });

  it('takes the oldest release the files pin, and lists where each was seen', () => {
    const found = findDagsterVersion([
      'uses: dagster-io/dagster-cloud-action/actions/utils/ci-init@v1.13.7',
      'dagster==1.12.8',
    ]);
    expect(found?.version).toBe('1.12.8');
    expect(found?.sightings.map((s) => s.version)).toEqual(['1.13.7', '1.12.8']);
  });
});

describe('the import states the version its files show', () => {
  it.each<[string, string[], string | null]>([
    ['none shown: no version stated', [], null],
    [
      'a pinned workflow',
      ['uses: dagster-io/dagster-cloud-action/actions/utils/ci-init@v1.12.10'],
      '1.12.10',
    ],
  ])('%s', (_name, versionFiles, version) => {
    const audit = auditImport({ dagsterCloudYaml: YAML, versionFiles });
    if (audit.files === null) throw new Error('fixture must parse');
    const imported = importToAnswers(audit.files);
    expect(imported.answers.dagsterVersion).toBe(version);
    expect(imported.notes.join('\n')).toContain(
      version === null ? 'do not show a Dagster version' : `Dagster version read as ${version}`,
    );
  });
});
