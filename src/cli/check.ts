/**
 * `isolation-advisor check [DIR...] [--link '<share link>']`: where repositories have left the
 * decision (src/domain/drift). The decision comes from --link, else from the share link every
 * generated file carries in its header. Each DIR is one repository (which of the decision's is
 * told by --repo, else by the locations it declares), or the folder "Download all files" gives
 * (a sub-folder per repository and agents/). Writes nothing. Exit 0 in line, 1 drift, 2 usage or
 * a file that cannot be read. Node only.
 */
import { basename, relative, resolve, sep } from 'node:path';

import { checkDrift, type RepoToCheck } from '@/domain/drift/check-drift';
import { identifyRepo, stampedLinks } from '@/domain/drift/decision';
import type { RepoFile } from '@/domain/drift/types';
import type { Topology } from '@/domain/topology/types';

import { collectFiles } from './check-files';
import { FORMATS, formatReport, type Format } from './check-format';
import { EXIT, filesForLink, helpOrUsageExit, type CliIo, type ParsedArgs } from './main';
import { CLI_VERSION } from './version';
import { CliError } from './write-files';

export const CHECK_USAGE = `Usage: isolation-advisor check [DIR...] [--link '<share link>'] [--repo NAME] [--format FORMAT]

Checks that repositories are still in line with the decision of a share link: the code
locations in dagster_cloud.yaml or the dg project files, their agent queues, the agent
configurations, CODEOWNERS and the deploy pipeline (GitHub Actions or GitLab CI). Comments, key
order, formatting and keys you added are not drift. Writes nothing.

Arguments:
  DIR             A repository (default: the current folder), or the folder the app's
                  "Download all files" gives (one sub-folder per repository, agents/).
                  Give several for several repositories.

Options:
  --link LINK     The decision to check against (default: the share link in the generated
                  files' headers, "Reopen these answers: ...").
  --repo NAME     Which of the decision's repositories DIR is (default: the one whose code
                  locations DIR declares).
  --format F      text (default), json, github (workflow annotations) or gitlab (a Code
                  Quality report).
  -h, --help      Show this help.

Exit codes: 0 in line, 1 drift found, 2 bad arguments, no decision, or a file that cannot be read.
`;

type CheckOptions = {
  dirs: string[];
  link: string | null;
  repo: string | null;
  format: Format;
};

type Parsed = ParsedArgs<CheckOptions>;

const isFormat = (v: string): v is Format => (FORMATS as readonly string[]).includes(v);

const parseCheckArgs = (argv: readonly string[]): Parsed => {
  const options: CheckOptions = { dirs: [], link: null, repo: null, format: 'text' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => {
      if (eq > 0) return arg.slice(eq + 1);
      i += 1;
      return argv[i];
    };
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--link': {
        const v = value();
        if (v === undefined || v.trim() === '')
          return { kind: 'error', message: '--link needs a share link.' };
        options.link = v;
        break;
      }
      case '--repo': {
        const v = value();
        if (v === undefined || v === '')
          return { kind: 'error', message: '--repo needs a repository name.' };
        options.repo = v;
        break;
      }
      case '--format': {
        const v = value() ?? '';
        if (!isFormat(v)) {
          return { kind: 'error', message: `--format must be one of ${FORMATS.join(', ')}.` };
        }
        options.format = v;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-')
          return { kind: 'error', message: `Unknown option ${arg}.` };
        options.dirs.push(arg);
    }
  }
  if (options.dirs.length === 0) options.dirs.push('.');
  return { kind: 'run', options };
};

/** A folder's files with the path it is shown with ("" for the current folder). */
type Folder = { dir: string; shown: string; files: RepoFile[] };

const shownPrefix = (cwd: string, dir: string): string => {
  const rel = relative(cwd, resolve(cwd, dir)).split(sep).join('/');
  return rel === '' ? '' : `${rel}/`;
};

