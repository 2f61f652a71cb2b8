import { describe, expect, it } from 'vitest';

import { isDgPath, mergeDgFields, pickDgPaths } from './dg-pick';
import type { DgField } from './import-draft';

describe('which picked files are dg files', () => {
  it.each([
    ['dg.toml', true],
    ['repo/ingest/pyproject.toml', true],
    ['repo\\ingest\\pyproject.dg.toml', true],
    ['/repo/build.yaml', true],
    ['repo/ingest/container_context.yaml', true],
    ['repo/README.md', false],
    ['repo/dagster_cloud.yaml', false],
    ['repo/.venv/lib/pyproject.toml', false],
    ['repo/node_modules/x/pyproject.toml', false],
    ['repo/.git/dg.toml', false],
  ])('%s: %s', (path, want) => {
    expect(isDgPath(path)).toBe(want);
  });

  it('counts what it leaves out', () => {
    expect(pickDgPaths(['dg.toml', 'a.md', 'a/pyproject.toml', 'b.py'])).toEqual({
      read: [0, 2],
      leftOut: 2,
    });
  });
});

describe('mergeDgFields', () => {
  let key = 100;
  const field = (path: string, text: string): DgField => ({ key: key++, path, text });

  it('replaces a field of the same path, drops empty ones, puts dg.toml first', () => {
    const existing = [field('dg.toml', ''), field('a/pyproject.toml', 'old'), field('b/x', 'keep')];
    const merged = mergeDgFields(
      existing,
      [
        { path: './a/pyproject.toml', text: 'new' },
        { path: 'a/build.yaml', text: 'registry: x' },
        { path: 'dg.toml', text: 'directory_type = "workspace"' },
      ],
      field,
    );
    expect(merged.map((f) => [f.path, f.text])).toEqual([
      ['b/x', 'keep'],
      ['dg.toml', 'directory_type = "workspace"'],
      ['a/build.yaml', 'registry: x'],
      ['a/pyproject.toml', 'new'],
    ]);
    // A replaced field is a new one, so its text area opens with the new text.
    expect(merged.some((f) => f.key === existing[1]?.key)).toBe(false);
  });
});
