/**
 * Step 2: the projects table. Rows can be added, removed, moved, or pasted in as a list of names;
 * team and compute inputs suggest the values already used. Names are validated as they change,
 * so a duplicate is flagged at once, and an invalid value stays in the field with its message.
 */
import { LATER_STEP_WHY } from '@/domain/questionnaire/later-step-why';
import { useEffect, useId, useState, type ClipboardEvent } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import {
  NAME_RULE,
  projectsStepSchema,
  uniqueInOrder,
  type Answers,
  type Project,
} from '@/domain/questionnaire/schemas';
import { COMPUTE_EXPLAINER, HIGH_VOLUME_EXPLAINER } from '@/domain/questionnaire/steps';

import { ComputeFields } from './compute-fields';
import { parsePastedNames } from './parse-pasted-names';
import './projects-table.css';
import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';

const toPatch = (data: Pick<Answers, 'projects'>): Partial<Answers> => data;

const DEFAULT_TEAM = 'data';
const DEFAULT_COMPUTE = 'main';

const focusLater = (id: string): void => {
  requestAnimationFrame(() => {
    document.getElementById(id)?.focus();
  });
};

type ProjectsForm = UseFormReturn<Pick<Answers, 'projects'>, unknown, Pick<Answers, 'projects'>>;

/**
 * Pasted lists of names: as new rows (the paste box), or into an empty name field, which takes the
 * first name and adds a row for each further one. New rows copy the last row's team and compute
 * environment. `status` says what was added and what was skipped.
 */
const usePastedNames = (
  form: ProjectsForm,
  append: (rows: Project[], options: { shouldFocus: boolean }) => void,
) => {
  const [status, setStatus] = useState('');
  const newRow = (name: string): Project => {
    const last = form.getValues('projects').at(-1);
    return {
      name,
      team: last?.team ?? DEFAULT_TEAM,
      compute: last?.compute ?? DEFAULT_COMPUTE,
      highVolume: false,
    };
  };
  const sayAdded = (added: number, skipped: readonly string[]) => {
    const parts = [
      added === 1 ? 'Added 1 project.' : `Added ${added} projects.`,
      skipped.length > 0
        ? `Skipped ${skipped.length} already in the list: ${skipped.join(', ')}.`
        : '',
    ];
    setStatus(parts.filter((p) => p !== '').join(' '));
  };

  const asRows = (text: string) => {
    const existing = form.getValues('projects').map((p) => p.name);
    const { added, skipped } = parsePastedNames(text, existing);
    if (added.length > 0) append(added.map(newRow), { shouldFocus: false });
    sayAdded(added.length, skipped);
  };

  // A list pasted into an empty name field (lines, commas, semicolons or tabs between names) fills
  // it and adds a row for each further name; one name is pasted as the browser pastes it.
  const intoName = (i: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (!/[\n\r\t,;]/.test(text.trim()) || form.getValues(`projects.${i}.name`) !== '') return;
    event.preventDefault();
    const others = form
      .getValues('projects')
      .filter((_, j) => j !== i)
      .map((p) => p.name);
    const { added, skipped } = parsePastedNames(text, others);
    const [first, ...rest] = added;
    if (first !== undefined) {
      form.setValue(`projects.${i}.name`, first, { shouldDirty: true, shouldValidate: true });
    }
    if (rest.length > 0) append(rest.map(newRow), { shouldFocus: false });
    sayAdded(added.length, skipped);
  };

  return { status, asRows, intoName, newRow };
};

/** Up, Down and Remove for one row; focus follows the row, or goes to "Add project". */
const RowActions = (props: {
  readonly rowId: string;
  readonly index: number;
  readonly count: number;
  readonly name: string;
  readonly addId: string;
  readonly move: (from: number, to: number) => void;
  readonly remove: (index: number) => void;
}) => {
  const { rowId, index: i, count, name } = props;
  return (
    <div className="row-actions">
      <Button
        variant="quiet"
        id={`${rowId}-up`}
        aria-label={`Move ${name} up`}
        disabled={i === 0}
        onClick={() => {
          props.move(i, i - 1);
          focusLater(i - 1 === 0 ? `${rowId}-down` : `${rowId}-up`);
        }}
      >
        Up
      </Button>
      <Button
        variant="quiet"
        id={`${rowId}-down`}
        aria-label={`Move ${name} down`}
        disabled={i === count - 1}
        onClick={() => {
          props.move(i, i + 1);
          focusLater(i + 1 === count - 1 ? `${rowId}-up` : `${rowId}-down`);
        }}
      >
        Down
      </Button>
      <Button
        variant="quiet"
        aria-label={`Remove ${name}`}
        onClick={() => {
          props.remove(i);
          focusLater(props.addId);
        }}
      >
        Remove
      </Button>
    </div>
  );
};

/** The values already used, offered by the team and compute inputs. */
const Suggestions = ({
  id,
  values,
}: {
  readonly id: string;
  readonly values: readonly string[];
}) => (
  <datalist id={id}>
    {values.map((v) => (
      <option key={v} value={v} />
    ))}
  </datalist>
);

