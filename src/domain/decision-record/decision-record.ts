/**
 * The decision as an Architecture Decision Record in MADR 4 format (adr/madr, tag 4.0.0 =
 * 2475fe19, template/adr-template.md): title, Context and Problem Statement,
 * Decision Drivers, Considered Options, Decision Outcome with its Consequences, Pros and Cons of
 * the Options, More Information. Teams commit it next to the code (docs/decisions/NNNN-….md).
 *
 * It holds only what the user entered and what the app decided: the answers, the ranking's weights,
 * reasons, scores, requirements and notes, and the guide's pros and cons from GUIDE_MATRIX. No
 * date (the same answers give the same bytes) and no front matter (optional in MADR; the header
 * comment comes first, as in every generated file); the header says it is proposed. Every text
 * that can carry a name is escaped, so a team called `# x` stays text.
 */
import { markdownHeader } from '../emitters/header';
import type { EmitContext, GeneratedFile } from '../emitters/types';
import { ANSWER_LABELS } from '../questionnaire/answer-labels';
import { answerRows } from '../questionnaire/answer-rows';
import { teamsOf, type Answers, type Project } from '../questionnaire/schemas';
import { GUIDE_MATRIX, GUIDE_URL, LEVELS } from '../scoring/criteria';
import { PLAN_LIMITS } from '../scoring/plans';
import { scoresText } from '../scoring/rank-options';
import { LEVEL_IDS, type RankedLevel, type Ranking, type RepoLayout } from '../scoring/types';
import { countOf } from '../text/count';
import { markdownLink, markdownText as md } from '../text/markdown';
import { decisionUncertainties } from './uncertainties';

/** MADR 4's sections, in order, as this record writes them (the e2e test parses for them). */
export const MADR_HEADINGS = [
  '## Context and Problem Statement',
  '## Decision Drivers',
  '## Considered Options',
  '## Decision Outcome',
  '### Consequences',
  '## Pros and Cons of the Options',
  '## More Information',
] as const;

/** Highest record number: MADR numbers files with four digits. */
export const MAX_DECISION_RECORD_NUMBER = 9999;

/** `docs/decisions/0001-dagster-isolation.md` for record 1. */
export const decisionRecordPath = (n = 1): string =>
  `docs/decisions/${String(n).padStart(4, '0')}-dagster-isolation.md`;

const LAYOUT_TITLES = {
  monorepo: GUIDE_MATRIX.layouts.monorepo.title,
  multirepo: GUIDE_MATRIX.layouts.multirepo.title,
} as const satisfies Record<RepoLayout, string>;

const LAYOUT_SHORT = {
  monorepo: 'one repository',
  multirepo: 'a repository per team',
} as const satisfies Record<RepoLayout, string>;

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const stripPeriod = (text: string): string => text.replace(/\.$/, '');
const answerNames = (keys: readonly (keyof Answers)[]): string =>
  md(keys.map((k) => ANSWER_LABELS[k]).join(', '));
const bullets = (lines: readonly string[]): string[] => lines.map((line) => `* ${line}`);
const quoted = (text: string): string => `"${md(text)}"`;

const projectLine = (p: Project): string =>
  md(`${p.name} (team ${p.team}, compute ${p.compute}${p.highVolume ? ', high volume' : ''})`);

const context = (answers: Answers): string[] => [
  '## Context and Problem Statement',
  '',
  `We run ${countOf(answers.projects.length, 'project', 'projects')} owned by ${countOf(teamsOf(answers).length, 'team', 'teams')} on Dagster+ Hybrid. Dagster's guide ${markdownLink('Managing multiple projects and teams with Dagster+ Hybrid', GUIDE_URL)} offers three levels of isolation between projects (code location, agent, deployment) and two ways to lay out their repositories. Which isolation level and which repository layout should we use?`,
  '',
  'Our answers:',
  '',
  ...bullets([
    // "Also generate" changes the files, not the decision.
    ...answerRows(answers)
      .filter(([label]) => label !== ANSWER_LABELS.targets)
      .map(([label, value]) => `${md(label)}: ${md(value)}`),
    `${md(ANSWER_LABELS.projects)}: ${answers.projects.map(projectLine).join('; ')}`,
  ]),
];

