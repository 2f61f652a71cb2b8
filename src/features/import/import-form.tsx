/**
 * The import form: dagster_cloud.yaml, agent configurations and CODEOWNERS (pasted or uploaded),
 * where the file lives, and "Check files". The texts live in `importDraft` (import-draft.ts), not
 * in React state; "Check files" reads them from the text areas, checks the size caps
 * (domain/import/limits.ts) and records the files checked.
 */
import { useId, useState, useSyncExternalStore } from 'react';

import { Button } from '@/components/ui/button';
import { sizeProblem } from '@/domain/import/limits';

import { DgFilesFieldset } from './dg-files-fieldset';
import { planRepoFill, type FillTarget, type RepoFill, type RepoFound } from './dg-pick';
import { importDraft, MAX_AGENT_CONFIGS, newAgentField, type LayoutChoice } from './import-draft';
import { toImportInput } from './import-text';
import { FileTextField } from './file-text-field';

export { MAX_AGENT_CONFIGS } from './import-draft';

/** The layout question's choices, naming the files the user gave (dagster_cloud.yaml or dg files). */
const layoutChoices = (files: string): Record<LayoutChoice, string> => ({
  unknown: 'Not sure (assume one repository)',
  monorepo: 'It is the only one: one repository holds every project',
  multirepo: `It is one of several: each repository has its own ${files}`,
});

const YAML_ACCEPT = '.yaml,.yml,application/yaml,application/x-yaml,text/yaml,text/plain';

const useDraft = <T,>(pick: (d: ReturnType<typeof importDraft.getState>) => T): T =>
  useSyncExternalStore(importDraft.subscribe, () => pick(importDraft.getState()));

const pickAgents = (d: ReturnType<typeof importDraft.getState>) => d.agentConfigs;
const pickLayout = (d: ReturnType<typeof importDraft.getState>) => d.layout;
const pickChecked = (d: ReturnType<typeof importDraft.getState>) => d.checked;
const pickHasDg = (d: ReturnType<typeof importDraft.getState>) =>
  d.dgFiles.some((f) => f.text.trim() !== '');

const setAgentText = (key: number, text: string): void => {
  importDraft.setState((d) => ({
    agentConfigs: d.agentConfigs.map((a) => (a.key === key ? { key, text } : a)),
  }));
};

const AgentFields = ({
  id,
  areaRef,
  onEdit,
}: {
  id: string;
  areaRef: (key: number) => (node: HTMLTextAreaElement | null) => void;
  onEdit: () => void;
}) => {
  const agents = useDraft(pickAgents);
  return (
    <fieldset className="import-fieldset">
      <legend>Agent configurations (optional)</legend>
      <p className="hint">
        An agent&apos;s dagster.yaml (Docker, ECS, local) or its Helm values (Kubernetes), one per
        agent: they tell which deployments and queues are served today.
      </p>
      {agents.map((agent, i) => (
        <FileTextField
          key={agent.key}
          id={`${id}-agent-${agent.key}`}
          label={`Agent configuration ${i + 1}`}
          fileName={`agent configuration ${i + 1}`}
          accept={YAML_ACCEPT}
          initialText={agent.text}
          rows={6}
          textareaRef={areaRef(agent.key)}
          onEdit={onEdit}
          onText={(text) => {
            setAgentText(agent.key, text);
          }}
          actions={
            agents.length > 1 ? (
              <Button
                variant="quiet"
                onClick={() => {
                  onEdit();
                  importDraft.setState((d) => ({
                    agentConfigs: d.agentConfigs.filter((a) => a.key !== agent.key),
                  }));
                }}
              >
                Remove agent configuration {i + 1}
              </Button>
            ) : null
          }
        />
      ))}
      {agents.length < MAX_AGENT_CONFIGS && (
        <Button
          onClick={() => {
            importDraft.setState((d) => ({ agentConfigs: [...d.agentConfigs, newAgentField()] }));
          }}
        >
          Add another agent configuration
        </Button>
      )}
    </fieldset>
  );
};

const LayoutChoices = ({ id }: { id: string }) => {
  const layout = useDraft(pickLayout);
  // Once dg files are given, the check reads them: the question is about them.
  const hasDg = useDraft(pickHasDg);
  const choices = layoutChoices(hasDg ? 'dg files' : 'dagster_cloud.yaml');
  return (
    <fieldset className="import-fieldset import-layout">
      <legend>
        {hasDg ? 'Where do these dg files live?' : 'Where does this dagster_cloud.yaml live?'}
      </legend>
      {(Object.keys(choices) as LayoutChoice[]).map((choice) => (
        <div className="import-choice" key={choice}>
          <input
            id={`${id}-layout-${choice}`}
            type="radio"
            name={`${id}-layout`}
            value={choice}
            checked={layout === choice}
            onChange={() => {
              importDraft.setState({ layout: choice });
            }}
          />
          <label htmlFor={`${id}-layout-${choice}`}>{choices[choice]}</label>
        </div>
      ))}
    </fieldset>
  );
};

/**
 * A chosen or dropped repository's other files into their fields, never over what the user
 * filled. The text areas are uncontrolled: the new text goes into them as well as the draft.
 */
const fillFromRepo = (
  areas: ReadonlyMap<string | number, HTMLTextAreaElement>,
  now: FillTarget,
  found: RepoFound,
): RepoFill => {
  const fill = planRepoFill(now, found, newAgentField, MAX_AGENT_CONFIGS);
  const write = (name: string, text: string | undefined): void => {
    const node = areas.get(name);
    if (text !== undefined && node !== undefined) node.value = text;
  };
  write('dcy', fill.dagsterCloudYaml);
  write('codeowners', fill.codeowners);
  write('version', fill.versionFile);
  importDraft.setState({
    ...(fill.dagsterCloudYaml === undefined ? {} : { dagsterCloudYaml: fill.dagsterCloudYaml }),
    ...(fill.codeowners === undefined ? {} : { codeowners: fill.codeowners }),
    ...(fill.versionFile === undefined ? {} : { versionFile: fill.versionFile }),
    ...(fill.agentConfigs === undefined ? {} : { agentConfigs: fill.agentConfigs }),
  });
  return fill;
};

