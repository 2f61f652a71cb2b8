/** Level shapes and names: the React side of `levels.ts`. */
import type { JSX } from 'react';

import type { LevelId } from '@/domain/scoring/types';

import { LEVEL_ICON_SIZE, LEVEL_LOOKS, levelShape } from './levels';

/** Draws a level's shape at (x, y) (top-left) inside an existing SVG. */
export function LevelShape(props: {
  level: LevelId;
  x?: number;
  y?: number;
  size?: number;
}): JSX.Element {
  const { tag: Tag, attributes } = levelShape(props.level, props.x, props.y, props.size);
  return <Tag {...attributes} />;
}

/** A level's shape as a standalone inline icon (decorative: the level name is always beside it). */
export function LevelIcon(props: { level: LevelId; size?: number }): JSX.Element {
  const size = props.size ?? LEVEL_ICON_SIZE;
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
