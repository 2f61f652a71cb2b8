import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';

import { tomlKey, tomlString, toToml } from './to-toml';

describe('tomlString', () => {
  it.each<[string, string, string]>([
    ['plain text', 'ingest', '"ingest"'],
    ['a double quote', 'say "hi"', '"say \\"hi\\""'],
    ['a backslash', 'C:\\dagster', '"C:\\\\dagster"'],
    ['a line break', 'a\nb', '"a\\nb"'],
    ['a carriage return and tab', 'a\r\tb', '"a\\r\\tb"'],
    ['backspace and form feed', '\b\f', '"\\b\\f"'],
    ['NUL and other control characters', '\u0000\u001B', '"\\u0000\\u001B"'],
    ['DEL', '\u007F', '"\\u007F"'],
    ['non-ASCII text as is', 'café ✓ 🚀', '"café ✓ 🚀"'],
    ['a lone surrogate', 'a\uD800b', '"a\uFFFDb"'],
    ['a TOML comment marker', '# not a comment', '"# not a comment"'],
  ])('escapes %s', (_, input, expected) => {
    expect(tomlString(input)).toBe(expected);
  });

  it('round-trips any well-formed string (TOML basic strings use JSON escapes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const written = tomlString(text);
        // eslint-disable-next-line no-control-regex -- no raw control character may remain
        expect(written).not.toMatch(/[\u0000-\u001F\u007F]/);
        expect(JSON.parse(written)).toBe(text);
        // And a TOML parser we did not write reads the same string back.
        expect(parseToml(`x = ${written}`)).toEqual({ x: text });
      }),
    );
  });
});

describe('tomlKey', () => {
  it.each<[string, string]>([
    ['root_module', 'root_module'],
    ['agent-queue', 'agent-queue'],
    ['dagster.yaml', '"dagster.yaml"'],
    ['with space', '"with space"'],
    ['', '""'],
  ])('writes %j as %s', (key, expected) => {
    expect(tomlKey(key)).toBe(expected);
  });
});

describe('toToml', () => {
  it('writes comments, the root table, tables and arrays of tables in order', () => {
    expect(
      toToml(
        [
          { header: [], values: { directory_type: 'workspace' } },
          { header: ['tool', 'dg', 'project'], values: { root_module: 'a_b', enabled: true } },
          { header: ['workspace', 'projects'], arrayItem: true, values: { path: 'a' } },
          { header: ['workspace', 'projects'], arrayItem: true, values: { path: 'b' } },
        ],
        ['first', '', 'second\nline'],
      ),
    ).toBe(
      [
        '# first',
        '#',
        '# second line',
        '',
        'directory_type = "workspace"',
        '',
        '[tool.dg.project]',
        'root_module = "a_b"',
        'enabled = true',
        '',
        '[[workspace.projects]]',
        'path = "a"',
        '',
        '[[workspace.projects]]',
        'path = "b"',
        '',
      ].join('\n'),
    );
  });

  it('writes what a TOML parser we did not write reads back as the intended tables', () => {
    const text = toToml([
      { header: [], values: { directory_type: 'workspace' } },
      { header: ['tool', 'dg', 'project'], values: { root_module: 'a_b', enabled: true } },
      { header: ['tool', 'my pkg'], values: { 'a.b': 'say "hi"\n' } },
      { header: ['workspace', 'projects'], arrayItem: true, values: { path: 'a' } },
      { header: ['workspace', 'projects'], arrayItem: true, values: { path: 'b' } },
    ]);
    expect(parseToml(text)).toEqual({
      directory_type: 'workspace',
      tool: {
        dg: { project: { root_module: 'a_b', enabled: true } },
        'my pkg': { 'a.b': 'say "hi"\n' },
      },
      workspace: { projects: [{ path: 'a' }, { path: 'b' }] },
    });
  });

  it('quotes header parts that are not bare keys', () => {
    expect(toToml([{ header: ['tool', 'my pkg'], values: { 'a.b': false } }])).toBe(
      '[tool."my pkg"]\n"a.b" = false\n',
    );
  });

  it('refuses a root table after a header', () => {
    expect(() =>
      toToml([
        { header: ['a'], values: {} },
        { header: [], values: { x: 'y' } },
      ]),
    ).toThrow('root table');
  });
});
