/**
 * What the Dagster+ agents do to a location name when they name infrastructure after it, as data
 * (facts §1e, read from dagster-io/dagster-cloud the `workspace/<platform>/utils.py` files): each agent builds
 * `<location>-<deployment>`, filters characters, cuts it to leave room for "-" and a 6-character
 * random suffix. Also the conversion of a location name into this app's project name rule.
 */
import type { AgentPlatform } from '../questionnaire/schemas';
import { NAME_PATTERN } from '../questionnaire/schemas';

/** Agents that name resources after locations. */
export type NamingPlatform = Exclude<AgentPlatform, 'local'>;

type Namer = {
  label: string;
  /** Total length limit of the resource name, suffix included. */
  limit: number;
  /** What it names ("pods and services"). */
  resources: string;
  sanitize: (name: string) => string;
};

const stripHyphens = (s: string): string => s.replace(/^-+|-+$/g, '');

export const AGENT_NAMERS = {
  // _sanitize_k8s_resource_name: lowercase, drop [^a-z0-9-], drop leading non-letters, strip "-".
  k8s: {
    label: 'Kubernetes agent',
    limit: 63,
    resources: 'Deployments and Services',
    sanitize: (name) => {
      const filtered = name.toLowerCase().replace(/[^a-z0-9-]/g, '');
      return stripHyphens(filtered.replace(/^[^a-z]+/, '')) || 'k8s';
    },
  },
  // unique_docker_resource_name: drop [^a-z0-9-] WITHOUT lowercasing (capitals vanish), strip "-".
  docker: {
    label: 'Docker agent',
    limit: 63,
    resources: 'containers',
    sanitize: (name) => stripHyphens(name.replace(/[^a-z0-9-]/g, '')),
  },
  // unique_ecs_resource_name: same filter as Docker, 60 characters (service discovery DNS name).
  ecs: {
    label: 'ECS agent',
    limit: 60,
    resources: 'services',
    sanitize: (name) => stripHyphens(name.replace(/[^a-z0-9-]/g, '')),
  },
} as const satisfies Record<NamingPlatform, Namer>;

export const NAMING_PLATFORMS = Object.keys(AGENT_NAMERS) as NamingPlatform[];

/** Placeholder for the agent's random 6-hex suffix. */
export const RANDOM_SUFFIX = 'xxxxxx';

/**
 * The resource name an agent gives a location's code server, with the random suffix shown as
 * "xxxxxx" (e.g. "ingest-prod-xxxxxx").
 */
export const agentResourceName = (
  platform: NamingPlatform,
  locationName: string,
  deployment: string,
): string => {
  const namer = AGENT_NAMERS[platform];
  const base = namer.sanitize(`${locationName}-${deployment}`).slice(0, namer.limit - 7);
  return base === '' ? RANDOM_SUFFIX : `${base}-${RANDOM_SUFFIX}`;
};

/** How a location name fares on one agent. */
export type NameFate = {
  platform: NamingPlatform;
  resourceName: string;
  /** Characters were dropped or changed. */
  rewritten: boolean;
  /** Part of the name was cut to fit the limit. */
  truncated: boolean;
};

/** What each agent would make of a location name in a deployment. */
export const nameFate = (
  platform: NamingPlatform,
  locationName: string,
  deployment: string,
): NameFate => {
  const namer = AGENT_NAMERS[platform];
  const full = namer.sanitize(`${locationName}-${deployment}`);
  const expected = `${locationName}-${deployment}`;
  return {
    platform,
    resourceName: agentResourceName(platform, locationName, deployment),
    rewritten: full !== expected,
    truncated: full.length > namer.limit - 7,
  };
};

/**
 * A location name converted to this app's project-name rule (NAME_PATTERN): lowercase, other
 * characters become "-", must start with a letter, at most 40 characters. Null when nothing
 * usable is left (e.g. "123" or "!!!").
 */
export const toProjectName = (locationName: string): string | null => {
  // A valid name stays as it is (it may end in "-" or "_", which the conversion would cut).
  if (NAME_PATTERN.test(locationName)) return locationName;
  const converted = locationName
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 40)
    .replace(/[-_]+$/, '');
  return NAME_PATTERN.test(converted) ? converted : null;
};

/** Any label (queue, team, deployment) converted to a valid name, or `fallback`. */
export const toValidName = (label: string, fallback: string): string =>
  toProjectName(label) ?? fallback;
