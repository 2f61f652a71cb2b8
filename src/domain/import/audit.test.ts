import { describe, expect, it } from 'vitest';

import {
  BROKEN,
  DICT_FORM,
  DOCKER_AGENT_ONPREM,
  ECS_AGENT_DEFAULT,
  file,
  HOOLI,
  HOOLI_CODEOWNERS,
  HOOLI_HELM_VALUES,
  QUICKSTART,
} from './__fixtures__/dagster-cloud-files';
import { auditImport, safeLocationName } from './audit';
import type { FindingId } from './types';

const idsAndLines = (text: string, agentConfigs?: readonly string[]) =>
  auditImport({ dagsterCloudYaml: text, ...(agentConfigs ? { agentConfigs } : {}) }).findings.map(
    (f) => ({ id: f.id, line: f.line }),
  );

describe('auditImport on the broken corpus', () => {
  it.each(Object.entries(BROKEN))('%s: reports the finding on its line', (id, broken) => {
    const found = idsAndLines(broken.text, 'agents' in broken ? broken.agents : undefined);
    expect(found).toContainEqual({ id: id as FindingId, line: broken.line });
  });

  it.each(Object.entries(BROKEN))('%s: every finding has a message and a fix', (_id, broken) => {
    const audit = auditImport({ dagsterCloudYaml: broken.text });
    for (const f of audit.findings) {
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.fix.length).toBeGreaterThan(10);
    }
  });
});

describe('auditImport on healthy files', () => {
  it('the quickstart file has no finding: its underscore is no problem', () => {
    const audit = auditImport({ dagsterCloudYaml: QUICKSTART });
    expect(audit.findings).toEqual([]);
  });

  it('hooli with its Helm values and CODEOWNERS: no error or warning', () => {
    const audit = auditImport({
      dagsterCloudYaml: HOOLI,
      agentConfigs: [HOOLI_HELM_VALUES],
      codeowners: HOOLI_CODEOWNERS,
    });
    expect(audit.counts.error + audit.counts.warning).toBe(0);
    expect(audit.agents).toHaveLength(1);
    expect(audit.codeowners).toHaveLength(4);
    // The one note: the batch-enrichment rule names a user, not a team.
    expect(audit.findings).toEqual([
      expect.objectContaining({ id: 'codeowners-no-team', file: 'CODEOWNERS', line: 5 }),
    ]);
  });

  it('the dict form is read as the list form, with a warning that the CLI wants a list', () => {
    const audit = auditImport({
      dagsterCloudYaml: DICT_FORM,
      agentConfigs: [DOCKER_AGENT_ONPREM, ECS_AGENT_DEFAULT],
    });
    expect(audit.findings.map((f) => [f.id, f.line, f.severity])).toEqual([
      ['legacy-dict-form', 1, 'warning'],
    ]);
  });
});

describe('specific audit rules', () => {
  it('names the agent rewrite for each platform in use', () => {
    const audit = auditImport({
      dagsterCloudYaml: BROKEN['name-rewritten'].text,
      agentConfigs: [DOCKER_AGENT_ONPREM],
    });
    const rewritten = audit.findings.find((f) => f.id === 'name-rewritten');
    // Docker drops capitals instead of lowercasing them.
    expect(rewritten?.message).toContain('the Docker agent names it "inanceeports-prod-xxxxxx"');
    expect(rewritten?.fix).toContain('"finance-reports"');
  });

  it('a queue typo suggests the served queue', () => {
    const audit = auditImport({
      dagsterCloudYaml: BROKEN['queue-not-served'].text,
      agentConfigs: [DOCKER_AGENT_ONPREM],
    });
    const f = audit.findings.find((x) => x.id === 'queue-not-served');
    expect(f?.fix).toContain('Did you mean "onprem"?');
  });

  it('a location without agent_queue is unserved when no agent reads the default queue', () => {
    const audit = auditImport({
      dagsterCloudYaml: QUICKSTART,
      agentConfigs: [DOCKER_AGENT_ONPREM],
    });
    expect(audit.findings).toContainEqual(
      expect.objectContaining({ id: 'queue-not-served', line: 2, severity: 'error' }),
    );
  });

  it('queues are not checked when no agent config is given', () => {
    expect(idsAndLines(BROKEN['queue-not-served'].text)).toEqual([]);
  });

  it('a location repeating a default is a note, overriding it a warning', () => {
    const audit = auditImport({
      dagsterCloudYaml: file(
        'defaults:',
        '  build:',
        '    registry: ghcr.io/acme/dagster',
        'locations:',
        '  - location_name: ingest',
        '    code_source:',
        '      package_name: ingest',
        '    build:',
        '      registry: ghcr.io/acme/dagster',
      ),
    });
    expect(audit.findings).toEqual([
      expect.objectContaining({ id: 'default-overridden', line: 9, severity: 'info' }),
    ]);
  });

  it('an unknown key suggests the allowed key it resembles', () => {
    const audit = auditImport({ dagsterCloudYaml: BROKEN['unknown-key'].text });
    expect(audit.findings[0]?.fix).toBe('Rename "agent-queue" to "agent_queue".');
  });

  it('a code source key at the location level is told to move under code_source', () => {
    const audit = auditImport({
      dagsterCloudYaml: file('locations:', '  - location_name: a', '    package_name: a'),
    });
    expect(audit.findings.map((f) => [f.id, f.line])).toEqual([
      ['code-source-missing', 2],
      ['unknown-key', 3],
    ]);
  });

  it('findings are sorted by file then line', () => {
    const audit = auditImport({
      dagsterCloudYaml: BROKEN['default-overridden'].text,
      agentConfigs: [HOOLI_HELM_VALUES],
    });
    const lines = audit.findings.filter((f) => f.file === 'dagster_cloud.yaml').map((f) => f.line);
    expect(lines).toEqual([...lines].sort((a, b) => (a ?? 99) - (b ?? 99)));
  });
});

