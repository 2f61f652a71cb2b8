// @vitest-environment node
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

import { ISSUE_10_LINKS } from '@/domain/__fixtures__/issue-links';
import { PERSONAS, type PersonaId } from '@/domain/__fixtures__/personas';
import { emitAll } from '@/domain/emitters/emitters';
import type { Answers } from '@/domain/questionnaire/schemas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { buildTopology } from '@/domain/topology/build-topology';
import { encodeShareState } from '@/domain/url-codec/codec';

import { DEFAULT_BASE_URL, EXIT, USAGE, linkBaseOf, main } from './main';
import { recordingIo, type Printed } from './recording-io';

/** What the app's results view gives for these answers and share link. */
const appFiles = (answers: Answers, shareUrl: string) => {
  const ranking = rankOptions(answers);
  return emitAll(answers, buildTopology(answers, ranking.recommended, ranking.layout.layout), {
    shareUrl,
    extraTargets: answers.targets,
  });
};

/** Every file under `dir`, as relative path → content. */
const readTree = (dir: string): Map<string, string> => {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
};

let dir = '';
const printed: Printed = { stdout: '', stderr: '' };
const io = () => recordingIo(printed, dir);
const run = (...argv: string[]): number => main(argv, io());

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isolation-advisor-'));
  printed.stdout = '';
  printed.stderr = '';
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('isolation-advisor', () => {
  it.each(Object.keys(PERSONAS) as PersonaId[])(
    '%s: writes exactly the files "Download all files" gives, byte for byte',
    (id) => {
      const answers = PERSONAS[id];
      const shareUrl = `https://advisor.example.com/tools/#${encodeShareState(answers)}`;
      expect(run(shareUrl, '--out', 'config')).toBe(EXIT.ok);
      const expected = appFiles(answers, shareUrl);
      const written = readTree(join(dir, 'config'));
      expect([...written.keys()].sort()).toEqual(expected.map((f) => f.path).sort());
      for (const file of expected) expect(written.get(file.path)).toBe(file.content);
      expect(printed.stderr).toBe('');
      expect(printed.stdout).toContain(`Wrote ${expected.length} files to ${join(dir, 'config')}`);
    },
  );

  it('prints what the results page warns about before the files, as SETUP.md opens', () => {
    const link = ISSUE_10_LINKS.starterConfidential;
    expect(run(link, '--out', 'config')).toBe(EXIT.ok);
    const lines = printed.stdout.split('\n');
    const firstFile = lines.findIndex((l) => l.endsWith('dagster_cloud.yaml'));
    const unmet = lines.findIndex((l) =>
      l.includes('Other teams must not see the assets and runs of team hr'),
    );
    const planNote = lines.findIndex((l) => l.includes('Roles per code location and Teams are'));
    expect(lines[0]).toBe('Requirements this setup does not meet:');
    expect(unmet).toBeGreaterThan(0);
    expect(planNote).toBeGreaterThan(unmet);
    expect(firstFile).toBeGreaterThan(planNote);
    // Plain text on a terminal: no Markdown backticks.
    expect(lines.slice(0, firstFile).join('\n')).not.toContain('`');
  });

  it.each<[string, (fragment: string) => string, string]>([
    [
      'a full URL: origin + path, query dropped',
      (f) => `https://a.example/x/?utm=1#${f}`,
      'https://a.example/x/',
    ],
    ['a #fragment: the default base', (f) => `#${f}`, DEFAULT_BASE_URL],
    ['a bare fragment: the default base', (f) => f, DEFAULT_BASE_URL],
  ])('header link from %s, fragment re-encoded', (_name, link, base) => {
    // The fragment states no Dagster version (no dagster= key): the answers it decodes to.
    const answers: Answers = { ...PERSONAS.twoClouds, dagsterVersion: null };
    // Non-canonical: keys out of order and an unknown key; the header gets the canonical link.
    const fragment = `cost=medium&p=ingest.platform.aws&p=marts.analytics.aws&p=train.science.gcp&sod=access&pane=high&utm=x`;
    expect(run(link(fragment), '-o', 'out')).toBe(EXIT.ok);
    const canonical = `${base}#${encodeShareState(answers)}`;
    expect(readTree(join(dir, 'out'))).toEqual(
      new Map(appFiles(answers, canonical).map((f) => [f.path, f.content])),
    );
    expect(printed.stderr).toBe('isolation-advisor: ignored unknown keys: utm\n');
  });

  it('writes the optional targets a link chooses with t=, as the app does', () => {
    const answers: Answers = { ...PERSONAS.twoClouds, targets: ['dg-project', 'terraform'] };
    const link = `https://advisor.example.com/#${encodeShareState(answers)}`;
    expect(link).toContain('&t=dg-project&t=terraform');
    expect(run(link, '--out', 'out')).toBe(EXIT.ok);
    const written = readTree(join(dir, 'out'));
    const expected = appFiles(answers, link);
    expect(written).toEqual(new Map(expected.map((f) => [f.path, f.content])));
    expect(written.has('terraform/main.tf.json')).toBe(true);
    expect([...written.keys()].some((path) => path.includes('dg/'))).toBe(true);
    const without = appFiles(PERSONAS.twoClouds, link);
    expect(written.size).toBeGreaterThan(without.length);
    expect(printed.stderr).toBe('');
  });

  it('ends with the recommendation and the scores the ranking shows, held-back ones with their fit', () => {
    const answers = PERSONAS.prodAndStaging;
    expect(run(`#${encodeShareState(answers)}`, '--out', 'out')).toBe(EXIT.ok);
    const ranking = rankOptions(answers);
    const [first, second, third] = ranking.levels;
    if (first === undefined || second === undefined || third === undefined)
      throw new Error('levels');
    expect(second.heldBack).not.toBeNull();
    const last = printed.stdout.trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^Wrote \d+ files to .*: Deployment isolation, one repository \(scores: /);
    expect(last).toContain(
      `(scores: Deployment ${first.score.toString()}, Code location ${second.score.toString()} (fits your priorities ${second.fitScore.toString()}, but misses a requirement), Agent ${third.score.toString()}; scoring model v2).`,
    );
  });
});

