/**
 * Recommends one repository (a folder per project) or several (one per team). The first rule of
 * LAYOUT_RULES that applies decides; later rules that pointed the other way are reported as the
 * trade-off, so the reasons always name every answer that weighed in.
 */
import { GUIDE_MATRIX } from './criteria';
import { teamsOf, type Answers } from '../questionnaire/schemas';
import type { AnswerKey, LayoutRecommendation, RepoLayout } from './types';

type LayoutRule = {
  id: string;
  layout: RepoLayout;
  setBy: readonly AnswerKey[];
  applies: (a: Answers) => boolean;
  text: string;
};

/**
 * Precedence, strongest first:
 * 1. one team → one repository (nothing to separate between teams);
 * 2. teams that must not read each other's work (sod = confidential) → one repository per team;
 * 3. heavy code sharing → one repository (publishing shared packages would cost more);
 * 4. independent releases → one repository per team (own CI/CD pipeline each);
 * 5. conflicting dependencies with little shared code → one repository per team;
 * 6. otherwise (releases together, aligned dependencies) → one repository.
 */
export const LAYOUT_RULES: readonly LayoutRule[] = [
  {
    id: 'one-team',
    layout: 'monorepo',
    setBy: ['projects'],
    applies: (a) => teamsOf(a).length <= 1,
    text: 'One team owns every project: one repository with a folder per project is simplest.',
  },
  {
    id: 'confidential',
    layout: 'multirepo',
    setBy: ['sod', 'sodTeams'],
    applies: (a) => a.sod === 'confidential',
    text: "Teams must not read each other's work: a repository per team keeps code apart.",
  },
  {
    id: 'heavy-sharing',
    layout: 'monorepo',
    setBy: ['share'],
    applies: (a) => a.share === 'heavy',
    text: 'Projects share a lot of code: one repository avoids publishing shared packages.',
  },
  {
    id: 'independent-releases',
    layout: 'multirepo',
    setBy: ['release'],
    applies: (a) => a.release === 'independent',
    text: 'Teams release independently: a repository per team gives each its own CI/CD pipeline.',
  },
  {
    id: 'conflicting-deps',
    layout: 'multirepo',
    setBy: ['deps', 'share'],
    applies: (a) => a.deps === 'conflicting' && a.share !== 'heavy',
    text: 'Dependencies conflict and little code is shared: separate repositories manage dependencies independently.',
  },
  {
    id: 'together',
    layout: 'monorepo',
    setBy: ['release', 'deps'],
    applies: () => true,
    text: 'Projects release together with aligned dependencies: one repository keeps them in step.',
  },
];

/** Repository layout for these answers, with reasons (deciding rule first) and the guide's pros/cons. */
export const recommendLayout = (a: Answers): LayoutRecommendation => {
  const applying = LAYOUT_RULES.filter((rule) => rule.applies(a));
  const decisive = applying[0] ?? LAYOUT_RULES[LAYOUT_RULES.length - 1];
  const layout: RepoLayout = decisive?.layout ?? 'monorepo';
  const reasons = applying
    .filter((rule) => rule.id !== 'together' || rule === decisive)
    .map((rule) =>
      rule === decisive
        ? { text: rule.text, setBy: rule.setBy }
        : {
            text: `${rule.layout === layout ? 'Also' : 'Outweighed'}: ${lowerFirst(rule.text)}`,
            setBy: rule.setBy,
          },
    );
  const matrix = GUIDE_MATRIX.layouts[layout];
  return {
    layout,
    reasons,
    pros: matrix.pros.map((row) => row.text),
    cons: matrix.cons.map((row) => row.text),
  };
};

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
