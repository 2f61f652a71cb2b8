/**
 * What the screen warns about, for the files: the plan the files are for may miss requirements,
 * need a higher Dagster+ plan, or place projects where they cannot run, and the files make safety
 * choices the user must know. SETUP.md opens with these and the CLI prints them, from the same
 * domain functions the results page reads (`unmetRequirementsAt`, `levelNeeds`, `planNotesFor`,
 * `safetyNotes`), so the screen and the files cannot drift.
 */
import { computesOf, uniqueInOrder, type Answers } from '../questionnaire/schemas';
import { levelNeeds, PLAN_LIMITS, planNotesFor } from '../scoring/plans';
import { deriveRequirements, unmetRequirementsAt } from '../scoring/requirements';
import { agentsOf } from '../topology/build-topology';
import type { Topology } from '../topology/types';
import { safetyNotes } from './safety';

export type FileNotices = {
  /** What the level of these files needs beyond the answers' plan, or null. */
  needs: string | null;
  /** Requirements this level does not meet (the ranking's "Does not meet" for it). */
  unmet: readonly string[];
  /** The results page's "About your plan" notes. */
  planNotes: readonly string[];
  /** Agents serving projects placed in several compute environments. */
  placement: readonly string[];
  /** Safety choices the files make (branch deployments, default queue, routing). */
  safety: readonly string[];
};

const code = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ');

/** One note per agent that serves projects of several compute environments. */
const placementNotes = (answers: Answers, topology: Topology): string[] => {
  const pro = PLAN_LIMITS[answers.plan].hasAgentQueues;
  return agentsOf(topology).flatMap((agent) => {
    const computes = uniqueInOrder(agent.locations.map((l) => l.compute));
    if (computes.length < 2) return [];
    const where = computes
      .map(
        (c) =>
          `\`${c}\` (${code(agent.locations.filter((l) => l.compute === c).map((l) => l.name))})`,
      )
      .join(', ');
    return [
      `One agent, \`${agent.name}\`, serves projects placed in ${where}: all of them run where that agent runs, not in their own environment. Running each where it belongs takes an agent per compute environment, routed by agent queues${pro ? ' (agent isolation)' : `, which needs Dagster+ Pro (you are on ${PLAN_LIMITS[answers.plan].label})`}.`,
    ];
  });
};

export const fileNoticesOf = (answers: Answers, topology: Topology): FileNotices => ({
  needs: levelNeeds(answers.plan, topology.level),
  unmet: unmetRequirementsAt(deriveRequirements(answers), topology.level).map((r) => r.label),
  planNotes: planNotesFor(answers),
  placement: computesOf(answers).length > 1 ? placementNotes(answers, topology) : [],
  safety: safetyNotes(topology),
});

/** True when there is nothing to warn about. */
export const isQuiet = (n: FileNotices): boolean =>
  n.needs === null &&
  n.unmet.length === 0 &&
  n.planNotes.length === 0 &&
  n.placement.length === 0 &&
  n.safety.length === 0;

/** The notices as headed groups of plain lines, in the order SETUP.md and the CLI show them. */
export const noticeGroups = (
  answers: Pick<Answers, 'plan'>,
  n: FileNotices,
): { heading: string; items: readonly string[] }[] =>
  [
    {
      heading: `Not on your plan (${PLAN_LIMITS[answers.plan].label})`,
      items: n.needs === null ? [] : [`These files need ${n.needs}.`],
    },
    { heading: 'Requirements this setup does not meet', items: n.unmet },
    { heading: 'About your plan', items: n.planNotes },
    { heading: 'Where projects run', items: n.placement },
    { heading: 'Safety choices in these files', items: n.safety },
  ].filter((g) => g.items.length > 0);
