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

function CodeBlock(props: { file: GeneratedFile; withLines: boolean }): JSX.Element {
  return (
    <pre className="code__pre">
      <code>
        {props.withLines
          ? toLines(props.file.content).map((line, i) => (
              // Lines never reorder, so the index is a stable key.
              <span className="code-line" key={i}>
                {line}
              </span>
            ))
          : props.file.content}
      </code>
    </pre>
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
  const [status, setStatus] = useState('');
  const [zipping, setZipping] = useState(false);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    files.findIndex((f) => f.path === selected),
  );
  const current = files[index];

  const select = (i: number): void => {
    const next = (i + files.length) % files.length;
    setSelected(files[next]?.path ?? '');
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

  const handleCopy = async (file: GeneratedFile): Promise<void> => {
    try {
      await navigator.clipboard.writeText(file.content);
      setStatus(`Copied ${file.path}`);
    } catch {
      setStatus(`Could not copy ${file.path}: select the text and copy it, or download the file.`);
    }
  };

  const handleDownload = (file: GeneratedFile): void => {
    downloadText(downloadNameOf(file.path), file.content, mimeOf(file));
    setStatus(`Downloaded ${downloadNameOf(file.path)}`);
  };

  const handleDownloadAll = async (): Promise<void> => {
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

  return (
    <section className="results-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Starter configuration</h2>
      <p className="results-muted">
        {countOf(files.length, 'file', 'files')}. Each one starts with a comment holding the link
        that regenerates it.
      </p>
      {props.caveats.length > 0 ? (
        <div className="caveats">
          <h3>Check before you commit</h3>
          <ul>
            {props.caveats.map((caveat) => (
              <li key={caveat}>{withCode(caveat)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {props.choices}
      <div className="results-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void handleDownloadAll()}
          disabled={zipping || files.length === 0}
        >
          Download all files
        </button>
      </div>
      <p className="results-status" role="status">
        {status}
      </p>
      <FilesPrintList files={files} />
      <div className="files">
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
                setSelected(file.path);
              }}
              onKeyDown={handleTabKey}
            >
              {breakablePath(file.path)}
            </button>
          ))}
        </div>
        <div className="files__viewer">
          {current === undefined ? null : (
            <div className="files__header">
              <p className="files__path">
                <code>{current.path}</code>
              </p>
              <p className="files__description">{current.description}</p>
              <div className="results-actions">
                <button
                  type="button"
                  className="button"
                  aria-label={`Copy ${current.path}`}
                  onClick={() => void handleCopy(current)}
                >
                  Copy
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={`Download ${current.path}`}
                  onClick={() => {
                    handleDownload(current);
                  }}
                >
                  Download
                </button>
              </div>
            </div>
          )}
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
              <p className="print-only files__path">{file.path}</p>
              <CodeBlock file={file} withLines={i === index} />
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
