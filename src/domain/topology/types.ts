/**
 * The topology contract: deployments ⊃ agents ⊃ code locations, plus the repositories that hold
 * the code. Emitters and the diagram read this; they never re-derive placement.
 */
import type { AgentPlatform } from '../questionnaire/schemas';
import type { LevelId, RepoLayout } from '../scoring/types';

/** The full deployment every Dagster+ organisation starts with; the others must be created. */
export const EXISTING_DEPLOYMENT = 'prod';

export type LocationNode = {
  /** `location_name` in dagster_cloud.yaml (the project name). */
  name: string;
  team: string;
  compute: string;
  highVolume: boolean;
  /** `code_source.package_name`. */
  packageName: string;
  /** Repository holding the code (key into Topology.repos). */
  repo: string;
  /** Folder inside the repository, relative, e.g. "ingest" or "." */
  directory: string;
  /** Named queue it is routed to, or null for the default queue. */
  agentQueue: string | null;
};

/**
 * Why an agent exists beside the others of its deployment: `shared` serves whatever is not kept
 * apart; `team` keeps one separated team's runs on their own credentials and network; `high-volume`
 * keeps busy projects off their neighbours' capacity.
 */
export const AGENT_ROLES = ['shared', 'team', 'high-volume'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** A compute environment that is a pool of special nodes: a GPU/accelerator pool or a named pool. */
export type ComputePool = 'gpu' | 'pool';

export type AgentNode = {
  /** Unique across the topology, valid as a Helm release / agent_label, e.g. "prod-aws-agent". */
  name: string;
  deployment: string;
  compute: string;
  platform: AgentPlatform;
  role: AgentRole;
  /**
   * The separated team (sod execution or confidential) whose credentials only this agent holds:
   * its own agent in a shared deployment, or the agent of its own deployment. Null otherwise.
   */
  team: string | null;
  /** Set when its compute environment is a pool, so its config gets a place to pin it there. */
  computePool: ComputePool | null;
  /** Named queues it serves (may be empty when it serves only the default queue). */
  queues: readonly string[];
  /**
   * Serves the default queue (locations with no `agent_queue`). In a deployment with several
   * agents only the shared agent with the least access does, never a team's or a load's agent.
   */
  includeDefaultQueue: boolean;
  /** `isolated_agents.enabled`: set when agents cannot reach each other's resources. */
  isolated: boolean;
  /**
   * Serves branch deployments: for each queue, one agent of the non-production deployment (else the
   * production one) does, except an agent holding a separated team's credentials, which never does
   * (any pull request could route code to it).
   */
  branchDeployments: boolean;
  locations: readonly LocationNode[];
};

export type DeploymentNode = {
  /** Valid Dagster+ deployment name: lowercase, digits, hyphens; "prod" first. */
  name: string;
  /** Why it exists, plain text ("Production", "Non-production", "Team finance (confidential)"). */
  purpose: string;
  /** For a non-production deployment, the production deployment it mirrors; null otherwise. */
  mirrors: string | null;
  agents: readonly AgentNode[];
};

export type RepoNode = {
  /** Repository name, e.g. "dagster-data-platform" or "dagster-<team>". */
  name: string;
  teams: readonly string[];
  /** Location names, in project order. */
  locations: readonly string[];
};

export type Topology = {
  level: LevelId;
  layout: RepoLayout;
  deployments: readonly DeploymentNode[];
  repos: readonly RepoNode[];
};
