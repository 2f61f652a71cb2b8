/**
 * What the results say about high-volume projects. A busy project is a weight in scoring (criterion
 * `load`), not a requirement: the bottleneck it strains is the deployment's run queue, which agents
 * do not split, and per-location run limits cap a location's share of it on every plan.
 *
 * Sources: dagster-io/dagster CHANGES.md @13f7e93e, 1.12.9 ("Runs now automatically include a
 * `dagster/code_location` tag"); docs guides/operate/managing-concurrency/run-tag-limits.md ("Every
 * run is automatically tagged with its code location"); facts §4 (one run queue per deployment),
 * §8 (pools are per deployment).
 */
import type { Answers } from '../questionnaire/schemas';
import { hasBusyNeighbour } from './weights';

/** Names shown before "and N more". */
const MAX_NAMES = 3;

/**
 * One paragraph for answers where a high-volume project shares a deployment with other projects;
 * null otherwise. The same words as the deployment settings file: "per-location run limits".
 */
export const busyNeighbourNote = (a: Answers): string | null => {
  if (!hasBusyNeighbour(a)) return null;
  const busy = a.projects.filter((p) => p.highVolume).map((p) => p.name);
  const shown = busy.slice(0, MAX_NAMES).join(', ');
  const named = busy.length > MAX_NAMES ? `${shown} and ${busy.length - MAX_NAMES} more` : shown;
  const subject =
    busy.length === 1
      ? `High-volume project ${named} shares`
      : `High-volume projects ${named} share`;
  return `${subject} the deployment's run queue with the other projects; agents do not split it. Per-location run limits cap each code location's share on any plan: a run tag limit on dagster/code_location, which Dagster sets on every run since 1.12.9 (asset tags are not run tags). Pools cap what it holds of a shared resource. A separate agent still pays off for compute or credentials of its own.`;
};
