/**
 * One look per isolation level, used everywhere a level appears (ranking, chart, matrix,
 * diagram): a colour AND a shape, so colour is never the only carrier. Colours keep at least 3:1
 * against both the light and the dark page background.
 */
import type { LevelId } from '@/domain/scoring/types';

export type LevelLook = {
  /** Short name, as the guide writes it. */
  label: string;
  /** Fill colour (hex, so it also works inside a downloaded SVG). */
  color: string;
  /** Shape drawn by `LevelIcon`; also named in text for screen readers where it matters. */
  shape: 'circle' | 'triangle' | 'square';
};

export const LEVEL_LOOKS = {
  'code-location': { label: 'Code location', color: '#1F77B4', shape: 'circle' },
  agent: { label: 'Agent', color: '#D55E00', shape: 'triangle' },
  deployment: { label: 'Deployment', color: '#9467BD', shape: 'square' },
} as const satisfies Record<LevelId, LevelLook>;

/** Team colours for the diagram, in first-seen team order (cycled past the end). */
export const TEAM_COLORS = [
  '#1F77B4',
  '#D55E00',
  '#009E73',
  '#9467BD',
  '#C7407E',
  '#AD7A00',
  '#5E6B78',
  '#2E7D32',
  '#A0522D',
  '#CC3311',
] as const;

/** Criterion colours for the chart's stacked segments (cycled past the end). */
export const CRITERION_COLORS = [
  '#009988',
  '#AD7A00',
  '#C7407E',
  '#5E6B78',
  '#2E7D32',
  '#A0522D',
  '#0077BB',
  '#CC3311',
] as const;
