/**
 * Facts the generated files rely on that the Dagster+ docs do not confirm (dagster-facts.md,
 * "What I could not confirm"), shown next to the files so nobody commits them blind. Only the
 * caveats that apply to this topology are returned.
 */
import { PLAN_LIMITS_SOURCE, PLAN_LIMITS_VERIFIED } from '@/domain/scoring/plans';
import { versionNotes } from '@/domain/emitters/version-notes';
import type { Answers } from '@/domain/questionnaire/schemas';
import type { Topology } from '@/domain/topology/types';

/** Reads a flag that is a constant today but data that may change (keeps both branches typed). */
const isSet = (flag: boolean): boolean => flag;

/** Plain-text caveats for these answers and topology, most important first. */
export function fileCaveats(answers: Answers, topology: Topology): string[] {
  // What the Dagster version changes, in SETUP.md's words (its "Dagster version" section).
  const caveats: string[] = versionNotes(answers, topology);
  if (topology.deployments.length > 1) {
    caveats.push(
      'Full deployments other than the first are created by an Organization Admin in Dagster+ (Deployment settings); the files assume they already exist with these names.',
    );
  }
  if (!isSet(PLAN_LIMITS_VERIFIED) && answers.plan !== 'pro') {
    caveats.push(`Plan limits (code locations per plan) are unverified: ${PLAN_LIMITS_SOURCE}.`);
  }
  caveats.push(
    'Placeholders (organisation, registry, account ids) and secrets such as agent tokens are not filled in: the setup checklist lists each one to replace.',
  );
  return caveats;
}
