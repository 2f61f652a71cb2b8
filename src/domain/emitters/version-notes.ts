/**
 * What the Dagster version answer does to the files, in plain sentences: SETUP.md opens its
 * version section with them and the results page shows the same lines beside the files, so a
 * warning on screen is always in the files too. Each sentence names the release a feature needs
 * (VERSION_GATES) or the sources that disagree (DG_ROUTING).
 */
import type { Answers } from '../questionnaire/schemas';
import type { Topology } from '../topology/types';
import { hasFeature, VERSION_GATES } from '../versions/dagster-version';
import { configFormatOf, DG_ROUTING, type FormatReason } from './config-format';
import { LOCATION_RUN_LIMIT, needsRunLimits, PROJECT_TAG } from './emit-deployment-settings';
import { usesQueues } from './placement';

const G = VERSION_GATES;

/** The sentence for each format reason (`v` is the stated version, or "" when none). */
const FORMAT_NOTES = {
  'dg-default': (v) =>
    `Dagster ${v} is ${G.dgIsTheNorm.since} or later, where \`dagster-cloud ci check\` is deprecated: the files are dg project files (\`dg.toml\`, \`build.yaml\`, \`container_context.yaml\`, \`[tool.dg.project]\`) deployed with \`dg plus deploy\`. The legacy \`dagster_cloud.yaml\` stays available: tick "Legacy dagster_cloud.yaml instead of dg files" (\`t=legacy-yaml\`).`,
  'no-version': () =>
    `No Dagster version is stated, so the files are those made before the version answer existed: the legacy \`dagster_cloud.yaml\` and the \`dagster-cloud ci\` commands. Stating one (delivery step, or \`dagster=X.Y.Z\` in the link) makes ${G.dgIsTheNorm.since} and later use dg project files with \`dg plus deploy\`, ${G.codeLocationRunTag.since} and later cap runs per code location without tags of your own, and checks agent queues against agents ${G.agentQueues.since}.`,
  older: (v) =>
    `Dagster ${v} is older than ${G.dgIsTheNorm.since}: the files use the legacy \`dagster_cloud.yaml\` and the \`dagster-cloud ci\` commands, the norm for that release.`,
  chosen: (v) =>
    `The legacy \`dagster_cloud.yaml\` and the \`dagster-cloud ci\` commands were chosen instead of dg files (\`t=legacy-yaml\`). Since ${G.dgIsTheNorm.since} (you target ${v}) \`dagster-cloud ci check\` prints a deprecation warning; the commands still deploy.`,
  routing: (v) =>
    `Agent queues route these code locations, and no dg release we could read carries them: dg-core's rules (dagster-io/dagster @${DG_ROUTING.rejectedAt}) reject \`agent_queue\` in \`[tool.dg.project]\` and \`dg plus deploy\` there writes none, while a later dg-cli (@${DG_ROUTING.readAt}, release not identified) reads it from \`[tool.dg.project]\` as the docs say. So for Dagster ${v} the files keep the legacy \`dagster_cloud.yaml\`, whose \`agent_queue\` every release since ${G.agentQueues.since} reads. UNCERTAIN: the first dg release that routes; dg files are still offered, with the queue as a comment.`,
} as const satisfies Record<FormatReason, (version: string) => string>;

/** The version sentences for these answers and topology, most important first. */
export const versionNotes = (answers: Answers, topology: Topology): string[] => {
  const v = answers.dagsterVersion;
  const { reason } = configFormatOf(answers, topology);
  const notes: string[] = [FORMAT_NOTES[reason](v ?? '')];
  if (usesQueues(topology) && v !== null && !hasFeature(v, 'agentQueues')) {
    notes.push(
      `Agent queues need agents at ${G.agentQueues.since} or later and you target ${v}: upgrade the agents before applying their queue settings, which older agents do not know.`,
    );
  }
  if (topology.deployments.some(needsRunLimits)) {
    notes.push(
      hasFeature(v, 'codeLocationRunTag')
        ? `Per-location run limits: every run carries a \`dagster/code_location\` tag since ${G.codeLocationRunTag.since}, so the deployment settings cap each code location at ${LOCATION_RUN_LIMIT} concurrent runs, with no tags of your own. Mildly UNCERTAIN: the release notes list the tag under core Dagster; that Dagster+ runs carry it rests on the docs saying "every run".`
        : `Per-location run limits need Dagster ${G.codeLocationRunTag.since} or later (every run tagged \`dagster/code_location\`); ${v === null ? 'with no version stated' : `with ${v}`}, the deployment settings cap high-volume projects by a \`${PROJECT_TAG}\` tag you set as a job (run) tag on every job (asset tags do not become run tags).`,
    );
  }
  return notes;
};
