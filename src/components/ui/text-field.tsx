/**
 * A labelled text input wired to react-hook-form. Its error sits right below it, is announced
 * (`role="alert"`), and is linked through `aria-describedby`; the typed value is never cleared.
 */
import './ui.css';
import type { ClipboardEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

import { describedBy } from './described-by';

export type TextFieldProps = {
  readonly id: string;
  readonly label: string;
  readonly registration: UseFormRegisterReturn;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  /** Id of a `<datalist>` of suggested values. */
  readonly list?: string | undefined;
  readonly className?: string | undefined;
  readonly onPaste?: ((event: ClipboardEvent<HTMLInputElement>) => void) | undefined;
};

export const TextField = ({
  id,
  label,
  registration,
  error,
  hint,
  list,
  className,
  onPaste,
}: TextFieldProps) => {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  return (
    <div className={className === undefined ? 'field' : `field ${className}`}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        list={list}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(errorId, hintId)}
        onPaste={onPaste}
        {...registration}
      />
      {error !== undefined && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
};