/** Splits the folders given into the decision's repositories and the agent files beside them. */
const repositoriesOf = (
  folders: readonly Folder[],
  topology: Topology,
  repoOption: string | null,
): { repos: RepoToCheck[]; agentFiles: RepoFile[] } => {
  const repos: RepoToCheck[] = [];
  const agentFiles: RepoFile[] = [];
  const names = new Set(topology.repos.map((r) => r.name));
  for (const folder of folders) {
    for (const f of folder.files)
      agentFiles.push({ path: `${folder.shown}${f.path}`, text: f.text });
    const inside = topology.repos.filter((r) =>
      folder.files.some((f) => f.path.startsWith(`${r.name}/`)),
    );
    if (topology.repos.length > 1 && inside.length > 0 && repoOption === null) {
      for (const r of inside) {
        const prefix = `${r.name}/`;
        repos.push({
          name: r.name,
          prefix: `${folder.shown}${prefix}`,
          files: folder.files
            .filter((f) => f.path.startsWith(prefix))
            .map((f) => ({ path: f.path.slice(prefix.length), text: f.text })),
        });
      }
      continue;
    }
    const name = repoOption ?? identifyRepo(topology, folder.files);
    if (name === null || !names.has(name)) {
      throw new CliError(
        name === null
          ? `cannot tell which of the decision's repositories ${folder.dir} is (${[...names].join(', ')}): give --repo NAME.`
          : `--repo ${name} is not one of the decision's repositories (${[...names].join(', ')}).`,
      );
    }
    repos.push({ name, prefix: folder.shown, files: folder.files });
  }
  const seen = new Set<string>();
  for (const r of repos) {
    if (seen.has(r.name)) throw new CliError(`repository ${r.name} was given twice.`);
    seen.add(r.name);
  }
  return { repos, agentFiles };
};

/** The decision's link: --link, else the one link the files' headers carry. */
const decisionLink = (folders: readonly Folder[], option: string | null): string => {
  if (option !== null) return option;
  const stamped = folders.flatMap((f) =>
    stampedLinks(f.files).map((s) => ({ ...s, file: `${f.shown}${s.file}` })),
  );
  const distinct = [...new Map(stamped.map((s) => [s.link, s.file] as const))];
  const [first, second] = distinct;
  if (first === undefined) {
    throw new CliError(
      'no decision to check against: no generated file header ("Reopen these answers: <link>") was found; give --link.',
    );
  }
  if (second !== undefined) {
    throw new CliError(
      `the files carry ${distinct.length} different share links (${first[1]} and ${second[1]} differ): give --link to say which decision to check against.`,
    );
  }
  return first[0];
};

const line = (text: string): string => `${text}\n`;

/** Runs `check`; returns the exit code. */
export const runCheck = (argv: readonly string[], io: CliIo): number => {
  const parsed = parseCheckArgs(argv);
  const exit = helpOrUsageExit(parsed, io, 'isolation-advisor check', CHECK_USAGE);
  if (exit !== null || parsed.kind !== 'run') return exit ?? EXIT.usage;
  const { options } = parsed;
  const cwd = io.cwd ?? process.cwd();
  try {
    const folders = options.dirs.map((dir) => ({
      dir,
      shown: shownPrefix(cwd, dir),
      files: collectFiles(resolve(cwd, dir)),
    }));
    const link = decisionLink(folders, options.link);
    const { decoded, files, topology, summary } = filesForLink(link);
    for (const problem of decoded.problems) {
      io.stderr(line(`isolation-advisor check: link problem: ${problem.reason}`));
    }
    if (topology === null) {
      throw new CliError(
        `the share link names no project, so there is no decision to check against: ${link}`,
      );
    }
    const { repos, agentFiles } = repositoriesOf(folders, topology, options.repo);
    const report = checkDrift({ topology, expected: files, repos, agentFiles });
    const [unreadable, ...more] = report.unreadable;
    if (unreadable !== undefined) {
      for (const u of [unreadable, ...more]) {
        io.stderr(
          line(
            `isolation-advisor check: cannot read ${u.file}${u.line === null ? '' : ` line ${u.line}`}: ${u.reason}`,
          ),
        );
      }
      return EXIT.usage;
    }
    io.stdout(
      formatReport(options.format, report, {
        link,
        summary,
        dirs: options.dirs.map((d) => (d === '.' ? basename(cwd) || '.' : d)),
        version: CLI_VERSION,
      }),
    );
    return report.inLine ? EXIT.ok : EXIT.drift;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(line(`isolation-advisor check: ${error.message}`));
    return EXIT.usage;
  }
};
