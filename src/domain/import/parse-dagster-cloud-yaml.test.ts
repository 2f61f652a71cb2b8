import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { DICT_FORM, file, HOOLI, QUICKSTART } from './__fixtures__/dagster-cloud-files';
import { parseDagsterCloudYaml, toListForm } from './parse-dagster-cloud-yaml';
import type { ImportedDagsterCloudYaml } from './types';

const parsed = (text: string): ImportedDagsterCloudYaml => {
  const result = parseDagsterCloudYaml(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe('parseDagsterCloudYaml', () => {
  it('reads the quickstart location with every field and line', () => {
    const config = parsed(QUICKSTART);
    expect(config.form).toBe('list');
    expect(config.locations).toHaveLength(1);
    expect(config.locations[0]).toMatchObject({
      name: 'quickstart_etl',
      line: 2,
      codeSource: { key: 'package_name', value: 'quickstart_etl.definitions' },
      workingDirectory: './src/',
      buildDirectory: './',
      agentQueue: null,
      lines: { 'build.registry': 8, 'code_source.package_name': 4 },
    });
  });

  it('reads hooli: three locations, one registry, k8s container context', () => {
    const config = parsed(HOOLI);
    expect(config.locations.map((l) => [l.name, l.line, l.buildDirectory])).toEqual([
      ['data-eng-pipeline', 2, './hooli-data-eng'],
      ['basics', 18, './hooli-basics'],
      ['batch-enrichment', 24, './hooli-batch-enrichment'],
    ]);
    expect(new Set(config.locations.map((l) => l.registry)).size).toBe(1);
    expect(config.locations.map((l) => l.containerPlatforms)).toEqual([['k8s'], [], ['k8s']]);
  });

  it('normalises the dict form to the list form, keeping lines', () => {
    const config = parsed(DICT_FORM);
    expect(config.form).toBe('dict');
    expect(toListForm(config)).toEqual({
      locations: [
        {
          location_name: 'ingest',
          code_source: { package_name: 'ingest.definitions' },
          image: 'ghcr.io/acme/ingest:latest',
          working_directory: './ingest',
        },
        {
          location_name: 'reporting',
          code_source: { python_file: 'reporting/repo.py' },
          image: 'ghcr.io/acme/reporting:latest',
          agent_queue: 'onprem',
        },
      ],
    });
    expect(config.locations[1]).toMatchObject({
      line: 6,
      agentQueue: 'onprem',
      lines: { 'code_source.python_file': 7, agent_queue: 9 },
    });
  });

  it('merges defaults into each location as the CLI does (location values win)', () => {
    const config = parsed(
      file(
        'defaults:',
        '  agent_queue: aws',
        '  build:',
        '    registry: ghcr.io/acme/dagster',
        'locations:',
        '  - location_name: a',
        '    code_source:',
        '      package_name: a',
        '  - location_name: b',
        '    code_source:',
        '      package_name: b',
        '    agent_queue: gcp',
        '    build:',
        '      directory: ./b',
      ),
    );
    expect(config.locations.map((l) => [l.agentQueue, l.registry, l.buildDirectory])).toEqual([
      ['aws', 'ghcr.io/acme/dagster', null],
      ['gcp', 'ghcr.io/acme/dagster', './b'],
    ]);
    expect(config.defaultsLines).toMatchObject({ agent_queue: 2, 'build.registry': 4 });
  });

  it.each([
    ['location_name in defaults', file('defaults:', '  location_name: x', 'locations: []'), 2],
    ['unknown top-level key', file('location:', '  - location_name: x'), 1],
    [
      'unknown build key',
      file(
        'locations:',
        '  - location_name: a',
        '    code_source:',
        '      package_name: a',
        '    build:',
        '      dir: .',
      ),
      6,
    ],
    [
      'unknown container platform (agent rejects it)',
      file(
        'locations:',
        '  - location_name: a',
        '    code_source:',
        '      package_name: a',
        '    container_context:',
        '      kubernetes: {}',
      ),
      6,
    ],
  ])('reports an unknown key: %s', (_name, text, line) => {
    const result = parseDagsterCloudYaml(text);
    expect(result.findings).toContainEqual(expect.objectContaining({ id: 'unknown-key', line }));
  });

  // YAML reads `agent_queue: 2024` as a number, which the CLI rejects: the user is told which key
  // must be a string, and the number is not taken for a queue the plan would then route to.
  it('a number where a string belongs: says so on its line and keeps no value', () => {
    const result = parseDagsterCloudYaml(
      file(
        'locations:',
        '  - location_name: a',
        '    code_source:',
        '      package_name: a',
        '    agent_queue: 2024',
      ),
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        id: 'wrong-type',
        line: 5,
        message: expect.stringContaining(
          '"agent_queue" in location "a" must be a string, found a number',
        ) as unknown,
      }),
    );
    expect(result.ok && result.value.locations[0]?.agentQueue).toBeNull();
  });
});

describe('parseDagsterCloudYaml on unusable and arbitrary text', () => {
  it('an empty file is not usable', () => {
    const result = parseDagsterCloudYaml('');
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.id)).toEqual(['not-a-mapping']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseDagsterCloudYaml(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on YAML-shaped text', () => {
    const token = fc.constantFrom(
      'locations:',
      '  - location_name: a',
      '    code_source:',
      '      package_name: a',
      'defaults:',
      '  build: {registry: x}',
      '  agent_queue: [1, 2]',
      '- ',
      '  x: &a [*a]',
      '{{ get_env("X") }}',
      ': :',
      '  ingest:',
      '    python_file: a.py',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (lines) => {
        const result = parseDagsterCloudYaml(lines.join('\n'));
        expect(Array.isArray(result.findings)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
