import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { load as pyyamlLoad } from 'yaml-js';

import { arbAnswers } from '../__fixtures__/arbitraries';
import { NAME_PATTERN, type Answers } from '../questionnaire/schemas';
import { LEVEL_IDS } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import { emitAll } from './emitters';
import { toYaml } from './to-yaml';
import { toYamlAny } from './to-yaml-any';
import { needsYaml11Quotes, quoteYaml11 } from './yaml11';

/**
 * Two YAML 1.1 readers: the `yaml` library with its YAML 1.1 schema, and yaml-js, a port of PyYAML
 * (the dagster-cloud CLI's reader). Each must give back exactly what a YAML 1.2 reader gives.
 */
const READERS = {
  'yaml (YAML 1.1 schema)': (text: string): unknown => parse(text, { version: '1.1' }),
  'yaml-js (PyYAML port)': (text: string): unknown => pyyamlLoad(text),
} as const;

/**
 * yaml-js is a port of an older PyYAML: it decodes a `\U0001xxxx` escape through a 16-bit
 * character code and refuses some non-ASCII characters in plain scalars (`₂: 1`) that PyYAML 6.0.3
 * reads (both checked by hand). Its documents keep ASCII and the characters YAML 1.1 treats
 * specially (NEL, the line and paragraph separators, bidi controls, the byte-order mark); every
 * other character becomes `?`.
 */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000
const YAML_JS_UNSUPPORTED = /[^\u0000-\u007f\u0085\u2028\u2029\u202a-\u202e\ufeff]/gu;
const forReader = (reader: string, text: string): string =>
  reader.startsWith('yaml-js') ? text.replace(YAML_JS_UNSUPPORTED, '?') : text;

/** Plain data as JSON sees it (yaml-js builds objects of its own prototype). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** Every name the link accepts that YAML 1.1 reads as something else. */
const DANGEROUS_NAMES = ['y', 'n', 'yes', 'no', 'on', 'off', 'null', 'true', 'false'] as const;

describe('needsYaml11Quotes', () => {
  it.each([
    ...DANGEROUS_NAMES.map((w) => [w, true] as const),
    ...['Yes', 'NO', 'tRUE', 'Off', 'NULL', '~', '', '=', '<<'].map((w) => [w, true] as const),
    ...['017', '0b101', '0x1f', '1_000', '1:20', '190:20:30.15', '1e5', '.5', '-.inf', '.NaN'].map(
      (w) => [w, true] as const,
    ),
    ...['2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5'].map(
      (w) => [w, true] as const,
    ),
    ...['a\u0085b', 'a\u2028b', 'a\u2029', 'bell\u0007', 'a\rb', 'a\tb', '\ufeffx'].map(
      (w) => [w, true] as const,
    ),
    ...['.', '..', '-.', '+.5', 'e0', 'E12', '.e1', '-e-5'].map((w) => [w, true] as const),
    ...[
      'ingest',
      'yes-no',
      'on_call',
      'nulls',
      'y2',
      '1 day',
      '250m',
      // A bidi control is no line break or control for YAML: it reads back as written.
      'invoice\u202efdp',
      '1Gi',
      'main',
      'x\ny',
      'é',
      './a',
    ].map((w) => [w, false] as const),
  ])('%j: %s', (value, expected) => {
    expect(needsYaml11Quotes(value)).toBe(expected);
  });

  it.each([
    ['yes', '"yes"'],
    ['a\u0085b', '"a\\x85b"'],
    ['a\u2028b', '"a\\u2028b"'],
    ['bom\ufeff', '"bom\\ufeff"'],
    ['q"\\', '"q\\"\\\\"'],
  ])('quoteYaml11(%j) = %s', (value, quoted) => {
    expect(quoteYaml11(value)).toBe(quoted);
  });
});

