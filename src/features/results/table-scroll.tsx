/**
 * A wide table's horizontal scroller. On a narrow screen the table can overflow, and a scrolling
 * region must be reachable by keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`), so it is
 * a named, focusable region.
 */
import type { JSX, ReactNode } from 'react';

export function TableScroll(props: { label: string; children: ReactNode }): JSX.Element {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take keyboard focus
    <div className="table-scroll" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}
