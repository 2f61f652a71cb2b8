/**
 * dg files pasted where dagster_cloud.yaml goes. From Dagster 1.12.11 the app writes the dg format
 * (dg.toml, [tool.dg.project] in each project's pyproject.toml, build.yaml,
 * container_context.yaml) instead of dagster_cloud.yaml. The import reads dagster_cloud.yaml only,
 * so a dg file is recognised and named, never reported as a YAML error: the finding says where dg
 * files are read (the drift check, `isolation-advisor check`, reads dg projects) and how to get a
 * dagster_cloud.yaml for the import (the "Legacy dagster_cloud.yaml instead of dg files" target).
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

/** The one finding for dg files given as dagster_cloud.yaml. */
export const dgFileFinding = (file: string, dg: DgFile): Finding =>
  finding(
    'dg-files',
    file,
    dg.line,
    `This is a dg ${
      dg.kind === 'workspace'
        ? 'workspace file (dg.toml)'
        : 'project file ([tool.dg.project] of a pyproject.toml)'
    }, not dagster_cloud.yaml. The import reads dagster_cloud.yaml only; dg files are read by the drift check (isolation-advisor check on the repository folder), which finds each code location in its project's pyproject.toml.`,
    'Paste the repository’s dagster_cloud.yaml. For files this app generated in the dg format, choose "Legacy dagster_cloud.yaml instead of dg files" under "Also generate" and import that dagster_cloud.yaml (same answers, same link); or run isolation-advisor check on the repository to compare its dg files with the decision.',
  );
