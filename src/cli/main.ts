/**
 * The engine outside the browser: `isolation-advisor '<share link>' --out DIR` writes exactly the
 * files the app's "Download all files" gives for that link (same domain code: decode → rank →
 * topology → emitAll, same paths, same bytes), so a platform team can regenerate its config in
 * CI from a committed link. `--check` writes nothing and fails when DIR has drifted.
 *
 * The share link written into each file header is the link given, normalised as the app does:
 * the app writes `origin + pathname + '#' + encodeShareState(answers)`, so the CLI takes the part
 * of the link before `#` (reduced to origin + path for an http(s) URL) and re-encodes the fragment
 * from the decoded answers. A link that is only a fragment, or whose address is this machine
 * (localhost, 127.x, ::1: an app served by `npm start`), gets `--base-url` in front, by default
 * nothing: a relative `#…` link. Files never carry a loopback address.
 *
 * Node only (node:fs, node:path); kept out of src/domain on purpose.
 */
import { existsSync, readFileSync } from 'node:fs';

import { MAX_DECISION_RECORD_NUMBER } from '@/domain/decision-record/decision-record';
import { fileNoticesOf, noticeGroups } from '@/domain/emitters/file-notices';
import { safeRelativePath } from '@/domain/emitters/safe-path';
import type { GeneratedFile } from '@/domain/emitters/types';
import { planFiles } from '@/domain/plan/plan-files';
import type { Answers } from '@/domain/questionnaire/schemas';
import { LEVELS } from '@/domain/scoring/criteria';
import { scoresText } from '@/domain/scoring/rank-options';
import { SCORING_MODEL_VERSION } from '@/domain/scoring/version';
import type { Topology } from '@/domain/topology/types';
import { buildShareUrl, decodeShareState } from '@/domain/url-codec/codec';

import { checkPlanned, outputRoot, planTargets, replacedFiles, writePlanned } from './write-files';

/** Where output goes; the entry point passes process.stdout/stderr, tests capture. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory relative `--out` paths start from (default: process.cwd()). */
  readonly cwd?: string;
};

/** Exit codes. */
export const EXIT = { ok: 0, drift: 1, usage: 2, kept: 3 } as const;

/**
 * Base of the share link in file headers when the link given is only a fragment (`#v=1&…` or
 * `v=1&…`) or a loopback address: none, so the header holds a relative `#…` link (README, "The
 * share link"), whatever path (`BASE_PATH`) the CLI was built for. Override with `--base-url` (your
 * own hosting address).
 */
export const DEFAULT_BASE_URL = '';

export const USAGE = `Usage: isolation-advisor '<share link or #fragment>' --out DIR [--check] [--force] [--strict] [--base-url URL] [--adr-number N]
       isolation-advisor check [DIR...] [--link '<share link>'] [--format text|json|github|gitlab]
       isolation-advisor --version

Writes the files the Isolation Advisor app's "Download all files" gives for a share link
(dagster_cloud.yaml, CI workflow, CODEOWNERS, agent configs, deployment settings, SETUP.md,
the decision record), byte for byte, into DIR.

Options:
  -o, --out DIR   Folder to write into (created if missing; other files are left alone;
                  nothing is written through a symbolic link inside it).
  --check         Write nothing; exit 1 if any generated file is missing from DIR or differs.
  --force         Replace files edited by hand (by default the run lists them and writes
                  nothing; a file exactly as an earlier run wrote it is always replaced).
  --strict        Exit 2 if the link has any problem (by default problems are warnings).
  --base-url URL  Address of the app for the link in file headers when the link given is only
                  a fragment or a localhost address (default: none, a relative #… link).
                  --base is the same option's older name.
  --adr-number N  Number the decision record docs/decisions/NNNN-dagster-isolation.md
                  (1 to ${MAX_DECISION_RECORD_NUMBER}; default 1).
  -h, --help      Show this help.

"isolation-advisor check" reports where repositories have left the decision (see
"isolation-advisor check --help").

The link may be a full URL (https://…/#v=1&plan=pro&p=ingest.data.aws…), a fragment starting
with "#", or the fragment alone. Quote it: "&" means something to the shell.

Exit codes: 0 done, 1 --check found drift, 2 bad arguments, a link with no project, a symbolic
link or a file in the way, or another read or write error, 3 files edited by hand kept (--force).
`;

type Options = {
  link: string;
  out: string;
  check: boolean;
  force: boolean;
  strict: boolean;
  base: string;
  adrNumber: number;
};

type Parsed = ParsedArgs<Options>;

