import { describe, expect, it } from 'vitest';

import { loadYaml, MAX_YAML_DEPTH, MAX_YAML_TOKENS, newYamlBudget } from './yaml-source';

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
    // Past MAX_YAML_TOKENS (about 240,000 tokens): a budget of its own, for the duplicate check.
    const source = loadYaml(text, { tokens: 1_000_000 });
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
    // A budget past MAX_YAML_TOKENS: 250,000 compact lists are 500,000 tokens.
    const load = () => loadYaml(text, { tokens: 1_000_000 });
    const first = load();
    // The same answer every time (a stack overflow gave different ones).
    expect(load().errors).toEqual(first.errors);
    const deep = first.errors.filter((e) => e.message.includes('nested more than'));
    if (line === null) {
      expect(first.errors).toEqual([]);
      expect(first.value).toBeDefined();
    } else {
      expect(deep.map((e) => e.line)).toEqual([line]);
      expect(deep[0]?.message).toContain(`more than ${MAX_YAML_DEPTH} levels deep`);
      expect(deep[0]?.fix).toMatch(/^Remove the nesting that starts on this line/);
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

describe('loadYaml: the bound on YAML tokens', () => {
  // "a: 1\n" is 8 lexemes: document, scalar mark, "a", ":", " ", scalar mark, "1", line break.
  it.each([
    ['a text of exactly the budget', 'a: 1\n', 8, []],
    ['a text one token over the budget', 'a: 1\n', 7, [1]],
    ['a long text stops on the line where the budget runs out', 'a: 1\nb: 2\nc: 3\n', 12, [2]],
  ])('%s', (_case, text, tokens, lines) => {
    const source = loadYaml(text, { tokens });
    const tooLarge = source.errors.filter((e) => e.tooLarge === true);
    expect(tooLarge.map((e) => e.line)).toEqual(lines);
    expect(source.root === null).toBe(lines.length > 0);
  });

  it('is shared by the texts of one check: what one reads, the next cannot', () => {
    const budget = newYamlBudget();
    // 8,000 lines of 7 tokens: 56,000, more than half the bound.
    const half = Array.from({ length: 8_000 }, (_, i) => `k${i}: 1`).join('\n');
    expect(loadYaml(half, budget).errors).toEqual([]);
    const second = loadYaml(half, budget);
    expect(second.errors).toEqual([expect.objectContaining({ tooLarge: true })]);
    // A text of its own has the whole bound.
    expect(loadYaml(half).errors).toEqual([]);
  });

  it('names the bound and says what to do, not how to fix the syntax', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n');
    const [error, ...rest] = loadYaml(text).errors;
    expect(rest).toEqual([]);
    expect(error?.message).toContain(`${MAX_YAML_TOKENS.toLocaleString('en-US')} YAML tokens`);
    expect(error?.fix).toMatch(/^Remove what is not about Dagster\+/);
    // 7 tokens a line (scalar mark, key, ":", " ", scalar mark, value, line break): the
    // 100,000th is on line 14,286.
    expect(error?.line).toBe(14_286);
  });

  it('stops reading at the first list nested past MAX_YAML_DEPTH, not at the end of the text', () => {
    const budget = newYamlBudget();
    const errors = loadYaml(`a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, budget).errors;
    expect(errors.map((e) => e.line)).toEqual([1]);
    // The text is 100,006 tokens; reading stopped about MAX_YAML_DEPTH of them in.
    expect(MAX_YAML_TOKENS - budget.tokens).toBeLessThan(3 * MAX_YAML_DEPTH);
  });
});

describe('loadYaml: the plain value', () => {
  const bomb = [
    'a: &a [x, x, x, x, x, x, x, x, x, x]',
    ...Array.from({ length: 8 }, (_, i) => {
      const [prev, name] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
      return `${name}: &${name} [${Array.from({ length: 10 }, () => `*${prev}`).join(', ')}]`;
    }),
  ].join('\n');
  it.each([
    ['plain mappings and lists', 'a: 1\nb: [x, y]\n', { a: 1, b: ['x', 'y'] }, []],
    ['an alias, resolved', 'a: &q x\nb: *q\n', { a: 'x', b: 'x' }, []],
    ['an alias bomb: an error, no value', bomb, undefined, [/Excessive alias count/]],
  ])('%s', (_case, text, value, errors) => {
    const source = loadYaml(text);
    // Read before the value is asked for: an alias bomb is an error at once.
    expect(source.errors).toHaveLength(errors.length);
    errors.forEach((pattern, i) => {
      expect(source.errors[i]?.message).toMatch(pattern);
    });
    expect(source.value).toEqual(value);
  });
});
