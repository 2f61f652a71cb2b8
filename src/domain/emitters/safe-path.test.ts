import { describe, expect, it } from 'vitest';

import { safeRelativePath } from './safe-path';

describe('safeRelativePath', () => {
  it.each([
    ['dagster_cloud.yaml', 'dagster_cloud.yaml'],
    ['dagster-finance/.github/workflows/x.yml', 'dagster-finance/.github/workflows/x.yml'],
    ['../../etc/passwd', 'etc/passwd'],
    ['/abs/path', 'abs/path'],
    ['a\\b\\..\\c', 'a/b/c'],
    ['./a//b/', 'a/b'],
    ['..', 'file.txt'],
    ['', 'file.txt'],
  ])('%s → %s', (input, expected) => {
    expect(safeRelativePath(input)).toBe(expected);
  });
});
