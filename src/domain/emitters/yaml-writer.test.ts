import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import { rankOptions } from '../scoring/rank-options';
import { buildTopology } from '../topology/build-topology';
import { emitAll } from './emitters';
import { commentOf, toYaml, toYamlByLibrary, toYamlFast } from './to-yaml';
import { OPTIONAL_TARGET_IDS } from './types';

/** The library's bytes, and whether the fast path wrote them itself. */
const both = (value: unknown, header: readonly string[] = []) => ({
  library: toYamlByLibrary(value, header),
  fast: toYamlFast(value, commentOf(header)),
});

/** Generated documents: scalars, keys and blocks of every kind the emitters could write. */
const tricky = fc.oneof(
  fc.string(),
  fc.string({
    unit: fc.constantFrom(
      'a',
      'Z',
      '0',
      '-',
      ':',
      ' ',
      '#',
      '\n',
      "'",
      '"',
      '\t',
      '|',
      '.',
      'é',
      '\u0001',
    ),
  }),
  fc.constantFrom(
    'true',
    'null',
    '~',
    '1',
    '1.0',
    '.inf',
    '-',
    '? x',
    'x: y',
    '%x',
    '---',
    'a\n',
    '\n\n',
    '.',
    './x',
    '...',
    '.nan',
  ),
);
// Mostly what the fast path writes itself (single-line scalars, asking the library for odd
// ones; literal blocks of plain lines); some that make it give the document away.
const block = fc
  .tuple(
    fc.array(fc.stringMatching(/^[a-z][a-z ]{0,10}[a-z]$/), { minLength: 2, maxLength: 4 }),
    fc.boolean(),
  )
  .map(([lines, newline]) => `${lines.join('\n')}${newline ? '\n' : ''}`);
const scalar = fc.oneof(
  { arbitrary: tricky.filter((t) => !/[\n\r]/.test(t)), weight: 4 },
  { arbitrary: block, weight: 1 },
  { arbitrary: tricky, weight: 1 },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z][\w-]{0,8}$/), weight: 9 },
  { arbitrary: tricky, weight: 1 },
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4, noNullPrototype: true }),
}));
// Mostly documents the fast path can write (a map at the root), some it must give away.
const document = fc.oneof(
  {
    arbitrary: fc.dictionary(key, value.node, { minKeys: 1, maxKeys: 5, noNullPrototype: true }),
    weight: 4,
  },
  { arbitrary: value.node, weight: 1 },
);

