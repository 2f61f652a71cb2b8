/**
 * The wizard pre-fill from imported files: one project per location, its compute environment
 * from `agent_queue`, its team from CODEOWNERS, the plan and agent platform where the files show
 * them. Everything the files cannot tell keeps the base answers, and every guess is a note the
 * user reads before confirming.
 *
 * Choices (documented for the UI):
 * - Team: the team of the CODEOWNERS rule owning the location's folder (build.directory joined
 *   with working_directory, then build.directory); the first "@org/team" owner of that rule.
 *   Without CODEOWNERS, or when no rule names a team, the team is "unassigned" (not the
 *   repository name: the file does not name its repository, and a made-up team would look real).
 * - Compute: the `agent_queue` (converted to a valid name), or "default" for the default queue.
 * - Plan: "pro" when the files use Pro features (agent queues, several deployments); otherwise
 *   the base answer, since nothing in the files tells Solo, Starter and Pro apart.
 * - Files this app generated: their header link gives the answers (generated-link.ts) when it
 *   still agrees with dagster_cloud.yaml (every location is a project of the link, routed to the
 *   queue the link's topology gives it). Then each project's compute environment and high-volume
 *   mark, its team when no CODEOWNERS is given, and every answer the files do not show come from
 *   the link; what the files show (CODEOWNERS teams, the agent platform) still comes from them.
 */
import {
  DEFAULT_ANSWERS,
  MAX_PROJECTS,
  answersSchema,
  type AgentPlatform,
  type Answers,
  type Project,
} from '../questionnaire/schemas';
import { printable } from '../text/display';
import { listText, quotedList } from './findings';
import { toProjectName, toValidName } from './names';
import { createOwnerMatcher, normalisePath, type OwnerMatcher } from './parse-codeowners';
import type { CodeownersRule, ImportedFiles, ImportedLocation } from './types';

/** Team of a location no CODEOWNERS rule assigns. */
export const UNASSIGNED_TEAM = 'unassigned';
/** Compute environment of a location on the default queue. */
export const DEFAULT_COMPUTE = 'default';

/** A location and the project it became. */
export type ProjectSource = {
  locationName: string;
  /** Line of the location in dagster_cloud.yaml. */
  line: number | null;
  project: Project;
  /** Where the team came from: a CODEOWNERS line, or null when unassigned. */
  teamLine: number | null;
};

export type ImportedAnswers = {
  /** Valid per `answersSchema`. */
  answers: Answers;
  /** Location → project, in file order. */
  sources: readonly ProjectSource[];
  /** Plain-text notes on every guess and conversion, for the user to confirm. */
  notes: readonly string[];
};

const withSuffix = (name: string, n: number): string => {
  const suffix = `-${n}`;
  return `${name.slice(0, 40 - suffix.length).replace(/[-_]+$/, '')}${suffix}`;
};

/**
 * Project name per location (same order): the location name converted to NAME_PATTERN, else
 * "location-<n>", made unique with "-2", "-3"… Shared with the migration plan so both agree.
 */
export const projectNamesOf = (locations: readonly ImportedLocation[]): string[] => {
  const taken = new Set<string>();
  return locations.map((l) => {
    const base = toProjectName(l.name) ?? `location-${l.index + 1}`;
    let name = base;
    for (let n = 2; taken.has(name); n += 1) name = withSuffix(base, n);
    taken.add(name);
    return name;
  });
};

const joinPath = (a: string, b: string): string => {
  const left = normalisePath(a);
  const right = normalisePath(b);
  return left === '' ? right : right === '' ? left : `${left}/${right}`;
};

/** Folders that identify a location in the repository, most specific first. */
const foldersOf = (l: ImportedLocation): string[] => {
  const folders: string[] = [];
  if (l.buildDirectory !== null && l.workingDirectory !== null) {
    folders.push(joinPath(l.buildDirectory, l.workingDirectory));
  }
  if (l.buildDirectory !== null) folders.push(normalisePath(l.buildDirectory));
  else if (l.workingDirectory !== null) folders.push(normalisePath(l.workingDirectory));
  return [...new Set(folders.filter((f) => f !== ''))];
};

type TeamPick = { team: string; line: number | null; note: string | null };

