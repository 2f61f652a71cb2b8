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

/** One SVG element: its tag and attributes, as React and the DOM both take them. */
export type SvgShape = {
  readonly tag: 'circle' | 'polygon' | 'rect';
  readonly attributes: Readonly<Record<string, string | number>>;
};

/**
 * A level's shape of `size` px with its top-left at (x, y): the one geometry behind `LevelShape`
 * (React) and the recommendation painted before React (src/app/early).
 */
export function levelShape(level: LevelId, x = 0, y = 0, size = 12): SvgShape {
  const look = LEVEL_LOOKS[level];
  switch (look.shape) {
    case 'circle':
      return {
        tag: 'circle',
        attributes: { cx: x + size / 2, cy: y + size / 2, r: size / 2, fill: look.color },
      };
    case 'triangle':
      return {
        tag: 'polygon',
        attributes: {
          points: `${String(x + size / 2)},${String(y)} ${String(x + size)},${String(y + size)} ${String(x)},${String(y + size)}`,
          fill: look.color,
        },
      };
    case 'square':
      return {
        tag: 'rect',
        attributes: { x: x + 0.5, y: y + 0.5, width: size - 1, height: size - 1, fill: look.color },
      };
  }
}

/** The size of the icon beside a level's name (`LevelIcon`'s default). */
export const LEVEL_ICON_SIZE = 14;
