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

export type AgentNode = {
  /** Unique across the topology, valid as a Helm release / agent_label, e.g. "prod-aws-agent". */
  name: string;
  deployment: string;
  compute: string;
  platform: AgentPlatform;
  /** Named queues it serves (may be empty when it serves only the default queue). */
  queues: readonly string[];
  includeDefaultQueue: boolean;
  /** `isolated_agents.enabled`: set when agents cannot reach each other's resources. */
  isolated: boolean;
  /** Serves branch deployments (exactly one agent per topology does). */
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