export const ImportForm = () => {
  const id = useId();
  const checked = useDraft(pickChecked);
  const hasDg = useDraft(pickHasDg);
  const [stale, setStale] = useState(false);
  const [inputError, setInputError] = useState<string | null>(null);
  const [dcyMissing, setDcyMissing] = useState(false);
  // The text areas by field ('dcy', 'codeowners', agent key): "Check files" reads them.
  const [areas] = useState(() => new Map<string | number, HTMLTextAreaElement>());
  const areaRef = (name: string | number) => (node: HTMLTextAreaElement | null) => {
    if (node === null) areas.delete(name);
    else areas.set(name, node);
  };
  const { dagsterCloudYaml, codeowners, versionFile } = importDraft.getState();

  const onEdit = (): void => {
    if (checked !== null) setStale(true);
  };

  /** The texts as they are now in the fields, saved to the draft. */
  const collect = () => {
    const d = importDraft.getState();
    const next = {
      dagsterCloudYaml: areas.get('dcy')?.value ?? d.dagsterCloudYaml,
      codeowners: areas.get('codeowners')?.value ?? d.codeowners,
      versionFile: areas.get('version')?.value ?? d.versionFile,
      dgFiles: d.dgFiles.map((f) => ({ ...f, text: areas.get(`dg-${f.key}`)?.value ?? f.text })),
      agentConfigs: d.agentConfigs.map((a) => ({
        key: a.key,
        text: areas.get(a.key)?.value ?? a.text,
      })),
    };
    importDraft.setState(next);
    return next;
  };

  const handleCheck = (): void => {
    const texts = collect();
    const dgFiles = texts.dgFiles.filter((f) => f.text.trim() !== '');
    if (texts.dagsterCloudYaml.trim() === '' && dgFiles.length === 0) {
      setDcyMissing(true);
      setInputError(
        'Paste or upload a dagster_cloud.yaml first, or give the dg files below: one of them is required.',
      );
      areas.get('dcy')?.focus();
      return;
    }
    setDcyMissing(false);
    const unnamed = texts.dgFiles.findIndex((f) => f.text.trim() !== '' && f.path.trim() === '');
    if (unnamed >= 0 && texts.dagsterCloudYaml.trim() === '') {
      setInputError(
        `dg file ${unnamed + 1} has no path: give it (e.g. ingest/pyproject.toml), so the import knows which project it belongs to.`,
      );
      document.getElementById(`${id}-dg-path-${texts.dgFiles[unnamed]?.key ?? ''}`)?.focus();
      return;
    }
    const input = toImportInput(
      texts.dagsterCloudYaml,
      texts.agentConfigs.map((a) => a.text),
      texts.codeowners,
      texts.versionFile,
      dgFiles.map((f) => ({ path: f.path.trim(), text: f.text })),
    );
    const problem = sizeProblem(input);
    setInputError(problem);
    if (problem !== null) return;
    setStale(false);
    importDraft.setState({ checked: input, recovered: false });
  };

  return (
    <form
      className="import-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        handleCheck();
      }}
    >
      <FileTextField
        id={`${id}-dcy`}
        label="dagster_cloud.yaml"
        fileName="dagster_cloud.yaml"
        required={!hasDg}
        {...(hasDg ? { requirement: ' (leave it empty to import the dg files below)' } : {})}
        accept={YAML_ACCEPT}
        initialText={dagsterCloudYaml}
        textareaRef={areaRef('dcy')}
        onEdit={onEdit}
        onText={(text) => {
          importDraft.setState({ dagsterCloudYaml: text });
        }}
        rows={12}
        invalid={dcyMissing}
        hint="The list form (locations: - location_name: …) or the legacy dict form. For dg files (Dagster 1.12.11 and later), leave it empty."
      />
      <DgFilesFieldset
        id={id}
        areaRef={areaRef}
        onEdit={onEdit}
        onFound={(found) => fillFromRepo(areas, collect(), found)}
      />
      <AgentFields id={id} areaRef={areaRef} onEdit={onEdit} />
      <FileTextField
        id={`${id}-codeowners`}
        label="CODEOWNERS"
        fileName="CODEOWNERS"
        initialText={codeowners}
        textareaRef={areaRef('codeowners')}
        onEdit={onEdit}
        onText={(text) => {
          importDraft.setState({ codeowners: text });
        }}
        rows={5}
        hint="Teams are read from its @org/team owners, matched to each location's folder."
      />
      <FileTextField
        id={`${id}-version`}
        label="CI workflow, requirements.txt or pyproject.toml"
        fileName="the file with your Dagster version"
        initialText={versionFile}
        textareaRef={areaRef('version')}
        onEdit={onEdit}
        onText={(text) => {
          importDraft.setState({ versionFile: text });
        }}
        rows={5}
        hint="Read only for the Dagster version it pins: a dagster-cloud-action tag, its image, or dagster==X.Y.Z."
      />
      <LayoutChoices id={id} />
      <div className="import-actions">
        <Button type="submit" variant="primary">
          Check files
        </Button>
        {stale && (
          <span className="hint" role="status">
            The files changed since the last check: check them again.
          </span>
        )}
      </div>
      <div role="alert">{inputError !== null && <p className="field-error">{inputError}</p>}</div>
    </form>
  );
};
