/**
 * Today's setup as read from the imported files, in the guide's terms: the isolation level
 * (several deployments in the agent configs → deployment; agent queues → agent; else code
 * location) and the repository layout (one dagster_cloud.yaml → one repository unless the user
 * says otherwise). Shown next to the recommendation and used as the migration plan's start.
 */
import { printable } from '../text/display';
import type { LevelId, RepoLayout } from '../scoring/types';
import { quotedList } from './findings';
import type { ImportedAgent, ImportedFiles } from './types';
import { EXISTING_DEPLOYMENT } from '../topology/types';

export type CurrentState = {
  level: LevelId;
  layout: RepoLayout;
  /** Full deployments the agents serve; ["prod"] (assumed) when no agent config was given. */
  deployments: readonly string[];
  /** True when the deployments come from agent configs, false when assumed. */
  deploymentsKnown: boolean;
  /** Named queues used by locations or served by agents, first-seen order. */
  queues: readonly string[];
  /** Agents read from the files (empty when none was given). */
  agents: readonly ImportedAgent[];
  /** Location names as written, with the queue each is routed to (null: default queue). */
  locations: readonly { name: string; agentQueue: string | null }[];
  /** Plain-text reasons for `level` and `layout`. */
  reasons: readonly string[];
};

export type CurrentStateOptions = {
  /** The user's answer to "is this file one of several repositories?"; default monorepo. */
  layout?: RepoLayout;
};

/** Reads the current isolation level and layout from imported files. */
export const readCurrentState = (
  files: ImportedFiles,
  options: CurrentStateOptions = {},
): CurrentState => {
  const agentDeployments = [...new Set(files.agents.flatMap((a) => a.deployments))];
  const deploymentsKnown = agentDeployments.length > 0;
  const deployments = deploymentsKnown ? agentDeployments : [EXISTING_DEPLOYMENT];
  const locationQueues = files.config.locations
    .map((l) => l.agentQueue)
    .filter((q): q is string => q !== null);
  const queues = [
    ...new Set([...locationQueues, ...files.agents.flatMap((a) => a.additionalQueues)]),
  ];

  const reasons: string[] = [];
  let level: LevelId;
  if (deployments.length > 1) {
    level = 'deployment';
    reasons.push(
      `The agents serve ${deployments.length} full deployments (${quotedList(deployments)}).`,
    );
  } else if (queues.length > 0) {
    level = 'agent';
    reasons.push(`Locations are routed to agent queues (${quotedList(queues)}).`);
  } else {
    level = 'code-location';
    const n = files.config.locations.length;
    reasons.push(
      `${n} code location${n === 1 ? '' : 's'} on the default queue${
        deploymentsKnown ? ` of deployment "${deployments[0] ?? EXISTING_DEPLOYMENT}"` : ''
      }: one agent and one deployment serve them all.`,
    );
  }
  if (!deploymentsKnown) {
    reasons.push('No agent configuration given: one deployment ("prod") is assumed.');
  }

  const layout = options.layout ?? 'monorepo';
  reasons.push(
    options.layout === undefined
      ? 'One dagster_cloud.yaml lists every location: one repository (monorepo) is assumed.'
      : layout === 'monorepo'
        ? 'You said this repository holds every project (monorepo).'
        : 'You said the projects live in several repositories.',
  );

  return {
    level,
    layout,
    deployments,
    deploymentsKnown,
    queues,
    agents: files.agents,
    locations: files.config.locations.map((l) => ({ name: l.name, agentQueue: l.agentQueue })),
    // Names come from the user's files: shown with invisible characters made visible.
    reasons: reasons.map(printable),
  };
};
