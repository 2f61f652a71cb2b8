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
import { MAX_DG_FILES } from '@/domain/import/limits';

import { cleanPath, isReadFolder, mergeDgFields, pickDgPaths } from './dg-pick';
import { importDraft, newDgField, type DgField } from './import-draft';
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

/** Every file under a dropped entry, with its path (hidden folders and packages skipped). */
const walk = async (entry: FileSystemEntry, out: Picked[], budget: { left: number }) => {
  if (budget.left <= 0) return;
  budget.left -= 1;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => {
      (entry as FileSystemFileEntry).file(resolve, reject);
    });
    out.push({ path: cleanPath(entry.fullPath), file });
    return;
  }
  if (!entry.isDirectory || !isReadFolder(entry.name)) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => {
      reader.readEntries(resolve, reject);
    });
    if (batch.length === 0 || budget.left <= 0) break;
    for (const child of batch) await walk(child, out, budget);
  }
};

/** The files of a drop: a folder's entries where the browser gives them, else the files. */
const droppedFiles = async (event: DragEvent<HTMLElement>): Promise<Picked[]> => {
  const items = [...event.dataTransfer.items];
  const entries = items.map((i) => i.webkitGetAsEntry());
  if (entries.length > 0 && entries.every((e) => e !== null)) {
    const out: Picked[] = [];
    const budget = { left: MAX_WALKED };
    for (const e of entries) await walk(e, out, budget);
    return out;
  }
  return [...event.dataTransfer.files].map((file) => ({ path: file.name, file }));
};

/** The picked input's files, with their folder path when a folder was chosen. */
const inputFiles = (list: FileList | null): Picked[] =>
  [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));

/** Where a folder or files are dropped, with the two pickers. */
const DropZone = ({ id, onFiles }: { id: string; onFiles: (picked: Picked[]) => void }) => {
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
        void droppedFiles(event).then(onFiles);
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
            onFiles(inputFiles(input.files));
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
            onFiles(inputFiles(input.files));
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

export const DgFilesFieldset = ({
  id,
  areaRef,
  onEdit,
}: {
  id: string;
  areaRef: (key: string) => (node: HTMLTextAreaElement | null) => void;
  onEdit: () => void;
}) => {
  const fields = useSyncExternalStore(importDraft.subscribe, () => pickDg(importDraft.getState()));
  const [status, setStatus] = useState<string | null>(null);

  const add = async (picked: readonly Picked[]): Promise<void> => {
    if (picked.length === 0) return;
    const { read, leftOut } = pickDgPaths(picked.map((p) => p.path));
    const texts: { path: string; text: string }[] = [];
    const tooLarge: string[] = [];
    for (const i of read) {
      const p = picked[i];
      if (p === undefined) continue;
      if (p.file.size > MAX_FILE_BYTES) tooLarge.push(p.path);
      else texts.push({ path: p.path, text: await p.file.text() });
    }
    onEdit();
    importDraft.setState((d) => ({ dgFiles: mergeDgFields(d.dgFiles, texts, newDgField) }));
    setStatus(
      [
        `Read ${texts.length.toLocaleString('en-US')} dg file${texts.length === 1 ? '' : 's'}.`,
        leftOut > 0
          ? `Left out ${leftOut.toLocaleString('en-US')} other file${leftOut === 1 ? '' : 's'} (only dg.toml, pyproject.toml, pyproject.dg.toml, build.yaml and container_context.yaml are read${read.length >= MAX_DG_FILES ? `, at most ${MAX_DG_FILES.toLocaleString('en-US')}` : ''}).`
          : '',
        tooLarge.length > 0
          ? `Not read, larger than ${MAX_FILE_BYTES / 1024} kB: ${tooLarge.slice(0, 5).join(', ')}.`
          : '',
      ]
        .filter((s) => s !== '')
        .join(' '),
    );
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
      <DropZone id={id} onFiles={(picked) => void add(picked)} />
      <p role="status" className="hint" data-testid="dg-status">
        {status}
      </p>
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
