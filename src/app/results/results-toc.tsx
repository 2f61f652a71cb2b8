/**
 * "On this page": the results' table of contents. A side column that stays in view on wide
 * screens; on phones a sticky bar whose button opens the list (closed again by a choice, Escape or
 * leaving it). Each entry moves focus to its section's heading, scrolled to the top of the view
 * (below the bar: see results-toc.css). The entries are buttons, not `#id` links: the page's
 * fragment holds the answers, so a link to `#results-topology` would replace the share link.
 * The section in view is marked with aria-current="location".
 */
import { useEffect, useId, useRef, useState, type JSX } from 'react';

import type { TocEntry } from './results-sections';
import './results-toc.css';

/** Moves focus to a section's heading, scrolled to the top of the view. False if not there. */
const goTo = (id: string): boolean => {
  const heading = document.getElementById(id);
  if (heading === null) return false;
  // Headings take focus from script only: a Tab never stops on them.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
};

/** The id of the section under a line a quarter down the view, as the reader scrolls. */
function useSectionInView(entries: readonly TocEntry[]): [string | null, (id: string) => void] {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const headings = entries
      .filter((e) => e.ready)
      .map((e) => document.getElementById(e.id))
      .filter((h) => h !== null);
    const sections = headings.map((h) => h.closest('section') ?? h);
    const crossing = new Set<Element>();
    const observer = new IntersectionObserver(
      (records) => {
        for (const r of records) {
          if (r.isIntersecting) crossing.add(r.target);
          else crossing.delete(r.target);
        }
        const index = sections.findIndex((s) => crossing.has(s));
        const heading = headings[index];
        // Between two sections (in the gap) the last one stays marked.
        if (heading !== undefined) setCurrent(heading.id);
      },
      { rootMargin: '-25% 0px -74% 0px' },
    );
    sections.forEach((s) => {
      observer.observe(s);
    });
    return () => {
      observer.disconnect();
    };
  }, [entries]);
  return [current, setCurrent];
}

export function ResultsToc(props: { entries: readonly TocEntry[] }): JSX.Element {
  const { entries } = props;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useSectionInView(entries);
  const currentLabel = entries.find((e) => e.id === current)?.label;
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = nav.current;
    if (!open || element === null) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    // Leaving the menu (by Tab, or a tap elsewhere) closes it.
    const onFocusOut = (event: FocusEvent): void => {
      if (!(event.relatedTarget instanceof Node) || !element.contains(event.relatedTarget)) {
        setOpen(false);
      }
    };
    element.addEventListener('keydown', onKey);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [open]);

  return (
    <nav ref={nav} className="results-toc" aria-label="On this page">
      {/* The list's title on wide screens, where the list is always shown (the nav is named). */}
      <p className="results-toc__title" aria-hidden="true">
        On this page
      </p>
      <button
        type="button"
        ref={toggle}
        className="results-toc__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        On this page
        {currentLabel === undefined ? null : (
          <span className="results-toc__current">: {currentLabel}</span>
        )}
      </button>
      <ul id={listId} className="results-toc__list" data-open={open}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="results-toc__item"
              disabled={!entry.ready}
              aria-current={entry.id === current ? 'location' : undefined}
              onClick={() => {
                setOpen(false);
                if (goTo(entry.id)) setCurrent(entry.id);
              }}
            >
              {entry.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