/** The criteria our answers weigh (from the ranking's breakdown), heaviest first, and the musts. */
const drivers = (ranking: Ranking): string[] => {
  const rows = [...(ranking.levels[0]?.breakdown ?? [])]
    .filter((row) => row.weight > 0)
    .sort((x, y) => y.weight - x.weight);
  return [
    '## Decision Drivers',
    '',
    ...bullets([
      ...ranking.requirements.map(
        (r) =>
          `Must: ${md(stripPeriod(r.label))} (needs ${md(lowerFirst(LEVELS[r.minimumLevel].title))} or more; from ${answerNames(r.setBy)})`,
      ),
      ...rows.map(
        (row) =>
          `${md(row.label)}: weight ${row.weight.toString()} of 100${row.setBy.length > 0 ? `, from ${answerNames(row.setBy)}` : ''}`,
      ),
    ]),
  ];
};

const options = (): string[] => [
  '## Considered Options',
  '',
  ...bullets([
    ...LEVEL_IDS.map((level) => md(LEVELS[level].title)),
    ...(['monorepo', 'multirepo'] as const).map((layout) => md(LAYOUT_TITLES[layout])),
  ]),
];

const outcome = (ranking: Ranking, chosen: RankedLevel): string[] => {
  const { layout } = ranking;
  const matrix = GUIDE_MATRIX.levels[chosen.level];
  return [
    '## Decision Outcome',
    '',
    `Chosen option: ${quoted(LEVELS[chosen.level].title)}, with ${quoted(LAYOUT_TITLES[layout.layout])}, because it ranks first for our answers (scores out of 100: ${md(scoresText(ranking))}). ${md(ranking.summary)}`,
    '',
    `Why ${md(lowerFirst(LEVELS[chosen.level].title))}:`,
    '',
    ...bullets(chosen.reasons.map(md)),
    '',
    `Why ${md(LAYOUT_SHORT[layout.layout])}:`,
    '',
    ...bullets(layout.reasons.map((r) => md(r.text))),
    '',
    '### Consequences',
    '',
    ...bullets([
      ...matrix.pros.map((row) => `Good, because ${md(lowerFirst(row.text))}`),
      ...layout.pros.map((text) => `Good, because ${md(lowerFirst(text))}`),
      ...matrix.cons.map((row) => `Bad, because ${md(lowerFirst(row.text))}`),
      ...layout.cons.map((text) => `Bad, because ${md(lowerFirst(text))}`),
      ...chosen.unmet.map((r) => `Bad, because it misses a requirement: ${md(r.label)}`),
    ]),
  ];
};

/** One level's pros and cons: the guide's, then what the plan and the requirements add. */
const levelOption = (answers: Answers, level: RankedLevel, chosen: boolean): string[] => {
  const matrix = GUIDE_MATRIX.levels[level.level];
  const plan = PLAN_LIMITS[answers.plan].label;
  return [
    `### ${md(LEVELS[level.level].title)}${chosen ? ' (chosen)' : ''}`,
    '',
    `${md(LEVELS[level.level].summary)} Score: ${level.score.toString()} of 100${level.heldBack === null ? '' : ` (fits our priorities ${level.fitScore.toString()}, but ${md(level.heldBack.because)})`}.`,
    '',
    ...bullets([
      ...matrix.pros.map((row) => `Good, because ${md(lowerFirst(row.text))}`),
      ...matrix.cons.map((row) => `Bad, because ${md(lowerFirst(row.text))}`),
      ...(level.needs === null
        ? []
        : [
            `Bad, because it needs ${md(level.needs)}, which ${md(plan)} does not include${matrix.note === null ? '' : ` (the guide: ${quoted(matrix.note)})`}`,
          ]),
      ...level.unmet.map((r) => `Bad, because it misses a requirement: ${md(r.label)}`),
    ]),
  ];
};

