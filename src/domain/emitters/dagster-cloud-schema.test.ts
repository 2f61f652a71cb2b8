import { describe, expect, it } from 'vitest';

import { dagsterCloudYamlSchema, laterDagsterCloudYamlSchema } from './dagster-cloud-schema';

const location = (extra: Record<string, unknown> = {}) => ({
  location_name: 'ingest',
  code_source: { package_name: 'ingest' },
  ...extra,
});

describe('dagsterCloudYamlSchema', () => {
  it.each<[string, unknown]>([
    ['a minimal location', { locations: [location()] }],
    [
      'every optional location key',
      {
        locations: [
          location({
            build: { directory: 'ingest', registry: 'ghcr.io/acme/dagster' },
            working_directory: './src',
            executable_path: '/venvs/ingest/bin/python',
            attribute: 'defs',
            container_context: { k8s: { namespace: 'team-a' } },
            agent_queue: 'aws',
          }),
        ],
      },
    ],
    ['a prebuilt image', { locations: [location({ image: 'acme/ingest:1' })] }],
    ['no code_source (optional in the CLI model)', { locations: [{ location_name: 'x' }] }],
    [
      'defaults with shared keys',
      { locations: [location()], defaults: { agent_queue: 'aws', build: { registry: 'r' } } },
    ],
    ['an empty list', { locations: [] }],
  ])('accepts %s', (_name, file) => {
    expect(dagsterCloudYamlSchema.safeParse(file).success).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['missing locations', {}, 'locations'],
    ['an unknown top-level key', { locations: [location()], version: 1 }, 'version'],
    ['an unknown location key', { locations: [location({ queue: 'aws' })] }, 'queue'],
    [
      'an unknown build key',
      { locations: [location({ build: { dockerfile: 'x' } })] },
      'dockerfile',
    ],
    [
      'file_name (a docs typo for python_file)',
      { locations: [location({ code_source: { file_name: 'a.py' } })] },
      'file_name',
    ],
    [
      // models.py @2fc2cf18: CodeSource has no such field and forbids extras (the issue's finding).
      'autoload_defs_module_name (not in the CLI model at 2fc2cf18)',
      { locations: [location({ code_source: { autoload_defs_module_name: 'a.defs' } })] },
      'autoload_defs_module_name',
    ],
    [
      'autoload_defs_module (wrong key)',
      { locations: [location({ code_source: { autoload_defs_module: 'a' } })] },
      'autoload_defs_module',
    ],
    ['no code_source key', { locations: [location({ code_source: {} })] }, 'exactly one'],
    [
      'two code_source keys',
      { locations: [location({ code_source: { package_name: 'a', module_name: 'a.defs' } })] },
      'exactly one',
    ],
    [
      'duplicate location names',
      { locations: [location(), location()] },
      'Duplicate location_name',
    ],
    [
      'an empty location name',
      { locations: [location({ location_name: '' })] },
      'must not be empty',
    ],
    [
      'location_name in defaults',
      { locations: [location()], defaults: { location_name: 'x' } },
      'location_name',
    ],
    [
      'code_source in defaults',
      { locations: [location()], defaults: { code_source: { package_name: 'x' } } },
      'code_source',
    ],
  ])('rejects %s', (_name, file, message) => {
    const result = dagsterCloudYamlSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});

/**
 * The later stored version of models.py (release not identified) adds
 * `code_source.autoload_defs_module_name`; everything else is as at 2fc2cf18.
 */
describe('laterDagsterCloudYamlSchema', () => {
  it('accepts autoload_defs_module_name as the one code source', () => {
    const file = {
      locations: [location({ code_source: { autoload_defs_module_name: 'a.defs' } })],
    };
    expect(laterDagsterCloudYamlSchema.safeParse(file).success).toBe(true);
  });

  it.each<[string, unknown, string]>([
    [
      'autoload_defs_module_name beside package_name',
      {
        locations: [
          location({ code_source: { package_name: 'a', autoload_defs_module_name: 'a' } }),
        ],
      },
      'exactly one',
    ],
    [
      'autoload_defs_module (wrong key)',
      { locations: [location({ code_source: { autoload_defs_module: 'a' } })] },
      'autoload_defs_module',
    ],
    ['an unknown location key', { locations: [location({ queue: 'aws' })] }, 'queue'],
  ])('rejects %s', (_name, file, message) => {
    const result = laterDagsterCloudYamlSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });

  it('counts only sources with a value, as exactly_one_source_defined does', () => {
    const file = { locations: [location({ code_source: { package_name: 'a', module_name: '' } })] };
    expect(dagsterCloudYamlSchema.safeParse(file).success).toBe(true);
  });
});
