/**
 * What the Dagster version answer does to the files, in plain sentences: SETUP.md opens its
 * version section with them and the results page shows the same lines beside the files, so a
 * warning on screen is always in the files too. Each sentence names the release a feature needs
 * (VERSION_GATES) or the sources that disagree (DG_ROUTING_FACT).
 */
import type { Answers } from '../questionnaire/schemas';
import type { Topology } from '../topology/types';
import { hasFeature, VERSION_GATES } from '../versions/dagster-version';
import { configFormatOf, DG_ROUTING_FACT, type FormatReason } from './config-format';
import { needsRunLimits, runLimitNote } from './emit-deployment-settings';
import { usesQueues } from './placement';

const G = VERSION_GATES;

/** The sentence for each format reason (`v` is the stated version, or "" when none). */
const FORMAT_NOTES = {
  'dg-default': (v) =>
    `Dagster ${v}: dg project files and \`dg plus deploy\` (the norm since ${G.dgIsTheNorm}); \`t=legacy-yaml\` keeps \`dagster_cloud.yaml\`.`,
  'no-version': () =>
    `No Dagster version is stated: the files are as before the question. A version gives dg project files from ${G.dgIsTheNorm}, per-location run limits from ${G.codeLocationRunTag} and checks agent queues (agents ${G.agentQueues}).`,
  older: (v) => `Dagster ${v} predates dg as the norm (${G.dgIsTheNorm}): \`dagster_cloud.yaml\`.`,
  chosen: (v) =>
    `\`dagster_cloud.yaml\` chosen over dg files (\`t=legacy-yaml\`); ${v} deprecates \`ci check\`.`,
  routing: (v) =>
    `Agent queues route these locations: Dagster ${v} keeps \`dagster_cloud.yaml\`, as ${DG_ROUTING_FACT} So CI keeps \`dagster-cloud ci\`, though ${v} deprecates \`ci check\`: expect its warning.`,
} as const satisfies Record<FormatReason, (version: string) => string>;

/** The version sentences for these answers and topology, most important first. */
export const versionNotes = (answers: Answers, topology: Topology): string[] => {
  const v = answers.dagsterVersion;
  const notes: string[] = [FORMAT_NOTES[configFormatOf(answers, topology).reason](v ?? '')];
  if (usesQueues(topology) && v !== null && !hasFeature(v, 'agentQueues')) {
    notes.push(`Agent queues need agents at ${G.agentQueues}+: upgrade them from ${v} first.`);
  }
  if (topology.deployments.some(needsRunLimits)) notes.push(runLimitNote(v));
  return notes;
};
