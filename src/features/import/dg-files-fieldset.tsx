/**
 * The dg files of a repository, instead of dagster_cloud.yaml (Dagster 1.12.11 and later): choose a
 * folder or several files, drop them (a folder too, where the browser gives its entries), or paste
 * each file with its path: dg.toml first, then "Add a project file" for each project's
 * pyproject.toml (build.yaml and container_context.yaml if you have them). The path says which
 * project a file belongs to. Files are read in the page, never sent anywhere, and kept in
 * `importDraft` like the other fields, so they outlive a crash of the view.
 */
import { useState, useSyncExternalStore, type DragEvent } from 'react';

import { Button } from '@/components/ui/button';
import { findDagsterVersion } from '@/domain/import/dagster-version';
import { listText } from '@/domain/import/findings';
import { MAX_DG_FILES } from '@/domain/import/limits';
import { looksLikeAgentConfig } from '@/domain/import/parse-agent-config';
import { displayValue } from '@/domain/text/display';

import {
  cleanPath,
  isReadFolder,
  mergeDgFields,
  pickRepoPaths,
  type FoundFile,
  type RepoFill,
  type RepoFound,
} from './dg-pick';
import { importDraft, MAX_AGENT_CONFIGS, newDgField, type DgField } from './import-draft';
import { FileTextField } from './file-text-field';
import { MAX_FILE_BYTES } from './import-text';

const TOML_ACCEPT = '.toml,.yaml,.yml,application/toml,text/plain';
/** Most entries walked in a dropped folder (a repository with its virtual environment is large). */
const MAX_WALKED = 20_000;

const pickDg = (d: ReturnType<typeof importDraft.getState>) => d.dgFiles;

type Picked = { readonly path: string; readonly file: File };

const setField = (key: number, change: Partial<Omit<DgField, 'key'>>): void => {
  importDraft.setState((d) => ({
    dgFiles: d.dgFiles.map((f) => (f.key === key ? { ...f, ...change } : f)),
  }));
};

/** What a drop or a pick gave: the files, and what the browser would not give (their paths). */
type Gathered = { readonly picked: Picked[]; readonly failed: string[] };

/**
 * Every file under a dropped entry, with its path (hidden folders and packages skipped). A file or
 * folder the browser refuses to give is named in `failed`, and the walk goes on.
 */
const walk = async (entry: FileSystemEntry, out: Gathered, budget: { left: number }) => {
  if (budget.left <= 0) return;
  budget.left -= 1;
  const path = cleanPath(entry.fullPath);
  if (entry.isFile) {
    try {
      const file = await new Promise<File>((resolve, reject) => {
        (entry as FileSystemFileEntry).file(resolve, reject);
      });
      out.picked.push({ path, file });
    } catch {
      out.failed.push(path);
    }
    return;
  }
  if (!entry.isDirectory || !isReadFolder(entry.name)) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  try {
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => {
        reader.readEntries(resolve, reject);
      });
      if (batch.length === 0 || budget.left <= 0) break;
      for (const child of batch) await walk(child, out, budget);
    }
  } catch {
    out.failed.push(`${path}/`);
  }
};

/** The files of a drop: a folder's entries where the browser gives them, else the files. */
const droppedFiles = async (event: DragEvent<HTMLElement>): Promise<Gathered> => {
  const items = [...event.dataTransfer.items];
  const entries = items.map((i) => i.webkitGetAsEntry());
  if (entries.length > 0 && entries.every((e) => e !== null)) {
    const out: Gathered = { picked: [], failed: [] };
    const budget = { left: MAX_WALKED };
    for (const e of entries) await walk(e, out, budget);
    return out;
  }
  return {
    picked: [...event.dataTransfer.files].map((file) => ({ path: file.name, file })),
    failed: [],
  };
};

/** The picked input's files, with their folder path when a folder was chosen. */
const inputFiles = (list: FileList | null): Picked[] =>
  [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));