/** Text weighted toward what YAML 1.1 misreads: words in any case, numbers, dates, line breaks. */
const arbTricky: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DANGEROUS_NAMES) },
  { weight: 2, arbitrary: fc.mixedCase(fc.constantFrom(...DANGEROUS_NAMES, 'null', '~')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '017',
      '1:20',
      '1_000',
      '0b1',
      '.inf',
      '2001-12-14',
      '<<',
      '=',
      '1e5',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('a\u0085b: 1', 'x\u2028y', 'p\u2029', 'a\r\nb', 'v\u007f'),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Keys: `__proto__` is left out, as no JavaScript reader can give it back as an own key. */
const arbKey = arbTricky.filter((key) => key !== '__proto__');

const arbDocument = fc.dictionary(
  arbKey,
  fc.oneof(arbTricky, fc.array(arbTricky, { maxLength: 4 }), fc.dictionary(arbKey, arbTricky)),
  { minKeys: 1, maxKeys: 6 },
);

describe('toYaml read back by YAML 1.1 readers', () => {
  it.each(Object.entries(READERS))(
    '%s gives back every key and string of generated documents',
    (reader, read) => {
      const arbDoc = arbDocument.map(
        (doc) => JSON.parse(forReader(reader, JSON.stringify(doc))) as Record<string, unknown>,
      );
      // Random keys reach forms the emitters never write (a key holding a line break): those go
      // through toYamlAny, as the import's data does; toYaml refuses them (next test).
      fc.assert(
        fc.property(arbDoc, (doc) => {
          const text = toYamlAny(doc, ['header']);
          expect(plain(read(text))).toEqual(plain(doc));
        }),
        { numRuns: 400 },
      );
    },
  );

  it.each([['\n'], ['a\nb']])(
    'a key %j: toYaml refuses it, toYamlAny writes it so both readers give it back',
    (key) => {
      const doc = { [key]: 'v' };
      expect(() => toYaml(doc)).toThrow(/does not handle/);
      for (const read of Object.values(READERS)) {
        expect(plain(read(toYamlAny(doc)))).toEqual(doc);
      }
    },
  );
});

/** Names from the link's whole name space, weighted toward the words YAML 1.1 misreads. */
const arbLinkName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DANGEROUS_NAMES) },
  { weight: 1, arbitrary: fc.stringMatching(/^e[0-9]{1,3}$/) },
  { weight: 2, arbitrary: fc.stringMatching(NAME_PATTERN) },
);

const arbDangerousAnswers: fc.Arbitrary<Answers> = arbAnswers({
  minProjects: 1,
  maxProjects: 5,
}).chain((answers) =>
  fc
    .tuple(
      fc.array(arbLinkName, {
        minLength: answers.projects.length,
        maxLength: answers.projects.length,
      }),
      fc.array(arbLinkName, { minLength: 1, maxLength: 3 }),
      fc.array(arbLinkName, { minLength: 1, maxLength: 3 }),
    )
    .map(([names, teams, computes]) => {
      const projects = answers.projects.map((p, i) => ({
        ...p,
        name: `${names[i] ?? 'p'}${names.indexOf(names[i] ?? '') === i ? '' : `-${i}`}`.slice(
          0,
          40,
        ),
        team: teams[i % teams.length] ?? 'data',
        compute: computes[i % computes.length] ?? 'main',
      }));
      return { ...answers, projects, sodTeams: [] };
    }),
);

/** A link base with every kind of line break and control a URL or a CLI flag could carry. */
const arbBase = fc.oneof(
  fc.constant('http://x/\u0085evil_key: 1'),
  fc.constant('http://x/\u2028evil_key: 1\u2029'),
  fc.constant('http://x/\r\nevil: 1\u0000\u001b[31m'),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `https://example.test/${s}`),
);

describe('every emitted file read back by YAML 1.1 readers', () => {
  it('YAML files read the same under YAML 1.1 and 1.2, and no file holds a raw line break or control', () => {
    let yamlFiles = 0;
    fc.assert(
      fc.property(
        arbDangerousAnswers,
        fc.constantFrom(...LEVEL_IDS),
        fc.constantFrom('monorepo', 'multirepo'),
        arbBase,
        (answers, level, layout, base) => {
          const files = emitAll(answers, buildTopology(answers, level, layout), {
            shareUrl: `${base}#v=1`,
            extraTargets: ['dg-project', 'terraform'],
          });
          for (const file of files) {
            expect(file.content).not.toMatch(
              // eslint-disable-next-line no-control-regex -- the very characters no file may hold
              /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/,
            );
            if (file.kind !== 'yaml') continue;
            yamlFiles += 1;
            const intended = plain(parse(file.content));
            for (const read of Object.values(READERS))
              expect(plain(read(file.content))).toEqual(intended);
          }
          // Every project name is a string somewhere in dagster_cloud.yaml or the dg files.
          const all = files.map((f) => f.content).join('\n');
          for (const p of answers.projects) expect(all).toContain(p.name);
        },
      ),
      { numRuns: 60 },
    );
    expect(yamlFiles).toBeGreaterThan(60);
  }, 60_000);
});
