/**
 * "Also generate": one checkbox per optional config target (dg project files, Terraform, the drift check). Ticking
 * one changes the answers, so the file list, "Download all files" and the share link (`t=`) follow.
 */
import { useId, type JSX } from 'react';

import { OPTIONAL_TARGETS, type OptionalTargetId } from '@/domain/emitters/types';
import { toggledTargets } from '@/domain/questionnaire/schemas';

import '@/components/ui/ui.css';

export function TargetChoices(props: {
  targets: readonly OptionalTargetId[];
  onChange: (targets: OptionalTargetId[]) => void;
}): JSX.Element {
  const baseId = useId();
  return (
    <fieldset className="checkbox-group target-choices" aria-describedby={`${baseId}-hint`}>
      <legend>Also generate</legend>
      <p id={`${baseId}-hint`} className="hint">
        Added to the files below and to “Download all files”, and kept in the share link.
      </p>
      {OPTIONAL_TARGETS.map((target) => {
        const id = `${baseId}-${target.id}`;
        return (
          <div key={target.id} className="checkbox">
            <input
              id={id}
              type="checkbox"
              checked={props.targets.includes(target.id)}
              aria-describedby={`${id}-hint`}
              onChange={(event) => {
                props.onChange(toggledTargets(props.targets, target.id, event.target.checked));
              }}
            />
            <label htmlFor={id}>{target.label}</label>
            <p id={`${id}-hint`} className="hint">
              {target.description}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