describe('location names: underscores are fine, other characters agents drop are not', () => {
  const oneLocation = (name: string) =>
    file('locations:', `  - location_name: ${name}`, '    code_source:', '      package_name: p');
  it.each([
    // The wizard accepts these, and the agents keep the exact name in their labels.
    ['ml_training', []],
    ['quickstart_etl', []],
    ['a_b_c-d', []],
    ['ingest', []],
    // Capitals and dots are dropped (Docker, ECS) or lowercased (K8s): resource names differ.
    ['ML_Training', ['name-rewritten', 'project-name-invalid']],
    ['finance.reports', ['name-rewritten', 'project-name-invalid']],
  ] as const)('%s → %j', (name, ids) => {
    expect(auditImport({ dagsterCloudYaml: oneLocation(name) }).findings.map((f) => f.id)).toEqual(
      ids,
    );
  });
});

describe('registries: one login covers one host', () => {
  const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
  const locations = (...registries: string[]) =>
    file(
      'locations:',
      ...registries.flatMap((registry, i) => [
        `  - location_name: l${i.toString()}`,
        '    code_source:',
        `      package_name: l${i.toString()}`,
        '    build:',
        `      registry: ${registry}`,
      ]),
    );
  const registryFindings = (...registries: string[]) =>
    auditImport({ dagsterCloudYaml: locations(...registries) }).findings.filter(
      (f) => f.id === 'registry-differs',
    );

  it.each([
    ['three repositories on one ECR host', [`${ECR}/ingest`, `${ECR}/train`, `${ECR}/score`]],
    ['one registry for all', ['ghcr.io/acme/dagster', 'ghcr.io/acme/dagster']],
    ['hosts differ only in case', ['GHCR.io/acme/a', 'ghcr.io/acme/b']],
    ['Docker Hub, short and long form', ['acme/a', 'docker.io/acme/b']],
    ['one host with a port', ['registry.local:5000/a', 'registry.local:5000/b']],
  ])('%s: no finding', (_case, registries) => {
    expect(registryFindings(...registries)).toEqual([]);
  });

  it.each([
    ['ghcr.io and ECR', ['ghcr.io/acme/a', 'ghcr.io/acme/b', `${ECR}/c`], ['l2'], ['ghcr.io', ECR]],
    [
      'three hosts',
      ['ghcr.io/acme/a', `${ECR}/b`, 'acme/c'],
      ['l1', 'l2'],
      ['ghcr.io', ECR, 'docker.io'],
    ],
  ])(
    '%s: a note on each location off the main host, naming every host, claiming no failure',
    (_case, registries, flagged, hosts) => {
      const found = registryFindings(...registries);
      expect(found.map((f) => /^Location "(\w+)"/.exec(f.message)?.[1])).toEqual(flagged);
      for (const f of found) {
        expect(f.severity).toBe('info');
        expect(f.message).toContain('A registry login covers one host');
        for (const host of hosts) expect(f.message).toContain(`"${host}"`);
        expect(`${f.message} ${f.fix}`).not.toMatch(/fail/i);
      }
    },
  );
});

describe('safeLocationName', () => {
  it.each([
    ['quickstart_etl', 'quickstart-etl'],
    ['Finance.Reports', 'finance-reports'],
    ['2024', 'my-location'],
    ['ingest', 'ingest'],
  ])('%s → %s', (name, expected) => {
    expect(safeLocationName(name)).toBe(expected);
  });
});