/** Where a folder or files are dropped, with the two pickers. */
const DropZone = ({ id, onFiles }: { id: string; onFiles: (gathered: Gathered) => void }) => {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`import-drop${dragging ? ' import-drop-active' : ''}`}
      data-testid="dg-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void droppedFiles(event).then(onFiles, () => {
          onFiles({ picked: [], failed: ['the dropped files'] });
        });
      }}
    >
      <p>Drop the repository folder or its files here, or choose them:</p>
      <div className="import-file-actions">
        <label htmlFor={`${id}-dg-folder`} className="import-upload-label">
          Choose the repository folder
        </label>
        <input
          id={`${id}-dg-folder`}
          className="import-upload"
          type="file"
          multiple
          {...{ webkitdirectory: '' }}
          onChange={(event) => {
            const input = event.currentTarget;
            onFiles({ picked: inputFiles(input.files), failed: [] });
            input.value = '';
          }}
        />
        <label htmlFor={`${id}-dg-pick`} className="import-upload-label">
          Choose dg files
        </label>
        <input
          id={`${id}-dg-pick`}
          className="import-upload"
          type="file"
          multiple
          accept={TOML_ACCEPT}
          onChange={(event) => {
            const input = event.currentTarget;
            onFiles({ picked: inputFiles(input.files), failed: [] });
            input.value = '';
          }}
        />
      </div>
    </div>
  );
};

type DgFileRowProps = {
  readonly id: string;
  readonly field: DgField;
  readonly index: number;
  readonly removable: boolean;
  readonly areaRef: (key: string) => (node: HTMLTextAreaElement | null) => void;
  readonly onEdit: () => void;
};

/** One dg file: its path and its text. */
const DgFileRow = ({ id, field, index: i, removable, areaRef, onEdit }: DgFileRowProps) => (
  <div className="import-dg-file">
    <label htmlFor={`${id}-dg-path-${field.key}`} className="import-file-label">
      Path of dg file {i + 1}
    </label>
    <input
      id={`${id}-dg-path-${field.key}`}
      className="import-path"
      type="text"
      value={field.path}
      placeholder={i === 0 ? 'dg.toml' : 'ingest/pyproject.toml'}
      spellCheck={false}
      autoCapitalize="none"
      autoComplete="off"
      onChange={(event) => {
        onEdit();
        setField(field.key, { path: event.currentTarget.value });
      }}
    />
    <FileTextField
      id={`${id}-dg-${field.key}`}
      label={`dg file ${i + 1}`}
      fileName={`dg file ${i + 1}`}
      accept={TOML_ACCEPT}
      initialText={field.text}
      rows={i === 0 ? 6 : 5}
      textareaRef={areaRef(`dg-${field.key}`)}
      onEdit={onEdit}
      onText={(text) => {
        setField(field.key, { text });
      }}
      actions={
        removable ? (
          <Button
            variant="quiet"
            onClick={() => {
              onEdit();
              importDraft.setState((d) => ({
                dgFiles: d.dgFiles.filter((f) => f.key !== field.key),
              }));
            }}
          >
            Remove dg file {i + 1}
          </Button>
        ) : null
      }
    />
  </div>
);

