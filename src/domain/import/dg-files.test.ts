import { describe, expect, it } from 'vitest';

import { auditImport } from './audit';
import { DG_FIELDS_TEXT, readDgFile } from './dg-files';

describe('dg files given as dagster_cloud.yaml', () => {
  it.each([
    [
      'a dg.toml workspace',
      '# head\ndirectory_type = "workspace"\n\n[workspace]\n',
      'workspace',
      2,
    ],
    ['a pyproject.dg.toml fragment', '[tool.dg]\ndirectory_type = "project"\n', 'project', 1],
    [
      'a pyproject.toml with [tool.dg.project]',
      '[project]\nname = "x"\n\n[tool.dg.project]\nroot_module = "x"\n',
      'project',
      4,
    ],
    ['single quotes', "directory_type = 'workspace'\n", 'workspace', 1],
  ] as const)('%s is named a dg file, with no YAML error', (_name, text, kind, line) => {
    expect(readDgFile(text)).toEqual({ kind, line });
    const audit = auditImport({ dagsterCloudYaml: text });
    expect(audit.files).toBeNull();
    expect(audit.findings).toEqual([
      expect.objectContaining({ id: 'dg-files', severity: 'error', line }),
    ]);
    expect(audit.findings[0]?.message).toContain(kind === 'workspace' ? 'dg.toml' : 'pyproject');
    // It says where dg files go in the import (they are read there, keyed by path).
    expect(audit.findings[0]?.fix).toContain(DG_FIELDS_TEXT);
  });

  it.each([
    ['a broken YAML file', 'locations: [\n', 'yaml-syntax'],
    ['TOML that is not dg', '[project]\nname = "x"\n', 'yaml-syntax'],
    ['a directory_type inside a YAML block scalar', 'x: |\n  directory_type = "workspace"\n', null],
  ] as const)('%s is not a dg file', (_name, text, firstId) => {
    const audit = auditImport({ dagsterCloudYaml: text });
    expect(audit.findings.map((f) => f.id)).not.toContain('dg-files');
    if (firstId !== null) expect(audit.findings[0]?.id).toBe(firstId);
  });
});
