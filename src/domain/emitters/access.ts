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
 *   on the other side (only separate deployments hide assets).
 */
import { separatedTeamsOf, teamsOf, type Answers } from '../questionnaire/schemas';
import type { DeploymentNode, Topology } from '../topology/types';

export type Role = 'VIEWER' | 'EDITOR';

export type TeamGrant = {
  team: string;
  deployment: string;
  /** Role on the whole deployment. */
  role: Role;
  /** Code locations with an Editor override (empty when the deployment role suffices). */
  editorLocations: readonly string[];
  /** The team's own code locations in the deployment (empty: it owns none there). */
  locations: readonly string[];
};

/** Teams with code locations in `deployment`, in first-seen order. */
export const teamsIn = (deployment: DeploymentNode): string[] => [
  ...new Set(deployment.agents.flatMap((a) => a.locations.map((l) => l.team))),
];

const locationsOf = (deployment: DeploymentNode, team: string): string[] =>
  deployment.agents.flatMap((a) => a.locations.filter((l) => l.team === team).map((l) => l.name));

/** Every grant, deployment by deployment (topology order), teams in answers order. */
export const teamGrantsOf = (
  answers: Pick<Answers, 'projects' | 'sod' | 'sodTeams'>,
  topology: Topology,
): TeamGrant[] => {
  const separated = separatedTeamsOf(answers);
  return topology.deployments.flatMap((d) => {
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
          : [{ team, deployment: d.name, role: 'VIEWER', editorLocations: [], locations: [] }];
      }
      const override = separated.includes(team) && owners.length > 1;
      return [
        {
          team,
          deployment: d.name,
          role: override ? 'VIEWER' : 'EDITOR',
          editorLocations: override ? own : [],
          locations: own,
        },
      ];
    });
  });
};