describe('fast YAML writer: the library’s bytes', () => {
  // `writer`: the fast path writes the document (asking the library for odd scalars only);
  // `library`: it gives the whole document to the library. Either way, the library's bytes.
  it.each<[string, 'writer' | 'library', unknown]>([
    [
      'plain words, paths and expressions',
      'writer',
      { a: 'ubuntu-latest', b: './src/x', c: '${{ secrets.T }}' },
    ],
    ['dots as values', 'writer', { a: '.', b: './x', c: '../x', d: '.5', e: '.inf', f: '...' }],
    ['dots as keys', 'writer', { '.': 1, './k': 2 }],
    // `...` matches the YAML 1.1 float pattern: quoted by yaml11.ts in both writers.
    ['a document marker as a key', 'writer', { '...': 3 }],
    [
      'strings that read back as other types',
      'writer',
      { a: 'true', b: 'Null', c: '3.11', d: '0o17', e: '' },
    ],
    [
      'indicators and breakers',
      'writer',
      { a: '- x', b: 'a: b', c: 'x #y', d: 'x:', e: '*x', f: '"q"', g: "it's" },
    ],
    [
      'control characters and unicode',
      'writer',
      { a: 'tab\there', b: 'é', c: 'bell\u0007', d: '\u2028' },
    ],
    ['numbers', 'writer', { a: 1, b: -0, c: 1.5, d: 1e21, e: Number.NaN, f: -7 }],
    [
      'null, booleans, undefined',
      'writer',
      { a: null, b: true, c: false, d: undefined, e: [undefined, null] },
    ],
    ['all values null', 'writer', { a: null, b: { c: null } }],
    ['empty collections', 'writer', { a: [], b: {}, c: [[], {}], d: { e: undefined } }],
    ['nesting', 'writer', { a: [{ b: 1, c: [1, [2, 3]] }, [{ d: 'x' }]], e: { f: { g: ['h'] } } }],
    ['literal blocks', 'writer', { a: 'x\ny', b: 'x\ny\n', e: 'x\n\n\ny', f: ['a\n b'] }],
    ['a block that starts with a space', 'library', { c: '  x\ny' }],
    ['a block that starts with a newline', 'library', { d: '\nx' }],
    ['a block ending in blanks', 'library', { a: 'x\n  ' }],
    ['a block keeping its last newlines', 'library', { b: 'x\n\n' }],
    // Strings a YAML 1.1 reader would misread: quoted by yaml11.ts in both writers.
    ['a carriage return', 'writer', { d: 'a\r\nb' }],
    ['a key with a space', 'writer', { 'a b': 1 }],
    ['a key with a colon and a space', 'library', { 'x: y': 2 }],
    ['a key that reads back as a boolean', 'writer', { true: 4, on: 5 }],
    ['a number as a key', 'writer', { '1': 3 }],
    ['YAML 1.1 words and numbers', 'writer', { a: ['yes', 'n', 'Off', '1:20', '017', '<<', '='] }],
    ['line breaks YAML 1.1 reads', 'writer', { a: 'x\u0085y: 1', b: 'x\u2028y', c: 'a\nb\u2029' }],
    ['a list at the root', 'writer', ['a', { b: 1 }]],
    ['an empty root', 'library', {}],
    ['a scalar root', 'library', 'x'],
  ])('%s (%s)', (_name, path, value) => {
    const header = ['Generated by a test', '', 'line 3'];
    const { library, fast } = both(value, header);
    expect(fast === undefined ? 'library' : 'writer').toBe(path);
    if (fast !== undefined) expect(fast).toBe(library);
    expect(toYaml(value, header)).toBe(library);
  });

  it('writes the shapes the emitters use without the library', () => {
    const workflow = {
      name: 'Deploy',
      on: { push: { branches: ['main'] }, pull_request: { types: ['opened', 'closed'] } },
      jobs: {
        build: {
          'runs-on': 'ubuntu-latest',
          steps: [{ uses: 'actions/checkout@v4' }, { run: 'echo "one"\necho two\n' }],
        },
      },
    };
    expect(both(workflow, ['header']).fast).toBe(toYamlByLibrary(workflow, ['header']));
  });

  it('equals the library whenever it writes a document (generated values)', () => {
    // Counted, so a fast path that gives every document away cannot pass by checking none.
    let written = 0;
    const runs = 2000;
    fc.assert(
      fc.property(document, fc.array(tricky, { maxLength: 3 }), (v, header) => {
        const { library, fast } = both(v, header);
        if (fast === undefined) return;
        written += 1;
        expect(fast).toBe(library);
      }),
      { numRuns: runs },
    );
    // About half the documents are ones the fast path writes (900-970 of 2,000 seen); before
    // the maps were plain objects, fast-check's null-prototype maps made it 9 %.
    expect(written).toBeGreaterThan(runs / 4);
  });
});

describe('fast YAML writer on every emitted file', () => {
  const cases = (Object.keys(PERSONAS) as PersonaId[]).flatMap((id) =>
    (['github', 'gitlab'] as const).map((ci) => ({
      id: `${id}-${ci}`,
      answers: { ...PERSONAS[id], ci },
    })),
  );

  it.each(cases)(
    '$id: every YAML file is written by the fast path, byte for byte',
    ({ answers }) => {
      const ranking = rankOptions(answers);
      const topology = buildTopology(answers, ranking.recommended, ranking.layout.layout);
      const files = emitAll(answers, topology, {
        shareUrl: 'https://isolation-advisor.example/#v=1&p=a.b.c',
        extraTargets: [...OPTIONAL_TARGET_IDS],
      });
      const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f.path));
      expect(yamlFiles.length).toBeGreaterThan(0);
      for (const file of yamlFiles) {
        const doc = parseDocument(file.content);
        expect(toYamlFast(doc.toJS(), doc.commentBefore ?? ''), file.path).toBe(file.content);
      }
    },
  );
});
