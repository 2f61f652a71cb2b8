/** A labelled checkbox wired to react-hook-form, with optional help text below it. */
import './ui.css';
import type { UseFormRegisterReturn } from 'react-hook-form';

export type CheckboxFieldProps = {
  readonly id: string;
  readonly label: string;
  readonly registration: UseFormRegisterReturn;
  readonly hint?: string | undefined;
  /** The submitted value when several checkboxes share a name (a list of values). */
  readonly value?: string | undefined;
  readonly className?: string | undefined;
};

export const CheckboxField = ({
  id,
  label,
  registration,
  hint,
  value,
  className,
}: CheckboxFieldProps) => {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  return (
    <div className={className === undefined ? 'checkbox' : `checkbox ${className}`}>
      <input id={id} type="checkbox" value={value} aria-describedby={hintId} {...registration} />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
};