const shown = (path: string): string => displayValue(path, 120);
const count = (n: number, what: string): string =>
  `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

/** Reads the picked files at `indices`; a file too large or refused by the browser is named. */
const readFiles = async (picked: readonly Picked[], indices: readonly number[]) => {
  const texts: FoundFile[] = [];
  const tooLarge: string[] = [];
  const failed: string[] = [];
  for (const i of indices) {
    const p = picked[i];
    if (p === undefined) continue;
    const path = cleanPath(p.path);
    if (p.file.size > MAX_FILE_BYTES) {
      tooLarge.push(path);
      continue;
    }
    try {
      texts.push({ path, text: await p.file.text() });
    } catch {
      failed.push(path);
    }
  }
  return { texts, tooLarge, failed };
};

/** The status line: what was read, where it went, what was kept and what was left out. */
const statusText = (dg: number, fill: RepoFill, leftOut: number, tooLarge: readonly string[]) =>
  [
    dg > 0 || fill.filled.length === 0 ? `Read ${count(dg, 'dg file')}.` : '',
    fill.filled.length > 0 ? `Filled ${listText(fill.filled.map(shown))}.` : '',
    ...fill.kept.map(shown),
    fill.agentsLeftOut > 0
      ? `Left out ${count(fill.agentsLeftOut, 'more agent configuration')} (at most ${MAX_AGENT_CONFIGS} fields).`
      : '',
    leftOut > 0
      ? `Left out ${count(leftOut, 'other file')} (only dg files, dagster_cloud.yaml at the root, CODEOWNERS, agent configurations and a CI workflow or requirements.txt that pins Dagster are read${dg >= MAX_DG_FILES ? `, at most ${MAX_DG_FILES.toLocaleString('en-US')} dg files` : ''}).`
      : '',
    tooLarge.length > 0
      ? `Not read, larger than ${MAX_FILE_BYTES / 1024} kB: ${tooLarge.slice(0, 5).map(shown).join(', ')}.`
      : '',
  ]
    .filter((s) => s !== '')
    .join(' ');

/** The alert for files the browser would not give. */
const failedText = (failed: readonly string[]): string | null =>
  failed.length === 0
    ? null
    : `Could not read ${listText(failed.map(shown))}: the browser refused ${failed.length === 1 ? 'it' : 'them'}. Choose or paste ${failed.length === 1 ? 'it' : 'them'} instead; what was read is kept.`;

export const DgFilesFieldset = ({
  id,
  areaRef,
  onEdit,
  onFound,
}: {
  id: string;
  areaRef: (key: string) => (node: HTMLTextAreaElement | null) => void;
  onEdit: () => void;
  /** Fills the other fields with the repository's files, and says what it did. */
  onFound: (found: RepoFound) => RepoFill;
}) => {
  const fields = useSyncExternalStore(importDraft.subscribe, () => pickDg(importDraft.getState()));
  const [status, setStatus] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const add = async ({ picked, failed }: Gathered): Promise<void> => {
    const pick = pickRepoPaths(picked.map((p) => p.path));
    const dg = await readFiles(picked, pick.dg);
    const dcy = await readFiles(
      picked,
      pick.dagsterCloudYaml === null ? [] : [pick.dagsterCloudYaml],
    );
    const owners = await readFiles(picked, pick.codeowners === null ? [] : [pick.codeowners]);
    const candidates = await readFiles(picked, pick.agentCandidates);
    const versions = await readFiles(picked, pick.versionCandidates);
    const versionFile = versions.texts.find((f) => findDagsterVersion([f.text]) !== null) ?? null;
    const agents = candidates.texts
      .filter((f) => looksLikeAgentConfig(f.text))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const notRead = [dg, dcy, owners, candidates, versions].flatMap((r) => r.failed);
    const tooLarge = [dg, dcy, owners].flatMap((r) => r.tooLarge);
    setReadError(failedText([...failed, ...notRead]));
    if (picked.length === 0) {
      setStatus(null);
      return;
    }
    onEdit();
    importDraft.setState((d) => ({ dgFiles: mergeDgFields(d.dgFiles, dg.texts, newDgField) }));
    const fill = onFound({
      dagsterCloudYaml: dcy.texts[0] ?? null,
      codeowners: owners.texts[0] ?? null,
      agents,
      versionFile,
    });
    const used =
      pick.dg.length +
      dcy.texts.length +
      owners.texts.length +
      agents.length +
      (versionFile === null ? 0 : 1) +
      notRead.length;
    setStatus(statusText(dg.texts.length, fill, picked.length - used, tooLarge));
  };

  return (
    <fieldset className="import-fieldset import-dg" aria-describedby={`${id}-dg-hint`}>
      <legend>dg files (instead of dagster_cloud.yaml)</legend>
      <p id={`${id}-dg-hint`} className="hint">
        From Dagster 1.12.11 a repository holds dg.toml and, in each project&apos;s folder, its
        pyproject.toml (or the generated pyproject.dg.toml), with build.yaml and
        container_context.yaml if you have them. Leave dagster_cloud.yaml empty to import these.
        Each file&apos;s path says which project it belongs to.
      </p>
      <DropZone id={id} onFiles={(gathered) => void add(gathered)} />
      <p role="status" className="hint" data-testid="dg-status">
        {status}
      </p>
      {readError !== null && (
        <p role="alert" className="field-error" data-testid="dg-read-error">
          {readError}
        </p>
      )}
      {fields.map((field, i) => (
        <DgFileRow
          key={field.key}
          id={id}
          field={field}
          index={i}
          removable={fields.length > 1}
          areaRef={areaRef}
          onEdit={onEdit}
        />
      ))}
      {fields.length < MAX_DG_FILES && (
        <Button
          onClick={() => {
            importDraft.setState((d) => ({ dgFiles: [...d.dgFiles, newDgField()] }));
          }}
        >
          Add a project file
        </Button>
      )}
    </fieldset>
  );
};
