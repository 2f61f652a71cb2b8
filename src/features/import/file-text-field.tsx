/**
 * One imported file: a labelled monospace text area to paste into, and a file input to upload
 * instead (read in the page with `File.text()`, never sent anywhere). A refused upload is
 * announced (`role="alert"`) and the text already there is kept.
 */
import { useState, type ChangeEvent, type ReactNode } from 'react';

import { MAX_FILE_BYTES } from './import-text';

export type FileTextFieldProps = {
  readonly id: string;
  readonly label: string;
  /** What the file is, for the upload's label ("Upload dagster_cloud.yaml"). */
  readonly fileName: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly hint?: ReactNode;
  readonly required?: boolean;
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
  value,
  onChange,
  hint,
  required = false,
  accept,
  rows = 8,
  actions,
  invalid = false,
}: FileTextFieldProps) => {
  const [uploadError, setUploadError] = useState<string | null>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-upload-error`;

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
        onChange(await file.text());
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
        {required ? ' (required)' : ' (optional)'}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className="import-textarea"
        rows={rows}
        value={value}
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
        onChange={(event) => {
          onChange(event.currentTarget.value);
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
