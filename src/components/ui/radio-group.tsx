/**
 * A question answered by one option: a fieldset whose legend is the question, one radio per
 * option with a visible label and its help text (linked by `aria-describedby`).
 */
import './ui.css';
import type { UseFormRegisterReturn } from 'react-hook-form';

import { describedBy } from './described-by';

export type RadioOption = { readonly label: string; readonly help: string };

export type RadioGroupProps<T extends string> = {
  readonly id: string;
  readonly legend: string;
  readonly help?: string | undefined;
  readonly options: Readonly<Record<T, RadioOption>>;
  readonly registration: UseFormRegisterReturn;
  /**
   * The option checked when the group first renders, for a form that is not react-hook-form's
   * (whose `register` checks the radio itself once mounted, which a server render never sees).
   */
  readonly initialValue?: T | undefined;
  readonly error?: string | undefined;
};

export const RadioGroup = <T extends string>({
  id,
  legend,
  help,
  options,
  registration,
  initialValue,
  error,
}: RadioGroupProps<T>) => {
  const helpId = help === undefined ? undefined : `${id}-help`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const entries = Object.entries(options) as [T, RadioOption][];
  return (
    <fieldset className="radio-group" aria-describedby={describedBy(helpId, errorId)}>
      <legend>{legend}</legend>
      {help !== undefined && (
        <p id={helpId} className="hint">
          {help}
        </p>
      )}
      <div className="choices">
        {entries.map(([value, option]) => {
          const inputId = `${id}-${value}`;
          return (
            <div className="choice" key={value}>
              <input
                id={inputId}
                type="radio"
                value={value}
                aria-describedby={`${inputId}-help`}
                {...(initialValue === undefined ? {} : { defaultChecked: value === initialValue })}
                {...registration}
              />
              <label htmlFor={inputId}>{option.label}</label>
              <p id={`${inputId}-help`} className="choice-help">
                {option.help}
              </p>
            </div>
          );
        })}
      </div>
      {error !== undefined && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
};