const teamFor = (l: ImportedLocation, project: string, matcher: OwnerMatcher | null): TeamPick => {
  if (matcher === null) return { team: UNASSIGNED_TEAM, line: null, note: null };
  const folders = foldersOf(l);
  let rule: CodeownersRule | null | undefined = null;
  for (const folder of [...folders, '']) {
    rule = matcher.ownerOf(folder);
    if (rule !== null) break;
  }
  if (rule === undefined) {
    return {
      team: UNASSIGNED_TEAM,
      line: null,
      note: `CODEOWNERS is too large to match every location's folder in reasonable time: project "${project}" was not matched, team set to "${UNASSIGNED_TEAM}".`,
    };
  }
  if (rule === null) {
    return {
      team: UNASSIGNED_TEAM,
      line: null,
      note: `No CODEOWNERS rule covers project "${project}"${
        folders.length > 0 ? ` (folder ${folders[0] ?? ''})` : ''
      }: team set to "${UNASSIGNED_TEAM}".`,
    };
  }
  const slug = rule.teams[0];
  if (slug === undefined) {
    return {
      team: UNASSIGNED_TEAM,
      line: rule.line,
      note: `CODEOWNERS line ${rule.line} gives project "${project}" to ${listText([...rule.owners])}, not a team: team set to "${UNASSIGNED_TEAM}".`,
    };
  }
  const team = toValidName(slug, UNASSIGNED_TEAM);
  const notes = [
    ...(rule.teams.length > 1
      ? [`several teams own it (${listText([...rule.teams])}); the first is used`]
      : []),
    ...(team !== slug ? [`team "${slug}" is renamed "${team}" to fit the name rule`] : []),
  ];
  return {
    team,
    line: rule.line,
    note:
      notes.length > 0
        ? `Project "${project}" (CODEOWNERS line ${rule.line}): ${notes.join('; ')}.`
        : null,
  };
};

const platformOf = (files: ImportedFiles): AgentPlatform | null => {
  const fromAgents = [...new Set(files.agents.map((a) => a.platform).filter((p) => p !== null))];
  if (fromAgents[0] !== undefined) return fromAgents[0];
  const fromContext = [...new Set(files.config.locations.flatMap((l) => l.containerPlatforms))];
  return fromContext[0] ?? null;
};

/** The header link's answers and projects by name, when the link agrees with the file. */
type Linked = { answers: Answers; byName: ReadonlyMap<string, Project> };

const linkedAnswers = (files: ImportedFiles): Linked | null =>
  files.generated?.agrees === true
    ? {
        answers: files.generated.answers,
        byName: new Map(files.generated.answers.projects.map((p) => [p.name, p])),
      }
    : null;

/**
 * Wizard answers from imported files. `base` supplies every answer the files cannot tell
 * (delivery, compliance, priorities); the result always passes `answersSchema`.
 */
