/**
 * Header notes that the GitHub Actions workflow and the GitLab CI/CD pipeline state in the same
 * words, so the two files say the same thing about the same decision.
 */
import type { Answers } from '../questionnaire/schemas';

/**
 * Where each location's Dockerfile lives and which build context it gets: its own folder when
 * projects share no code, the repository root (so it can copy `shared/`) otherwise.
 */
export const dockerfileNote = (answers: Answers): string =>
  answers.share === 'none'
    ? 'Each location folder needs its own Dockerfile (the quickstart one works) and is the build context.'
    : 'Each location folder needs its own Dockerfile; builds use the repository root as context so it can copy shared/.';
