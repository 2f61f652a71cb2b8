/** How the results name the two repository layouts. */
import type { RepoLayout } from '@/domain/scoring/types';

/** The layout's name, as the layout section's recommendation shows it. */
export const LAYOUT_NAMES = {
  monorepo: 'One repository (monorepo)',
  multirepo: 'Several repositories (multirepo)',
} as const satisfies Record<RepoLayout, string>;

/** The layout as the recommendation's sentence words it: "Agent isolation, in …". */
export const LAYOUT_PHRASES = {
  monorepo: 'one repository (monorepo)',
  multirepo: 'several repositories (multirepo)',
} as const satisfies Record<RepoLayout, string>;