const parseArgs = (argv: readonly string[]): Parsed => {
  const positional: string[] = [];
  let out: string | undefined;
  let base = DEFAULT_BASE_URL;
  let check = false;
  let force = false;
  let strict = false;
  let adrNumber = 1;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      i += 1;
      return argv[i];
    };
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--check':
        check = true;
        break;
      case '--strict':
        strict = true;
        break;
      case '--force':
        force = true;
        break;
      case '-o':
      case '--out': {
        const v = value();
        if (v === undefined || v === '')
          return { kind: 'error', message: `${flag} needs a folder.` };
        out = v;
        break;
      }
      case '--base':
      case '--base-url': {
        const v = value();
        if (v === undefined || v === '') return { kind: 'error', message: `${flag} needs a URL.` };
        base = v;
        break;
      }
      case '--adr-number': {
        const v = value() ?? '';
        const n = /^\d{1,4}$/.test(v) ? Number(v) : 0;
        if (n < 1 || n > MAX_DECISION_RECORD_NUMBER) {
          return {
            kind: 'error',
            message: `--adr-number needs a whole number from 1 to ${MAX_DECISION_RECORD_NUMBER.toString()}.`,
          };
        }
        adrNumber = n;
        break;
      }
      default:
        if (arg.startsWith('-') && arg.length > 1 && !arg.startsWith('#')) {
          return { kind: 'error', message: `Unknown option ${arg}.` };
        }
        positional.push(arg);
    }
  }
  if (positional.length === 0) return { kind: 'error', message: 'Give a share link.' };
  if (positional.length > 1) {
    return {
      kind: 'error',
      message: `Give one share link (got ${positional.length} arguments; quote the link, "&" splits it in the shell).`,
    };
  }
  if (out === undefined) return { kind: 'error', message: 'Give --out DIR.' };
  return {
    kind: 'run',
    options: { link: positional[0] ?? '', out, check, force, strict, base, adrNumber },
  };
};

/** Hosts that name this machine: a link from them means nothing to anyone else. */
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * The link base the app would have had for this link: the part before `#`, as origin + path for
 * an http(s) URL (the app writes `location.origin + location.pathname`); `fallback` when the
 * input is only a fragment or its address is a loopback one.
 */
export const linkBaseOf = (input: string, fallback: string = DEFAULT_BASE_URL): string => {
  const trimmed = input.trim();
  const hashAt = trimmed.indexOf('#');
  const before = hashAt === -1 ? '' : trimmed.slice(0, hashAt);
  if (before === '') return fallback;
  try {
    const url = new URL(before);
    if (LOOPBACK.test(url.hostname)) return fallback;
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? `${url.origin}${url.pathname}`
      : before;
  } catch {
    return before;
  }
};

/** The share link written into file headers for `input` (see the module comment). */
export const shareUrlFor = (
  input: string,
  answers: Answers,
  fallbackBase: string = DEFAULT_BASE_URL,
): string => buildShareUrl(linkBaseOf(input, fallbackBase), answers);

/** A path inside DIR, by the same rule as the app's zip. */
export { safeRelativePath };

