/**
 * A horizontal scroller for content wider than a phone (tables, diffs). A scrolling region must be
 * reachable by keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`), so it is a named,
 * focusable region.
 */
import type { JSX, ReactNode } from 'react';

import './ui.css';

export function ScrollRegion(props: {
  label: string;
  className?: string | undefined;
  children: ReactNode;
}): JSX.Element {
  const className =
    props.className === undefined ? 'scroll-region' : `scroll-region ${props.className}`;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take keyboard focus
    <div className={className} role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}
