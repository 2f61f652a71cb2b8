/**
 * The hostile files of issue #16, as generators shared by the domain tests and the browser test
 * that times them (e2e/hostile-import.spec.ts, bench/hostile-import-browser.mjs). Each file is
 * under the import's 512 KiB cap; the six 300 KB agent configurations together pass the
 * 1 MiB total cap, and six of 130 KB the 512 KiB cap on YAML; one agent configuration of 40,000
 * queues and a mapping of 36,000 keys pass the bound on YAML tokens (yaml-source.ts), and the
 * 16,000 queues and 12,000 keys just under it are the most YAML the import reads.
 */
import type { ImportInput } from '../types';

const lines = (...all: string[]): string => `${all.join('\n')}\n`;

const location = (name: string, directory = name): string[] => [
  `  - location_name: ${name}`,
  '    code_source:',
  `      package_name: ${name.replaceAll('-', '_')}`,
  '    build:',
  `      directory: ./${directory}`,
];

/** One location in a folder of 40 `a`s and a CODEOWNERS rule of 25 `*` then `Z` (37 bytes). */
export const starBomb = (): ImportInput => ({
  dagsterCloudYaml: lines('locations:', ...location('ingest', 'a'.repeat(40))),
  codeowners: `${'*'.repeat(25)}Z @org/team\n`,
});

/** A CODEOWNERS of 130,000 lines `a b`: one finding per line. */
export const manyCodeownersLines = (): ImportInput => ({
  dagsterCloudYaml: lines('locations:', ...location('ingest')),
  codeowners: 'a b\n'.repeat(130_000),
});

/**
 * `agents` agent configurations serving `count` queues each, none used: `agents` × `count`
 * findings. Six of 24,000 (the case) add up to 1.8 MB, over the import's total cap.
 */
export const manyQueues = (count = 24_000, agents = 6): ImportInput => {
  const queues = Array.from({ length: count }, (_, i) => `    - q${i}`);
  return {
    dagsterCloudYaml: lines('locations:', ...location('ingest'), '    agent_queue: q1'),
    agentConfigs: Array.from({ length: agents }, (_, a) =>
      lines(
        'dagster_cloud_api:',
        '  agent_token: x',
        `  deployment: prod${a}`,
        'agent_queues:',
        '  include_default_queue: false',
        '  additional_queues:',
        ...queues,
      ),
    ),
  };
};

/** A location name with a right-to-left override: shows as "invoiceexe.pdf" unless escaped. */
export const BIDI_NAME = 'invoice\u202Efdp.exe';

export const bidiNames = (): ImportInput => ({
  dagsterCloudYaml: lines(
    'locations:',
    ...location(`"${BIDI_NAME}"`, 'invoice'),
    '    agent_queue: "q\u202Eeu"',
  ),
  agentConfigs: [
    lines(
      'dagster_cloud_api:',
      '  agent_token: x',
      '  deployment: "pro\u202Ed"',
      'agent_queues:',
      '  additional_queues: ["q\u202Eeu"]',
    ),
  ],
  codeowners: '/invoice/ @org/te\u202Eam\n',
});

/** A CODEOWNERS of about 520 KB (16,500 distinct rules), under the cap. */
export const largeCodeowners = (): ImportInput => ({
  dagsterCloudYaml: lines('locations:', ...location('ingest', 'src/ingest')),
  codeowners: Array.from(
    { length: 16_500 },
    (_, i) => `/src/t${String(i).padStart(5, '0')}/**/*.py @org/t${i}`,
  ).join('\n'),
});

/** 1,000 locations, every one owned through a CODEOWNERS of 1,000 rules. */
export const manyLocations = (): ImportInput => {
  const names = Array.from({ length: 1000 }, (_, i) => `loc-${i}`);
  return {
    dagsterCloudYaml: lines('locations:', ...names.flatMap((n) => location(n))),
    codeowners: names.map((n, i) => `/${n}/ @org/team-${i % 7}`).join('\n'),
  };
};

/** An alias bomb ("billion laughs") in dagster_cloud.yaml. */
export const aliasBomb = (): ImportInput => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${prev}`).join(',')}]`);
  }
  return { dagsterCloudYaml: lines(...levels, 'locations: *i') };
};

/** 50,000 nested flow sequences: a parser that recurses per level overflows the stack. */
export const deepNesting = (): ImportInput => ({
  dagsterCloudYaml: `locations: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`,
});

/** A location name of 250,000 characters. */
export const longName = (): ImportInput => ({
  dagsterCloudYaml: lines('locations:', ...location(`l${'o'.repeat(250_000)}ng`, 'long')),
});

/** A location with `count` more keys (8 YAML tokens each), every one an unknown key. */
export const manyKeysOf = (count: number): ImportInput => ({
  dagsterCloudYaml: lines(
    'locations:',
    ...location('ingest'),
    ...Array.from({ length: count }, (_, i) => `    k${i}: 1`),
  ),
});

/**
 * A dagster_cloud.yaml whose one location has 36,000 more keys (500 KB, under the cap): a
 * duplicate-key check that compares each key with every earlier one takes about a minute; the
 * import now stops at its bound on YAML tokens, a third of the way in.
 */
export const manyKeys = (): ImportInput => manyKeysOf(36_000);

/** Every hostile input, by name (what the browser test pastes). */
export const HOSTILE_IMPORTS = {
  'star-bomb CODEOWNERS (37 bytes)': starBomb,
  'CODEOWNERS of 130,000 lines': manyCodeownersLines,
  '6 agent configs × 24,000 queues (1.8 MB)': () => manyQueues(24_000),
  '6 agent configs × 11,000 queues (0.8 MB)': () => manyQueues(11_000),
  '1 agent config of 40,000 queues (0.5 MB)': () => manyQueues(40_000, 1),
  'bidi override in names': bidiNames,
  'CODEOWNERS of 520 KB': largeCodeowners,
  '1,000 locations × 1,000 rules': manyLocations,
  'alias bomb': aliasBomb,
  '50,000 nested lists': deepNesting,
  'location name of 250,000 characters': longName,
  'mapping of 36,000 keys': manyKeys,
  'mapping of 12,000 keys (the most YAML read)': () => manyKeysOf(12_000),
  '1 agent config of 16,000 queues (the most YAML read)': () => manyQueues(16_000, 1),
} as const satisfies Record<string, () => ImportInput>;
