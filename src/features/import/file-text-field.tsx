/**
 * One imported file: a labelled monospace text area to paste into, and a file input to upload
 * instead (read in the page with `File.text()`, never sent anywhere). A refused upload is
 * announced (`role="alert"`) and the text already there is kept.
 *
 * The text area is uncontrolled: typing re-renders nothing and never copies the text (a 20 MB
 * paste stays responsive). `onEdit` says a change happened; `onText` gets the text once typing
 * pauses, and at once after an upload. The form reads the current text from the element.
 */
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';

import { MAX_FILE_BYTES } from './import-text';

/** Pause in typing after which the text is handed to `onText`. */
const SETTLE_MS = 400;

export type FileTextFieldProps = {
  readonly id: string;
  readonly label: string;
  /** What the file is, for the upload's label ("Upload dagster_cloud.yaml"). */
  readonly fileName: string;
  /** The text the field opens with (kept files after a crash or a return to the view); read once. */
  readonly initialText: string;
  /** Called on every change, without the text. */
  readonly onEdit?: () => void;
  /** Called with the text when typing pauses and after an upload. */
  readonly onText: (text: string) => void;
  /** Receives the text area element (and null when it goes). */
  readonly textareaRef?: (node: HTMLTextAreaElement | null) => void;
  readonly hint?: ReactNode;
  readonly required?: boolean;
  /** What the label says after the name; " (required)" or " (optional)" by default. */
  readonly requirement?: string;
  readonly accept?: string;
  readonly rows?: number;
  /** Shown under the field, e.g. a Remove button. */
  readonly actions?: ReactNode;
  /** Marks the text area invalid (the message is shown by the form). */
  readonly invalid?: boolean;
};

export const FileTextField = ({
  id,
  label,
  fileName,
  initialText,
  onEdit,
  onText,
  textareaRef,
  hint,
  required = false,
  requirement,
  accept,
  rows = 8,
  actions,
  invalid = false,
}: FileTextFieldProps) => {
  const [uploadError, setUploadError] = useState<string | null>(null);
  // Read once: a new defaultValue would make React rewrite the text area's whole text.
  const [opening] = useState(initialText);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-upload-error`;

  const settle = (): void => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (area.current !== null) onText(area.current.value);
  };
  // Hand over what was typed when the field goes away (a removed field, another view).
  const settleLatest = useRef(settle);
  useEffect(() => {
    settleLatest.current = settle;
  });
  useEffect(
    () => () => {
      settleLatest.current();
    },
    [],
  );

  const handleUpload = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    if (file.size > MAX_FILE_BYTES) {
      setUploadError(
        `"${file.name}" is ${Math.ceil(file.size / 1024)} kB; the import reads files up to ${MAX_FILE_BYTES / 1024} kB. The text area keeps what it had.`,
      );
    } else {
      try {
        const text = await file.text();
        if (area.current !== null) area.current.value = text;
        onEdit?.();
        onText(text);
        setUploadError(null);
      } catch {
        setUploadError(`"${file.name}" could not be read. Paste its text instead.`);
      }
    }
    input.value = '';
  };

  return (
    <div className="import-file">
      <label htmlFor={id} className="import-file-label">
        {label}
        {requirement ?? (required ? ' (required)' : ' (optional)')}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        ref={(node) => {
          area.current = node;
          textareaRef?.(node);
        }}
        className="import-textarea"
        rows={rows}
        defaultValue={opening}
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        aria-required={required}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={
          [hint === undefined ? '' : hintId, uploadError === null ? '' : errorId]
            .filter((s) => s !== '')
            .join(' ') || undefined
        }
        onChange={() => {
          onEdit?.();
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(settle, SETTLE_MS);
        }}
      />
      <div className="import-file-actions">
        <label htmlFor={`${id}-upload`} className="import-upload-label">
          Upload {fileName}
        </label>
        <input
          id={`${id}-upload`}
          className="import-upload"
          type="file"
          accept={accept}
          onChange={(event) => void handleUpload(event)}
        />
        {actions}
      </div>
      {uploadError !== null && (
        <p id={errorId} className="field-error" role="alert">
          {uploadError}
        </p>
      )}
    </div>
  );
};