/** The files the app would offer for this link, and what was decoded. */
export const filesForLink = (
  link: string,
  fallbackBase: string = DEFAULT_BASE_URL,
  decisionRecordNumber = 1,
): {
  decoded: ReturnType<typeof decodeShareState>;
  shareUrl: string;
  files: GeneratedFile[];
  /** The recommendation's topology, or null when the link names no project. */
  topology: Topology | null;
  summary: string;
  /** What SETUP.md opens with: unmet requirements, plan notes, safety choices (plain lines). */
  notices: string[];
} => {
  const decoded = decodeShareState(link.trim());
  const { answers } = decoded;
  const shareUrl = shareUrlFor(link, answers, fallbackBase);
  if (!decoded.hasProjects) {
    return { decoded, shareUrl, files: [], topology: null, summary: '', notices: [] };
  }
  const { ranking, topology, files } = planFiles(answers, { shareUrl, decisionRecordNumber });
  const layout = ranking.layout.layout === 'monorepo' ? 'one repository' : 'a repository per team';
  return {
    decoded,
    shareUrl,
    files,
    topology,
    summary: `${LEVELS[ranking.recommended].title}, ${layout} (scores: ${scoresText(ranking)}; scoring model v${SCORING_MODEL_VERSION})`,
    notices: noticeGroups(answers, fileNoticesOf(answers, topology)).flatMap((g) => [
      `${g.heading}:`,
      ...g.items.map((item) => `  - ${item.replaceAll('`', '')}`),
    ]),
  };
};

const line = (text: string): string => `${text}\n`;

/** What a command's argument parser gives: help asked, a usage error, or options to run with. */
export type ParsedArgs<O> =
  { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; options: O };

/**
 * Answers `--help` and usage errors the same way for every command (`command` names it in the
 * messages); returns the exit code, or null when there are options to run with.
 */
export const helpOrUsageExit = <O>(
  parsed: ParsedArgs<O>,
  io: CliIo,
  command: string,
  usage: string,
): number | null => {
  if (parsed.kind === 'help') {
    io.stdout(usage);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') {
    io.stderr(line(`${command}: ${parsed.message}`));
    io.stderr(line(`Run '${command} --help' for usage.`));
    return EXIT.usage;
  }
  return null;
};

/**
 * Runs the command. Returns the exit code (0 done, 1 drift under --check, 2 usage, bad link or an
 * I/O problem, 3 files edited by hand kept) and never calls process.exit, so tests can run it
 * in-process.
 */
export const main = (argv: readonly string[], io: CliIo): number => {
  const parsed = parseArgs(argv);
  const exit = helpOrUsageExit(parsed, io, 'isolation-advisor', USAGE);
  if (exit !== null || parsed.kind !== 'run') return exit ?? EXIT.usage;
  const { options } = parsed;
  const { decoded, files, summary, notices } = filesForLink(
    options.link,
    options.base,
    options.adrNumber,
  );
  for (const problem of decoded.problems) {
    io.stderr(line(`isolation-advisor: link problem: ${problem.reason}`));
  }
  if (decoded.ignoredKeys.length > 0) {
    io.stderr(line(`isolation-advisor: ignored unknown keys: ${decoded.ignoredKeys.join(', ')}`));
  }
  if (!decoded.hasProjects) {
    io.stderr(
      line(
        'isolation-advisor: the link names no project (p=<project>.<team>.<compute>), so there is nothing to generate.',
      ),
    );
    return EXIT.usage;
  }
  if (options.strict && decoded.problems.length > 0) {
    io.stderr(
      line(`isolation-advisor: --strict: ${decoded.problems.length} problem(s) in the link.`),
    );
    return EXIT.usage;
  }

  try {
    return writeOrCheck(options, files, summary, notices, io);
  } catch (error) {
    // Every read or write problem is one line and exit 2, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(line(`isolation-advisor: ${message.split('\n')[0] ?? message}`));
    return EXIT.usage;
  }
};

/** The files of `link` by path, to tell a file an earlier run wrote from one edited by hand. */
const generatedFiles = (link: string, adrNumber: number): ReadonlyMap<string, string> => {
  try {
    const root = '/';
    return new Map(
      planTargets(root, filesForLink(link, DEFAULT_BASE_URL, adrNumber).files).map(
        (p) => [p.rel, p.file.content] as const,
      ),
    );
  } catch {
    return new Map();
  }
};

const writeOrCheck = (
  options: Options,
  files: readonly GeneratedFile[],
  summary: string,
  /** What SETUP.md opens with, printed before the files it writes. */
  notices: readonly string[],
  io: CliIo,
): number => {
  const root = outputRoot(io.cwd ?? process.cwd(), options.out);
  const targets = planTargets(root, files);

  if (options.check) {
    checkPlanned(root, targets);
    const drift: string[] = [];
    for (const { file, target, rel } of targets) {
      if (!existsSync(target)) drift.push(`missing: ${rel}`);
      else if (readFileSync(target, 'utf8') !== file.content) drift.push(`differs: ${rel}`);
    }
    if (drift.length > 0) {
      for (const d of drift) io.stderr(line(`isolation-advisor: ${d}`));
      io.stderr(
        line(
          `isolation-advisor: ${drift.length} of ${targets.length} files out of date in ${root}; run without --check to regenerate.`,
        ),
      );
      return EXIT.drift;
    }
    io.stdout(line(`${targets.length} files up to date in ${root}: ${summary}.`));
    return EXIT.ok;
  }

  checkPlanned(root, targets);
  const byHand = replacedFiles(targets, (link) => generatedFiles(link, options.adrNumber)).filter(
    (r) => r.byHand,
  );
  if (byHand.length > 0 && !options.force) {
    for (const r of byHand) {
      io.stderr(
        line(
          `isolation-advisor: ${r.rel} was edited by hand: the new version would remove ${r.removed} and add ${r.added} lines.`,
        ),
      );
    }
    io.stderr(
      line(
        `isolation-advisor: wrote nothing: ${byHand.length} file(s) edited by hand would be replaced. Run with --force to replace them (--check lists every difference).`,
      ),
    );
    return EXIT.kept;
  }
  // What the results page warns about comes first, as SETUP.md opens with it.
  for (const notice of notices) io.stdout(line(notice));
  if (notices.length > 0) io.stdout(line(''));
  writePlanned(root, targets);
  for (const { rel } of targets) io.stdout(line(rel));
  for (const r of byHand) io.stdout(line(`replaced ${r.rel}, which was edited by hand (--force).`));
  io.stdout(line(`Wrote ${targets.length} files to ${root}: ${summary}.`));
  return EXIT.ok;
};
