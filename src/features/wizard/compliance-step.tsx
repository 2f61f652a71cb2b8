/**
 * Step 4: separation of duties (how strict, and for which teams: all by default) and whether
 * production must be kept apart.
 */
import { LATER_STEP_WHY } from '@/domain/questionnaire/later-step-why';
import { useWatch } from 'react-hook-form';

import { CheckboxField } from '@/components/ui/checkbox-field';
import { RadioGroup } from '@/components/ui/radio-group';
import { complianceStepSchema, teamsOf, type Answers } from '@/domain/questionnaire/schemas';
import {
  PROD_HELP,
  PROD_LABEL,
  SOD_QUESTION,
  SOD_TEAMS_HELP,
  SOD_TEAMS_LEGEND,
} from '@/domain/questionnaire/steps';
import { z } from '@/domain/zod';
import { wizardStore } from '@/store/wizard-store';

import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';

const PICK_A_TEAM = 'Tick at least one team, or choose "No separation".';

/** The form lists every ticked team; the answers say "all teams" with an empty list. */
const formSchema = complianceStepSchema.check(
  z.refine((v) => v.sod === 'none' || v.sodTeams.length > 0, {
    path: ['sodTeams'],
    message: PICK_A_TEAM,
  }),
);

const toPatch = (data: Pick<Answers, 'sod' | 'sodTeams' | 'prod'>): Partial<Answers> => {
  const all = teamsOf(wizardStore.getState().answers);
  const ticked = new Set(data.sodTeams);
  const isAll = data.sod === 'none' || all.every((t) => ticked.has(t));
  return {
    sod: data.sod,
    prod: data.prod,
    sodTeams: isAll ? [] : all.filter((t) => ticked.has(t)),
  };
};

export const ComplianceStep = ({ answers }: { readonly answers: Answers }) => {
  const teams = teamsOf(answers);
  const { form, submitTo } = useStepForm(
    formSchema,
    {
      sod: answers.sod,
      sodTeams: answers.sodTeams.length > 0 ? answers.sodTeams : teams,
      prod: answers.prod,
    },
    toPatch,
  );
  const { register, formState, control } = form;
  const sod = useWatch({ control, name: 'sod' });
  const { errors } = formState;
  const teamsError = errors.sodTeams?.root?.message ?? errors.sodTeams?.message;
  return (
    <StepFrame stepId="compliance" why={LATER_STEP_WHY.compliance} onNavigate={submitTo}>
      <RadioGroup
        id="sod"
        legend={SOD_QUESTION.legend}
        options={SOD_QUESTION.options}
        registration={register('sod')}
        error={errors.sod?.message}
      />
      {sod !== 'none' && teams.length > 1 && (
        <fieldset
          className="checkbox-group"
          aria-describedby={
            teamsError === undefined ? 'sod-teams-help' : 'sod-teams-help sod-teams-error'
          }
        >
          <legend>{SOD_TEAMS_LEGEND}</legend>
          <p id="sod-teams-help" className="hint">
            {SOD_TEAMS_HELP}
          </p>
          {teams.map((team) => (
            <CheckboxField
              key={team}
              id={`sod-team-${team}`}
              label={team}
              value={team}
              registration={register('sodTeams')}
            />
          ))}
          {teamsError !== undefined && (
            <p id="sod-teams-error" className="field-error" role="alert">
              {teamsError}
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="checkbox-group">
        <legend>Environments</legend>
        <CheckboxField
          id="prod"
          label={PROD_LABEL}
          hint={PROD_HELP}
          registration={register('prod')}
        />
      </fieldset>
    </StepFrame>
  );
};