export const importToAnswers = (
  files: ImportedFiles,
  base: Answers = DEFAULT_ANSWERS,
): ImportedAnswers => {
  const notes: string[] = [];
  const all = files.config.locations;
  const locations = all.slice(0, MAX_PROJECTS);
  if (all.length > MAX_PROJECTS) {
    notes.push(`Only the first ${MAX_PROJECTS} of ${all.length} locations are imported.`);
  }
  const linked = linkedAnswers(files);
  const names = linked === null ? projectNamesOf(locations) : locations.map((l) => l.name);
  const matcher = files.codeowners === null ? null : createOwnerMatcher(files.codeowners);
  if (linked !== null) {
    notes.push(
      'These files were generated by Isolation Advisor and still match the link in their header ("Reopen these answers"): compute environments, high-volume projects and the answers the files do not show are taken from it.',
    );
  } else if (files.generated !== undefined) {
    notes.push(
      "dagster_cloud.yaml no longer matches the link in its header (its locations or queues changed): it is read from what it says, and the link's answers are not used.",
    );
  }

  const sources: ProjectSource[] = locations.map((l, i) => {
    const name = names[i] ?? `location-${i + 1}`;
    if (l.name === '') notes.push(`Location ${l.index + 1} has no name: imported as "${name}".`);
    else if (name !== l.name) notes.push(`Location "${l.name}" is imported as project "${name}".`);
    const fromLink = linked?.byName.get(l.name);
    const team =
      fromLink !== undefined && matcher === null
        ? { team: fromLink.team, line: null, note: null }
        : teamFor(l, name, matcher);
    if (team.note !== null) notes.push(team.note);
    const compute =
      fromLink?.compute ??
      (l.agentQueue === null ? DEFAULT_COMPUTE : toValidName(l.agentQueue, DEFAULT_COMPUTE));
    if (fromLink === undefined && l.agentQueue !== null && compute !== l.agentQueue) {
      notes.push(
        `Queue "${l.agentQueue}" of "${name}" is read as compute environment "${compute}".`,
      );
    }
    return {
      locationName: l.name,
      line: l.line,
      project: { name, team: team.team, compute, highVolume: fromLink?.highVolume ?? false },
      teamLine: team.line,
    };
  });
  const projects = sources.map((s) => s.project);

  if (files.codeowners === null && projects.length > 0 && linked === null) {
    notes.push(
      `No CODEOWNERS given: every project's team is "${UNASSIGNED_TEAM}". Set the owning teams in the wizard.`,
    );
  }
  if (projects.length > 0 && linked === null) {
    notes.push(
      'The files do not say which projects are busy: mark high-volume projects in the wizard.',
    );
  }
  // What the files do not show comes from their header link when it agrees, else from `base`.
  const given = linked?.answers ?? base;

  const queues = [...new Set(locations.map((l) => l.agentQueue).filter((q) => q !== null))];
  const agentQueues = [...new Set(files.agents.flatMap((a) => a.additionalQueues))];
  const deployments = [...new Set(files.agents.flatMap((a) => a.deployments))];
  const proEvidence = [
    ...(queues.length > 0 || agentQueues.length > 0 ? ['agent queues'] : []),
    ...(deployments.length > 1 ? [`${deployments.length} deployments`] : []),
  ];
  const plan = proEvidence.length > 0 ? 'pro' : given.plan;
  if (proEvidence.length > 0) {
    notes.push(`Plan set to Pro: the files use ${listText(proEvidence)}, which are Pro features.`);
  } else if (linked === null) {
    notes.push(`The files do not show the plan: kept "${base.plan}". Confirm it.`);
  }
  if (deployments.length > 1 && linked === null) {
    notes.push(
      `The agents serve deployments ${quotedList(deployments)}: say in the wizard whether production must stay separate.`,
    );
  }

  const platform = platformOf(files);
  const agent = platform ?? given.agent;
  if (platform !== null) {
    notes.push(
      `Agent platform read as "${platform}" from the ${files.agents.length > 0 ? 'agent configuration' : 'container_context'}.`,
    );
  } else if (linked === null) {
    notes.push(`The files do not show the agent platform: kept "${base.agent}".`);
  }

  const teams = new Set(projects.map((p) => p.team));
  const sodTeams = given.sodTeams.filter((t) => teams.has(t));
  if (sodTeams.length < given.sodTeams.length) {
    notes.push('Separated teams that own no imported project were removed from the answers.');
  }

  // The version the files pin; else the header link's when it agrees; else none stated (never
  // the base answers' own): the files the app writes then match the imported dagster_cloud.yaml,
  // and the migration plan starts from it.
  const found = files.dagsterVersion ?? null;
  const dagsterVersion = found?.version ?? linked?.answers.dagsterVersion ?? null;
  notes.push(
    found !== null
      ? `Dagster version read as ${found.version} from ${
          found.sightings.filter((s) => s.version === found.version).map((s) => s.where)[0] ??
          'the files'
        }${found.sightings.some((s) => s.version !== found.version) ? ' (the oldest the files pin)' : ''}.`
      : dagsterVersion !== null
        ? `Dagster version read as ${dagsterVersion} from the link in the files' header.`
        : 'The files do not show a Dagster version: none is stated, so the new files keep dagster_cloud.yaml. State yours on the delivery step.',
  );

  const candidate: Answers = { ...given, plan, agent, projects, sodTeams, dagsterVersion };
  const checked = answersSchema.safeParse(candidate);
  // Every field is built to the schema; if a rule is ever added that this misses, fall back to
  // the base answers with the projects rather than returning something the wizard rejects.
  const answers = checked.success ? checked.data : { ...DEFAULT_ANSWERS, projects, sodTeams: [] };
  // Names come from the user's files: shown with invisible characters made visible.
  return { answers, sources, notes: notes.map(printable) };
};