describe('isolation-advisor: the link and the Dagster version in the headers', () => {
  it.each(['--base-url', '--base'])('uses %s for a fragment-only link', (option) => {
    const answers = PERSONAS.busyNeighbour;
    run(`#${encodeShareState(answers)}`, '--out=o', option, 'https://intra.example/advisor/');
    const setup = readFileSync(join(dir, 'o', 'SETUP.md'), 'utf8');
    expect(setup).toContain(
      `Reopen these answers: https://intra.example/advisor/#${encodeShareState(answers)}`,
    );
  });

  it.each([
    '#',
    'http://127.0.0.1:4173/#',
    'http://localhost:5173/advisor/#',
    'http://[::1]:4173/#',
  ])('never stamps a loopback address: %s… gives a relative link', (prefix) => {
    const fragment = encodeShareState(PERSONAS.busyNeighbour);
    expect(run(`${prefix}${fragment}`, '--out', 'o')).toBe(EXIT.ok);
    for (const [path, content] of readTree(join(dir, 'o'))) {
      expect(content, path).toContain(`Reopen these answers: #${fragment}`);
      expect(content, path).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]/);
    }
  });

  it('stamps the Dagster version and the scoring model in every file', () => {
    const answers: Answers = { ...PERSONAS.busyNeighbour, dagsterVersion: '1.12.9' };
    expect(run(`#${encodeShareState(answers)}`, '--out', 'o')).toBe(EXIT.ok);
    for (const [path, content] of readTree(join(dir, 'o'))) {
      const head = content.split('\n').slice(0, 5).join('\n');
      expect(head, path).toContain('Targets Dagster 1.12.9.');
      expect(head, path).toMatch(/scoring model v\d+/);
    }
  });

  it.each([
    ['/', ''],
    ['/isolation-advisor/', ''],
  ])(
    'gives a fragment-only link a relative #… link whatever path the CLI was built for (BASE_PATH %s)',
    async (base, expected) => {
      vi.stubEnv('BASE_URL', base);
      vi.resetModules();
      try {
        const fresh = await import('./main');
        expect(fresh.linkBaseOf('#v=1')).toBe(expected);
        expect(fresh.shareUrlFor('#v=1', PERSONAS.busyNeighbour)).toBe(
          `${expected}#${encodeShareState(PERSONAS.busyNeighbour)}`,
        );
      } finally {
        vi.unstubAllEnvs();
      }
    },
  );

  it.each<[string, string, string]>([
    ['http URL', 'http://h:1/p?q#v=1', 'http://h:1/p'],
    ['fragment', '#v=1', DEFAULT_BASE_URL],
    ['bare', 'v=1', DEFAULT_BASE_URL],
    ['a localhost URL', 'http://localhost:4173/#v=1', DEFAULT_BASE_URL],
    ['a 127.x URL', 'http://127.0.0.1:4173/app/#v=1', DEFAULT_BASE_URL],
    [
      'non-http URL kept as written',
      'file:///srv/app/index.html#v=1',
      'file:///srv/app/index.html',
    ],
  ])('linkBaseOf: %s', (_name, input, base) => {
    expect(linkBaseOf(input)).toBe(base);
  });
});

