/**
 * CODEOWNERS per repository: each project folder is owned by its team, so changes need that
 * team's review (the guide's "code owners" for one repository). In a repository per team the
 * whole repository is owned by the team. GitHub and GitLab read the same line syntax
 * (`/<folder>/ @<org>/<team>`); the organisation is a placeholder.
 */
import { hashCommentHeader } from './header';
import { codeOwnerOrg, repoFilePath, repoLocations } from './placement';
import type { Emitter } from './types';

const PATH_BY_CI = {
  github: '.github/CODEOWNERS',
  gitlab: '.gitlab/CODEOWNERS',
  other: 'CODEOWNERS',
} as const;

export const emitCodeowners: Emitter = (answers, topology, ctx) =>
  topology.repos.map((repo) => {
    const owner = (team: string): string => `@${codeOwnerOrg(answers)}/${team}`;
    const locations = repoLocations(topology, repo);
    const single = repo.teams.length === 1 ? repo.teams[0] : undefined;
    const rules =
      single === undefined
        ? locations.map((l) => `/${l.directory}/ ${owner(l.team)}`)
        : [`* ${owner(single)}`];
    const lines = [
      ...hashCommentHeader(ctx, [
        `Owners of ${repo.name}: a change to a folder needs a review from its team.`,
        `Replace ${codeOwnerOrg(answers)} with your organisation and check the team slugs.`,
      ]),
      '',
      ...rules,
      '',
    ];
    return {
      path: repoFilePath(topology, repo.name, PATH_BY_CI[answers.ci]),
      repo: repo.name,
      kind: 'text' as const,
      content: lines.join('\n'),
      description:
        single === undefined
          ? `Maps each project folder of ${repo.name} to its owning team.`
          : `Makes team ${single} the owner of ${repo.name}.`,
    };
  });
