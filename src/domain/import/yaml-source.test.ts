import { describe, expect, it } from 'vitest';

import { loadYaml } from './yaml-source';

const DUPLICATE = 'Map keys must be unique';

describe('loadYaml: duplicate keys', () => {
  it.each([
    ['a block mapping', 'a: 1\nb: 2\na: 3\n', [3]],
    ['a nested mapping', 'top:\n  x: 1\n  y: 2\n  x: 3\nother: 1\n', [4]],
    ['a flow mapping', 'a: {x: 1, y: 2, x: 3}\n', [1]],
    ['a mapping in a list', 'l:\n  - k: 1\n    k: 2\n  - k: 3\n', [3]],
    ['three times the same key', 'a: 1\na: 2\na: 3\n', [2, 3]],
    ['numbers equal as values', '1: a\n1: b\n', [2]],
    ['keys of the same text but different types', '"1": a\n1: b\n', []],
    ['the same key in two mappings', 'a:\n  k: 1\nb:\n  k: 2\n', []],
    ['a list of repeated items', 'l: [a, a, a]\n', []],
  ])('%s', (_case, text, lines) => {
    const source = loadYaml(text);
    const duplicates = source.errors.filter((e) => e.message === DUPLICATE);
    expect(duplicates.map((e) => e.line)).toEqual(lines);
    // A file with a duplicate key is not converted: the parsers report it instead.
    expect(source.value === undefined).toBe(lines.length > 0);
  });

  it('reads a mapping of 40,000 distinct keys without a duplicate', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const source = loadYaml(text);
    expect(source.errors).toEqual([]);
    expect(Object.keys(source.value as object)).toHaveLength(40_000);
  });

  it('finds a duplicate in 50,000 nested lists without overflowing the stack', () => {
    const text = `a: 1\na: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    expect(() => loadYaml(text)).not.toThrow();
  });
});