/** "Paste a list of project names": a text area whose names become rows. */
const PasteBox = (props: {
  readonly uid: string;
  readonly status: string;
  readonly onAdd: (text: string) => void;
}) => {
  const { uid } = props;
  const [pasted, setPasted] = useState('');
  return (
    <div className="paste">
      <label htmlFor={`${uid}-paste`}>Paste a list of project names</label>
      <p id={`${uid}-paste-hint`} className="hint">
        One per line, or separated by commas or spaces (or paste a list into an empty project name
        field). Team and compute environment are copied from the last row; change them afterwards.
      </p>
      <textarea
        id={`${uid}-paste`}
        rows={3}
        value={pasted}
        spellCheck={false}
        aria-describedby={`${uid}-paste-hint`}
        onChange={(event) => {
          setPasted(event.target.value);
        }}
      />
      <Button
        onClick={() => {
          props.onAdd(pasted);
          setPasted('');
        }}
        disabled={pasted.trim() === ''}
      >
        Add pasted projects
      </Button>
      <p className="hint" role="status">
        {props.status}
      </p>
    </div>
  );
};

export const ProjectsStep = ({ answers }: { readonly answers: Answers }) => {
  const { form, submitTo } = useStepForm(
    projectsStepSchema,
    { projects: answers.projects },
    toPatch,
  );
  const { control, register, formState, trigger } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'projects' });
  const projects = useWatch({ control, name: 'projects' });
  const uid = useId();
  const teamsListId = `${uid}-teams`;
  const computesListId = `${uid}-computes`;

  const rowName = (i: number): string => {
    const name = projects[i]?.name ?? '';
    return name.trim() === '' ? `project ${i + 1}` : name;
  };

  // Re-check every filled-in name whenever rows change, so duplicates show (and clear) at once.
  const revalidateNames = (): void => {
    const filled = form
      .getValues('projects')
      .flatMap((p, i) => (p.name === '' ? [] : [`projects.${i}.name` as const]));
    if (filled.length > 0) void trigger(filled);
  };
  useEffect(() => {
    if (form.getValues('projects').some((p) => p.name !== '')) revalidateNames();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run when rows are added, removed or moved
  }, [fields]);

  const paste = usePastedNames(form, append);

  const teams = uniqueInOrder(projects.map((p) => p.team).filter((t) => t !== ''));
  const computes = uniqueInOrder(projects.map((p) => p.compute).filter((c) => c !== ''));
  const errors = formState.errors.projects;
  const listError = errors?.root?.message ?? errors?.message;
  const { touchedFields, isSubmitted } = formState;
  // The form checks every row when one is added, so a row just added would open with a message.
  // A row's message shows once its field holds something, was left, or Next was pressed.
  const shownError = (i: number, key: 'name' | 'team' | 'compute'): string | undefined => {
    const started =
      isSubmitted ||
      (projects[i]?.[key] ?? '') !== '' ||
      touchedFields.projects?.[i]?.[key] === true;
    return started ? errors?.[i]?.[key]?.message : undefined;
  };

  return (
    <StepFrame stepId="projects" why={LATER_STEP_WHY.projects} onNavigate={submitTo}>
      <p className="hint">One row per project (each becomes a code location). {NAME_RULE}</p>
      <Suggestions id={teamsListId} values={teams} />
      <Suggestions id={computesListId} values={computes} />
      <ol className="project-rows">
        {fields.map((field, i) => {
          const name = rowName(i);
          return (
            <li key={field.id} className="project-row">
              <fieldset>
                <legend>
                  Project {i + 1}
                  <span className="visually-hidden">: {name}</span>
                </legend>
                <div className="project-fields">
                  <TextField
                    id={`${field.id}-name`}
                    label="Project name"
                    registration={register(`projects.${i}.name`, { onChange: revalidateNames })}
                    error={shownError(i, 'name')}
                    onPaste={paste.intoName(i)}
                  />
                  <TextField
                    id={`${field.id}-team`}
                    label="Team"
                    list={teamsListId}
                    registration={register(`projects.${i}.team`)}
                    error={shownError(i, 'team')}
                  />
                  <ComputeFields
                    rowId={field.id}
                    index={i}
                    listId={computesListId}
                    register={register}
                    error={shownError(i, 'compute')}
                  />
                </div>
                <RowActions
                  rowId={field.id}
                  index={i}
                  count={fields.length}
                  name={name}
                  addId={`${uid}-add`}
                  move={move}
                  remove={remove}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listError !== undefined && (
        <p className="field-error" role="alert">
          {listError}
        </p>
      )}
      <div className="table-actions">
        <Button
          id={`${uid}-add`}
          onClick={() => {
            append(paste.newRow(''));
          }}
        >
          Add project
        </Button>
      </div>
      <PasteBox uid={uid} status={paste.status} onAdd={paste.asRows} />
      <details className="explainer">
        <summary>What is a compute environment? What is high volume?</summary>
        <p>{COMPUTE_EXPLAINER}</p>
        <p>{HIGH_VOLUME_EXPLAINER}</p>
      </details>
    </StepFrame>
  );
};
