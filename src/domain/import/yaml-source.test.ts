import { describe, expect, it } from 'vitest';

import { loadYaml, MAX_YAML_DEPTH } from './yaml-source';

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

describe('loadYaml: nesting depth', () => {
  const nested = (depth: number): string => `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
  it.each([
    ['flow lists at the limit', nested(MAX_YAML_DEPTH - 1), null],
    ['flow lists one level over', nested(MAX_YAML_DEPTH), 1],
    ['50,000 flow lists', nested(50_000), 1],
    ['flow mappings', `a: ${'{b: '.repeat(200)}1${'}'.repeat(200)}\n`, 1],
    ['compact block lists on line 3', `a: 1\nb:\n  ${'- '.repeat(300)}x\n`, 3],
    ['250,000 compact block lists', `${'- '.repeat(250_000)}x\n`, 1],
    [
      'nested block mappings at the limit',
      Array.from({ length: MAX_YAML_DEPTH }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
      null,
    ],
    [
      'nested block mappings one level over',
      Array.from({ length: MAX_YAML_DEPTH + 1 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
      MAX_YAML_DEPTH + 1,
    ],
  ])('%s', (_case, text, line) => {
    const first = loadYaml(text);
    // The same answer every time (a stack overflow gave different ones).
    expect(loadYaml(text).errors).toEqual(first.errors);
    const deep = first.errors.filter((e) => e.message.includes('nested more than'));
    if (line === null) {
      expect(first.errors).toEqual([]);
      expect(first.value).toBeDefined();
    } else {
      expect(deep.map((e) => e.line)).toEqual([line]);
      expect(deep[0]?.message).toContain(`more than ${MAX_YAML_DEPTH} levels deep`);
      expect(first.value).toBeUndefined();
    }
  });

  it.each([
    ['two documents', 'a: 1\n---\nb: 2\n', /multiple documents/],
    ['an empty text', '', null],
    ['a comment only', '# nothing\n', null],
  ])('still reads %s as the library does', (_case, text, error) => {
    const { errors } = loadYaml(text);
    if (error === null) expect(errors).toEqual([]);
    else expect(errors.map((e) => e.message).join('\n')).toMatch(error);
  });
});
