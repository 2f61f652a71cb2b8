/**
 * Writing the share link (see codec.ts for the format and the decoder). Its own module so the first
 * screen, which keeps the URL in step with the answers, loads without the decoder.
 */
import type { Answers } from '../questionnaire/schemas';

/** The link format this app writes. Bump it only together with a row in `SHARE_MIGRATIONS`. */
export const SHARE_FORMAT_VERSION = 1;

/** Suffix of a `p` value marking a high-volume project. */
export const HIGH_VOLUME_SUFFIX = 'hv';

const enc = encodeURIComponent;

/**
 * The fragment (without `#`) for a set of answers. Every key is written, always in
 * `SHARE_KEY_ORDER`, so the same answers always give the same link; the exceptions are `t`,
 * written only when optional targets are chosen, and `dagster`, written whenever a version is
 * stated (answers from a link without it state none), so links made before they existed stay
 * unchanged.
 */
export const encodeShareState = (answers: Answers): string => {
  const parts: string[] = [
    `v=${SHARE_FORMAT_VERSION}`,
    `plan=${enc(answers.plan)}`,
    `agent=${enc(answers.agent)}`,
    `ci=${enc(answers.ci)}`,
  ];
  for (const p of answers.projects) {
    const hv = p.highVolume ? `.${HIGH_VOLUME_SUFFIX}` : '';
    parts.push(`p=${enc(p.name)}.${enc(p.team)}.${enc(p.compute)}${hv}`);
  }
  parts.push(`sod=${enc(answers.sod)}`);
  for (const team of answers.sodTeams) parts.push(`st=${enc(team)}`);
  parts.push(
    `prod=${answers.prod ? '1' : '0'}`,
    `share=${enc(answers.share)}`,
    `release=${enc(answers.release)}`,
    `deps=${enc(answers.deps)}`,
    `pane=${enc(answers.pane)}`,
    `ops=${enc(answers.ops)}`,
    `cost=${enc(answers.cost)}`,
  );
  for (const target of answers.targets) parts.push(`t=${enc(target)}`);
  if (answers.dagsterVersion !== null) parts.push(`dagster=${enc(answers.dagsterVersion)}`);
  return parts.join('&');
};

/** `baseUrl` (any fragment it had removed) followed by `#` and the answers' fragment. */
export const buildShareUrl = (baseUrl: string, answers: Answers): string => {
  const hashAt = baseUrl.indexOf('#');
  const base = hashAt === -1 ? baseUrl : baseUrl.slice(0, hashAt);
  return `${base}#${encodeShareState(answers)}`;
};
