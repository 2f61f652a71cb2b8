/**
 * Who gets which role where (RBAC, dagster-facts.md §5), decided once so SETUP.md and the
 * Terraform file say the same thing. Per team and full deployment:
 *
 * - a team with code locations in a deployment it shares with other teams, and whose duties are
 *   separated (`sod` access / execution / confidential), gets Viewer on the deployment and an
 *   Editor override on its own locations (overrides only add permissions; Pro);
 * - a team with code locations there otherwise gets Editor on the deployment;
 * - a team with no code location there gets Viewer (one view of every asset), except across a
 *   confidential team's deployments: neither the confidential team nor anyone else gets a grant
 *   on the other side (only separate deployments hide assets);
 * - in a production deployment that has a non-production twin, when duties are separated (`sod`
 *   access or stricter), the owners' role is Launcher instead of Editor: they run and re-run
 *   their jobs there, while code, schedules and settings change through CI and the twin (Editor).
 *   Launcher is a Pro role, as are Teams and overrides (dagster-facts.md §5).
 */
import { separatedTeamsOf, teamsOf, type Answers } from '../questionnaire/schemas';
import type { DeploymentNode, Topology } from '../topology/types';

export type Role = 'VIEWER' | 'LAUNCHER' | 'EDITOR';

/** How SETUP.md names each role. */
export const ROLE_LABELS = {
  VIEWER: 'Viewer',
  LAUNCHER: 'Launcher',
  EDITOR: 'Editor',
} as const satisfies Record<Role, string>;

export type TeamGrant = {
  team: string;
  deployment: string;
  /** Role on the whole deployment. */
  role: Role;
  /** Role of the per-location overrides (the owners' role in this deployment). */
  overrideRole: Role;
  /** Code locations with an override (empty when the deployment role suffices). */
  overrideLocations: readonly string[];
  /** The team's own code locations in the deployment (empty: it owns none there). */
  locations: readonly string[];
};

/** Teams with code locations in `deployment`, in first-seen order. */
export const teamsIn = (deployment: DeploymentNode): string[] => [
  ...new Set(deployment.agents.flatMap((a) => a.locations.map((l) => l.team))),
];

const locationsOf = (deployment: DeploymentNode, team: string): string[] =>
  deployment.agents.flatMap((a) => a.locations.filter((l) => l.team === team).map((l) => l.name));

/**
 * The role of a deployment's code-location owners: Launcher in a production deployment with a
 * non-production twin when duties are separated, Editor otherwise.
 */
export const ownerRoleIn = (
  answers: Pick<Answers, 'sod'>,
  topology: Topology,
  deployment: DeploymentNode,
): Role =>
  answers.sod !== 'none' &&
  deployment.mirrors === null &&
  topology.deployments.some((d) => d.mirrors === deployment.name)
    ? 'LAUNCHER'
    : 'EDITOR';

/** Every grant, deployment by deployment (topology order), teams in answers order. */
export const teamGrantsOf = (
  answers: Pick<Answers, 'projects' | 'sod' | 'sodTeams'>,
  topology: Topology,
): TeamGrant[] => {
  const separated = separatedTeamsOf(answers);
  return topology.deployments.flatMap((d) => {
    const ownerRole = ownerRoleIn(answers, topology, d);
    const owners = teamsIn(d);
    const confidentialSide =
      answers.sod === 'confidential' && owners.some((t) => separated.includes(t));
    return teamsOf(answers).flatMap((team): TeamGrant[] => {
      const own = locationsOf(d, team);
      if (own.length === 0) {
        const crossesConfidential =
          answers.sod === 'confidential' && (confidentialSide || separated.includes(team));
        return crossesConfidential
          ? []
          : [
              {
                team,
                deployment: d.name,
                role: 'VIEWER',
                overrideRole: ownerRole,
                overrideLocations: [],
                locations: [],
              },
            ];
      }
      const override = separated.includes(team) && owners.length > 1;
      return [
        {
          team,
          deployment: d.name,
          role: override ? 'VIEWER' : ownerRole,
          overrideRole: ownerRole,
          overrideLocations: override ? own : [],
          locations: own,
        },
      ];
    });
  });
};