describe('isolation-advisor: refusals, --check and --help', () => {
  it('refuses a link with no project: exit 2, the reason on stderr, nothing written', () => {
    expect(run('#v=1&plan=gold', '--out', 'out')).toBe(EXIT.usage);
    expect(printed.stderr).toContain('`plan=gold` is not a plan');
    expect(printed.stderr).toContain('the link names no project');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints link problems as warnings and still writes; --strict makes them fatal', () => {
    const link = `#${encodeShareState(PERSONAS.oneTeamOneCloud)}&p=Bad.name.x`;
    expect(run(link, '--out', 'out')).toBe(EXIT.ok);
    expect(printed.stderr).toMatch(
      /^isolation-advisor: link problem: `p=Bad\.name\.x` has an invalid project name/,
    );
    printed.stderr = '';
    expect(run(link, '--out', 'strict', '--strict')).toBe(EXIT.usage);
    expect(printed.stderr).toContain('--strict: 1 problem(s) in the link.');
  });

  it('--check passes on fresh output and names every missing or changed file', () => {
    const link = `#${encodeShareState(PERSONAS.regulatedTeam)}`;
    expect(run(link, '--out', 'out', '--check')).toBe(EXIT.drift);
    expect(printed.stderr).toContain('missing: SETUP.md');
    run(link, '--out', 'out');
    printed.stdout = '';
    printed.stderr = '';
    expect(run(link, '--out', 'out', '--check')).toBe(EXIT.ok);
    expect(printed.stdout).toMatch(/files up to date/);
    writeFileSync(join(dir, 'out', 'SETUP.md'), 'edited\n');
    const before = readTree(join(dir, 'out'));
    expect(run(link, '--out', 'out', '--check')).toBe(EXIT.drift);
    expect(printed.stderr).toContain('differs: SETUP.md');
    expect(readTree(join(dir, 'out'))).toEqual(before);
  });

  it.each<[string, string[], string]>([
    ['no link', ['--out', 'x'], 'Give a share link.'],
    ['no --out', ['#v=1&p=a.b.c'], 'Give --out DIR.'],
    ['an unknown option', ['#v=1', '--out', 'x', '--frobnicate'], 'Unknown option --frobnicate.'],
    [
      'an unquoted link split by the shell',
      ['#v=1', 'p=a.b.c', '--out', 'x'],
      'Give one share link',
    ],
    ['--out without a folder', ['#v=1', '--out'], '--out needs a folder.'],
    ['--adr-number 0', ['#v=1', '--out', 'x', '--adr-number', '0'], '--adr-number needs'],
    ['--adr-number 10000', ['#v=1', '--out', 'x', '--adr-number=10000'], '--adr-number needs'],
    ['--adr-number 2.5', ['#v=1', '--out', 'x', '--adr-number', '2.5'], '--adr-number needs'],
  ])('usage error for %s: exit 2', (_name, argv, message) => {
    expect(run(...argv)).toBe(EXIT.usage);
    expect(printed.stderr).toContain(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each<[string[], string]>([
    [[], 'docs/decisions/0001-dagster-isolation.md'],
    [['--adr-number', '7'], 'docs/decisions/0007-dagster-isolation.md'],
    [['--adr-number=123'], 'docs/decisions/0123-dagster-isolation.md'],
  ])('%j writes the decision record as %s, and --check finds it current', (flags, path) => {
    const link = `https://advisor.example.com/#${encodeShareState(PERSONAS.regulatedTeam)}`;
    expect(run(link, '--out', 'out', ...flags)).toBe(EXIT.ok);
    const written = readTree(join(dir, 'out'));
    expect([...written.keys()].filter((k) => k.startsWith('docs/'))).toEqual([path]);
    expect(written.get(path)).toContain('## Decision Outcome');
    expect(run(link, '--out', 'out', '--check', ...flags)).toBe(EXIT.ok);
    // Other answers: the record an earlier run wrote is replaced without --force.
    const other = `https://advisor.example.com/#${encodeShareState(PERSONAS.twoClouds)}`;
    expect(run(other, '--out', 'out', ...flags)).toBe(EXIT.ok);
    expect(readTree(join(dir, 'out')).get(path)).toContain('Agent isolation (chosen)');
  });

  it('--help prints the usage and exits 0', () => {
    expect(run('--help')).toBe(EXIT.ok);
    expect(printed.stdout).toBe(USAGE);
  });
});

describe('isolation-advisor in a folder that already holds things', () => {
  const answers = PERSONAS.twoClouds;
  const link = `https://advisor.example.com/#${encodeShareState(answers)}`;
  const outside = () => join(dir, 'outside');

  it.each<[string, (out: string) => void, string]>([
    [
      'a folder link (.github → elsewhere)',
      (out) => {
        mkdirSync(outside());
        symlinkSync(outside(), join(out, '.github'));
      },
      '.github',
    ],
    [
      'a file link (SETUP.md → another file)',
      (out) => {
        mkdirSync(outside());
        writeFileSync(join(outside(), 'precious.txt'), 'keep me\n');
        symlinkSync(join(outside(), 'precious.txt'), join(out, 'SETUP.md'));
      },
      'SETUP.md',
    ],
    [
      'a dangling link',
      (out) => {
        symlinkSync(join(dir, 'nowhere', 'x'), join(out, 'SETUP.md'));
      },
      'SETUP.md',
    ],
  ])(
    'refuses to write through %s: exit 2, one line, nothing written anywhere',
    (_c, make, name) => {
      const out = join(dir, 'out');
      mkdirSync(out);
      make(out);
      const before = existsSync(outside()) ? readTree(outside()) : new Map();
      expect(run(link, '--out', 'out')).toBe(EXIT.usage);
      expect(printed.stderr).toMatch(
        new RegExp(
          `^isolation-advisor: refusing to write .*${name.replace('.', '\\.')} in .* is a symbolic link`,
        ),
      );
      expect(printed.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(out)).toEqual([name]);
      expect(existsSync(outside()) ? readTree(outside()) : new Map()).toEqual(before);
    },
  );

  it.each<[string, () => void, RegExp]>([
    [
      '--out naming a file',
      () => {
        writeFileSync(join(dir, 'out'), 'a file\n');
      },
      /^isolation-advisor: --out out is a file, not a folder/,
    ],
    [
      'a file where a folder must be',
      () => {
        mkdirSync(join(dir, 'out'));
        writeFileSync(join(dir, 'out', '.github'), 'a file\n');
      },
      /^isolation-advisor: cannot write \.github\/workflows\/.* \.github in .* is a file, not a folder\./,
    ],
  ])('%s: a one-line message and exit 2, never a stack trace', (_c, make, message) => {
    make();
    expect(run(link, '--out', 'out')).toBe(EXIT.usage);
    expect(printed.stderr).toMatch(message);
    expect(printed.stderr.trim().split('\n')).toHaveLength(1);
    expect(printed.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps a file edited by hand: says what would change, writes nothing, exit 3; --force replaces it', () => {
    expect(run(link, '--out', 'out')).toBe(EXIT.ok);
    const setup = join(dir, 'out', 'SETUP.md');
    writeFileSync(setup, `${readFileSync(setup, 'utf8')}\nOur own note.\n`);
    const other = `https://advisor.example.com/#${encodeShareState(PERSONAS.busyNeighbour)}`;
    const before = readTree(join(dir, 'out'));
    printed.stderr = '';
    expect(run(other, '--out', 'out')).toBe(EXIT.kept);
    expect(printed.stderr).toMatch(
      /SETUP\.md was edited by hand: the new version would remove \d+ and add \d+ lines/,
    );
    expect(printed.stderr).toContain('wrote nothing: 1 file(s) edited by hand would be replaced');
    expect(readTree(join(dir, 'out'))).toEqual(before);

    printed.stdout = '';
    expect(run(other, '--out', 'out', '--force')).toBe(EXIT.ok);
    expect(readFileSync(setup, 'utf8')).not.toContain('Our own note.');
    expect(printed.stdout).toContain('replaced SETUP.md, which was edited by hand (--force).');
  });

  it('replaces files exactly as an earlier run wrote them, without --force', () => {
    expect(run(link, '--out', 'out')).toBe(EXIT.ok);
    const other = `https://advisor.example.com/#${encodeShareState(PERSONAS.busyNeighbour)}`;
    printed.stderr = '';
    expect(run(other, '--out', 'out')).toBe(EXIT.ok);
    expect(printed.stderr).toBe('');
    expect(run(other, '--out', 'out', '--check')).toBe(EXIT.ok);
  });

  it('a --base holding NEL, U+2028 or a newline adds no key to any YAML file', () => {
    const fragment = `#${encodeShareState(answers)}`;
    expect(run(fragment, '--out', 'out', '--base', 'http://x/\u0085evil_key: 1\u2028b\nc')).toBe(
      EXIT.ok,
    );
    const tree = readTree(join(dir, 'out'));
    const yamlPaths = [...tree.keys()].filter((p) => p.endsWith('.yaml') || p.endsWith('.yml'));
    expect(yamlPaths.length).toBeGreaterThan(0);
    for (const path of yamlPaths) {
      const text = tree.get(path) ?? '';
      expect(text).not.toMatch(/[\u0085\u2028\u2029]/);
      const doc = parse(text, { version: '1.1' }) as Record<string, unknown>;
      expect(Object.keys(doc)).not.toContain('evil_key');
    }
    expect(tree.get('SETUP.md')).toContain('http://x/%C2%85evil_key:%201%E2%80%A8b%0Ac#');
  });
});
