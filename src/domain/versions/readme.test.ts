import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { VERSION_GATES } from './dagster-version';
import { PINS } from './pinned';
import { PIN_SOURCES, pinsMarkdown, VERSION_GATE_SOURCES, versionGatesMarkdown } from './sources';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the README documents the version facts the code uses', () => {
  it('has the version gates, each with its source', () => {
    expect(README).toContain(versionGatesMarkdown());
  });

  it('has every pinned tag, each with its source', () => {
    expect(README).toContain(pinsMarkdown());
  });

  it('cites a commit or a release for every gate and pin', () => {
    for (const source of [...Object.values(VERSION_GATE_SOURCES), ...Object.values(PIN_SOURCES)]) {
      expect(source).toMatch(/[0-9a-f]{7,8}|\d+\.\d+\.\d+|Docker Hub/);
    }
    expect(Object.keys(VERSION_GATE_SOURCES)).toEqual(Object.keys(VERSION_GATES));
    expect(Object.keys(PIN_SOURCES)).toEqual(Object.keys(PINS));
  });
});