const layoutOption = (layout: RepoLayout, chosen: boolean): string[] => {
  const matrix = GUIDE_MATRIX.layouts[layout];
  return [
    `### ${md(LAYOUT_TITLES[layout])}${chosen ? ' (chosen)' : ''}`,
    '',
    md(matrix.howItWorks),
    '',
    ...bullets([
      ...matrix.pros.map((row) => `Good, because ${md(lowerFirst(row.text))}`),
      ...matrix.cons.map((row) => `Bad, because ${md(lowerFirst(row.text))}`),
    ]),
  ];
};

const prosAndCons = (answers: Answers, ranking: Ranking): string[] => [
  '## Pros and Cons of the Options',
  '',
  ...LEVEL_IDS.flatMap((id) => {
    const level = ranking.levels.find((l) => l.level === id);
    return level === undefined
      ? []
      : [...levelOption(answers, level, id === ranking.recommended), ''];
  }),
  ...(['monorepo', 'multirepo'] as const).flatMap((layout) => [
    ...layoutOption(layout, layout === ranking.layout.layout),
    '',
  ]),
];

const moreInformation = (answers: Answers, ranking: Ranking, ctx: EmitContext): string[] => {
  const notes = [...ranking.planNotes, ...(ranking.busyNote === null ? [] : [ranking.busyNote])];
  const uncertain = decisionUncertainties(answers);
  return [
    '## More Information',
    '',
    ...(notes.length > 0 ? ['Notes on our plan and load:', '', ...bullets(notes.map(md)), ''] : []),
    ...(uncertain.length > 0
      ? [
          '> **Note: not confirmed.** The advice relies on these facts, which Dagster has not fully documented:',
          '>',
          ...uncertain.map((fact) => `> * ${md(fact)}`),
          '',
        ]
      : []),
    `Ranked by Isolation Advisor, scoring model v${md(ranking.modelVersion)}, from the pros and cons of ${markdownLink("Dagster's guide", GUIDE_URL)}. The starter configuration generated with this record implements the chosen option.`,
    '',
    `${markdownLink('Reopen these answers in Isolation Advisor', ctx.shareUrl)} to see the ranking, the diagram and what would change the decision.`,
  ];
};

/**
 * The decision record for `ranking` (which must be these answers'): one Markdown file at
 * `docs/decisions/NNNN-dagster-isolation.md`, outside every repository folder.
 */
export const emitDecisionRecord = (
  answers: Answers,
  ranking: Ranking,
  ctx: EmitContext,
): GeneratedFile => {
  const chosen = ranking.levels.find((l) => l.level === ranking.recommended) ?? ranking.levels[0];
  const title = `Use ${lowerFirst(LEVELS[ranking.recommended].title)} with ${LAYOUT_SHORT[ranking.layout.layout]} for our Dagster+ projects`;
  // MADR's front matter is optional and left out: every generated file opens with the header,
  // and a status or date is the team's to set.
  const lines = [
    // Stamped as emitAll stamps every file, so the record downloaded alone is the zip's.
    ...markdownHeader({ ...ctx, dagsterVersion: answers.dagsterVersion }, [
      'An Architecture Decision Record in MADR 4 format. Status: proposed. When your team accepts',
      'it, add the front matter MADR describes (status, date, decision-makers).',
    ]),
    '',
    `# ${md(title)}`,
    '',
    ...context(answers),
    '',
    ...drivers(ranking),
    '',
    ...options(),
    '',
    ...(chosen === undefined ? [] : [...outcome(ranking, chosen), '']),
    ...prosAndCons(answers, ranking),
    ...moreInformation(answers, ranking, ctx),
  ];
  return {
    path: decisionRecordPath(ctx.decisionRecordNumber),
    repo: null,
    kind: 'markdown',
    content: `${lines.join('\n')}\n`,
    description:
      'Architecture decision record (MADR): the decision, what drove it and the options weighed, to commit next to the code.',
  };
};
