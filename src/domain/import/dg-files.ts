/**
 * dg files pasted where dagster_cloud.yaml goes. From Dagster 1.12.11 the app writes the dg format
 * (dg.toml, [tool.dg.project] in each project's pyproject.toml, build.yaml,
 * container_context.yaml) instead of dagster_cloud.yaml. The import reads them from their own
 * fields (read-dg-workspace.ts); a dg file pasted into the dagster_cloud.yaml field is recognised
 * and named, never reported as a YAML error, and the finding says where it goes instead.
 */
import { finding } from './findings';
import type { Finding } from './types';

/**
 * A TOML `directory_type = "workspace" | "project"` line at the start of a line, as dg.toml and
 * pyproject.toml hold it (indented, it could be text inside a YAML block scalar).
 */
const DIRECTORY_TYPE = /^directory_type[ \t]*=[ \t]*(["'])(workspace|project)\1[ \t]*(#.*)?$/;
/** A `[tool.dg]` or `[tool.dg.project]` table header, as a project's pyproject.toml holds. */
const TOOL_DG = /^\[[ \t]*tool\.dg(\.project)?[ \t]*\][ \t]*(#.*)?$/;

export type DgFile = {
  /** A dg workspace (dg.toml) or a dg project (pyproject.toml, pyproject.dg.toml, dg.toml). */
  kind: 'workspace' | 'project';
  /** 1-based line that shows it. */
  line: number;
};

/** What kind of dg file `text` is, or null when nothing in it is dg's. */
export const readDgFile = (text: string): DgFile | null => {
  const lines = text.split('\n');
  let project: DgFile | null = null;
  for (const [i, line] of lines.entries()) {
    const type = DIRECTORY_TYPE.exec(line);
    if (type?.[2] === 'workspace') return { kind: 'workspace', line: i + 1 };
    if (project === null && (type !== null || TOOL_DG.test(line))) {
      project = { kind: 'project', line: i + 1 };
    }
  }
  return project;
};

/** Where the import view reads dg files, as the finding names it. */
export const DG_FIELDS_TEXT =
  '"dg files" below it (choose or drop the repository’s files, or paste dg.toml and add each project file with its path)';

/** The one finding for dg files given as dagster_cloud.yaml: it says where they go instead. */
export const dgFileFinding = (file: string, dg: DgFile): Finding =>
  finding(
    'dg-files',
    file,
    dg.line,
    `This is a dg ${
      dg.kind === 'workspace'
        ? 'workspace file (dg.toml)'
        : 'project file ([tool.dg.project] of a pyproject.toml)'
    }, not dagster_cloud.yaml. The import reads dg files from their own fields, keyed by path, so that each project is found in its folder.`,
    `Empty this field and give the file under ${DG_FIELDS_TEXT}, with dg.toml and each project's pyproject.toml (and build.yaml, container_context.yaml if you have them). The drift check (isolation-advisor check on the repository folder) reads the same files.`,
  );

/** Both formats given: the import reads dagster_cloud.yaml, as the drift check does. */
export const dgAndLegacyFinding = (file: string): Finding =>
  finding(
    'dg-and-legacy',
    file,
    null,
    'dagster_cloud.yaml and dg files were both given: the import reads dagster_cloud.yaml (as the drift check does when a repository holds both) and leaves the dg files aside.',
    'To import the dg files, empty the dagster_cloud.yaml field. Keep one format in the repository.',
  );
