/** Level shapes and names: the React side of `levels.ts`. */
import type { JSX } from 'react';

import type { LevelId } from '@/domain/scoring/types';

import { LEVEL_LOOKS } from './levels';

/** Draws a level's shape at (x, y) (top-left) inside an existing SVG. */
export function LevelShape(props: {
  level: LevelId;
  x?: number;
  y?: number;
  size?: number;
}): JSX.Element {
  const { level, x = 0, y = 0, size = 12 } = props;
  const look = LEVEL_LOOKS[level];
  switch (look.shape) {
    case 'circle':
      return <circle cx={x + size / 2} cy={y + size / 2} r={size / 2} fill={look.color} />;
    case 'triangle':
      return (
        <polygon
          points={`${x + size / 2},${y} ${x + size},${y + size} ${x},${y + size}`}
          fill={look.color}
        />
      );
    case 'square':
      return <rect x={x + 0.5} y={y + 0.5} width={size - 1} height={size - 1} fill={look.color} />;
  }
}

/** A level's shape as a standalone inline icon (decorative: the level name is always beside it). */
export function LevelIcon(props: { level: LevelId; size?: number }): JSX.Element {
  const size = props.size ?? 14;
  return (
    <svg
      className="level-icon"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <LevelShape level={props.level} size={size} />
    </svg>
  );
}

/** Icon and name together: the one way a level is labelled in the results. */
export function LevelName(props: { level: LevelId }): JSX.Element {
  return (
    <span className="level-name">
      <LevelIcon level={props.level} />
      {LEVEL_LOOKS[props.level].label}
    </span>
  );
}
