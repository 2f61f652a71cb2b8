/**
 * Every generated file in a viewer: a vertical tab list by path, the selected file with line
 * numbers (drawn by CSS, so they are never copied), and Copy / Download per file plus "Download
 * all files" as one zip. The text shown is exactly the text copied and downloaded.
 */
import { useId, useRef, useState, type JSX, type KeyboardEvent, type ReactNode } from 'react';

import type { GeneratedFile } from '@/domain/emitters/types';
import { countOf } from '@/domain/text/count';

import { toLines } from './code-lines';
import { FilesPrintList } from './files-print-list';
import { breakablePath, withCode } from '@/components/rich-text';
import { downloadBlob, downloadNameOf, downloadText, mimeOf, zipFiles, ZIP_NAME } from './download';

/** The selected file's text, one span per line (the line numbers are drawn by CSS). */
function CodeBlock(props: { file: GeneratedFile }): JSX.Element {
  return (
    <pre className="code__pre">
      <code>
        {toLines(props.file.content).map((line, i) => (
          // Lines never reorder, so the index is a stable key.
          <span className="code-line" key={i}>
            {line}
          </span>
        ))}
      </code>
    </pre>
  );
}

/** What the file actions say in the status line, and the actions themselves. */
function useFileActions(files: readonly GeneratedFile[]) {
  const [status, setStatus] = useState('');
  const [zipping, setZipping] = useState(false);

  const copy = async (file: GeneratedFile): Promise<void> => {
    try {
      await navigator.clipboard.writeText(file.content);
      setStatus(`Copied ${file.path}`);
    } catch {
      setStatus(`Could not copy ${file.path}: select the text and copy it, or download the file.`);
    }
  };

  const download = (file: GeneratedFile): void => {
    downloadText(downloadNameOf(file.path), file.content, mimeOf(file));
    setStatus(`Downloaded ${downloadNameOf(file.path)}`);
  };

  const downloadAll = async (): Promise<void> => {
    setZipping(true);
    try {
      const zip = await zipFiles(files);
      downloadBlob(ZIP_NAME, new Blob([zip.slice().buffer], { type: 'application/zip' }));
      setStatus(`Downloaded ${ZIP_NAME} with ${files.length.toString()} files`);
    } catch {
      setStatus('Could not build the zip: download the files one by one.');
    } finally {
      setZipping(false);
    }
  };

  return { status, zipping, copy, download, downloadAll };
}

/** The vertical tab list of file paths; the arrow keys, Home and End move between files. */
function FileTabs(props: {
  files: readonly GeneratedFile[];
  index: number;
  baseId: string;
  onSelect: (path: string) => void;
}): JSX.Element {
  const { files, index, baseId, onSelect } = props;
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (i: number): void => {
    const next = (i + files.length) % files.length;
    onSelect(files[next]?.path ?? '');
    tabRefs.current[next]?.focus();
  };

  const handleTabKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const moves: Record<string, number | undefined> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: files.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(to);
  };

  return (
    <div
      className="files__tabs"
      role="tablist"
      aria-label="Generated files"
      aria-orientation="vertical"
    >
      {files.map((file, i) => (
        <button
          key={file.path}
          ref={(el) => {
            tabRefs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`${baseId}-tab-${i.toString()}`}
          aria-selected={i === index}
          aria-controls={`${baseId}-panel-${i.toString()}`}
          tabIndex={i === index ? 0 : -1}
          className="files__tab"
          onClick={() => {
            onSelect(file.path);
          }}
          onKeyDown={handleTabKey}
        >
          {breakablePath(file.path)}
        </button>
      ))}
    </div>
  );
}

/** The selected file's path, what it is for, and its Copy and Download buttons. */
function FileHeader(props: {
  file: GeneratedFile;
  onCopy: (file: GeneratedFile) => Promise<void>;
  onDownload: (file: GeneratedFile) => void;
}): JSX.Element {
  const { file } = props;
  return (
    <div className="files__header">
      <p className="files__path">
        <code>{file.path}</code>
      </p>
      <p className="files__description">{file.description}</p>
      <div className="results-actions">
        <button
          type="button"
          className="button"
          aria-label={`Copy ${file.path}`}
          onClick={() => void props.onCopy(file)}
        >
          Copy
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Download ${file.path}`}
          onClick={() => {
            props.onDownload(file);
          }}
        >
          Download
        </button>
      </div>
    </div>
  );
}

function Caveats(props: { caveats: readonly string[] }): JSX.Element | null {
  if (props.caveats.length === 0) return null;
  return (
    <div className="caveats">
      <h3>Check before you commit</h3>
      <ul>
        {props.caveats.map((caveat) => (
          <li key={caveat}>{withCode(caveat)}</li>
        ))}
      </ul>
    </div>
  );
}

export function ConfigFiles(props: {
  files: readonly GeneratedFile[];
  caveats: readonly string[];
  headingId: string;
  /** Shown above "Download all files": the "Also generate" choices, when they can be changed. */
  choices?: ReactNode;
}): JSX.Element {
  const { files } = props;
  const baseId = useId();
  // By path, so the file on screen stays selected when "Also generate" adds or removes others.
  const [selected, setSelected] = useState('');
  const actions = useFileActions(files);
  const index = Math.max(
    0,
    files.findIndex((f) => f.path === selected),
  );
  const current = files[index];

  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Starter configuration</h2>
      <p className="results-muted">
        {countOf(files.length, 'file', 'files')}. Each one starts with a comment holding the link
        that regenerates it.
      </p>
      <Caveats caveats={props.caveats} />
      {props.choices}
      <div className="results-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void actions.downloadAll()}
          disabled={actions.zipping || files.length === 0}
        >
          Download all files
        </button>
      </div>
      <p className="results-status" role="status">
        {actions.status}
      </p>
      <FilesPrintList files={files} />
      <div className="files">
        <FileTabs files={files} index={index} baseId={baseId} onSelect={setSelected} />
        <div className="files__viewer">
          {current === undefined ? null : (
            <FileHeader file={current} onCopy={actions.copy} onDownload={actions.download} />
          )}
          {/* Every tab controls a panel of its own, but only the selected one holds its text: a
              hidden panel is never shown, found or printed (print lists the files instead), and
              the text of 60 files would be most of the results' DOM. Copy, Download and "Download
              all files" read the files themselves, not the page. */}
          {files.map((file, i) => (
            <div
              key={file.path}
              role="tabpanel"
              id={`${baseId}-panel-${i.toString()}`}
              aria-labelledby={`${baseId}-tab-${i.toString()}`}
              hidden={i !== index}
              tabIndex={0}
              className="code"
            >
              {i === index ? <CodeBlock file={file} /> : null}
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
