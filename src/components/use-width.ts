/** The rendered width of an element, kept up to date as it resizes (for SVG layouts). */
import { startTransition, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Calls `onWidth` with `el`'s width in whole pixels now and again whenever it resizes (where
 * `ResizeObserver` exists); returns the clean-up that stops observing, for an effect to return.
 */
const followWidth = (
  el: HTMLElement,
  onWidth: (width: number) => void,
  options: { now: boolean },
): (() => void) | undefined => {
  const measure = (): void => {
    onWidth(Math.floor(el.getBoundingClientRect().width));
  };
  if (typeof ResizeObserver === 'undefined') {
    measure();
    return undefined;
  }
  // Measuring now forces a layout of the whole page in the middle of React's work; without
  // `now`, the observer's first report (made after the browser's own layout) gives the width.
  if (options.now) measure();
  const observer = new ResizeObserver(measure);
  observer.observe(el);
  return () => {
    observer.disconnect();
  };
};

/**
 * Width in whole pixels of `ref`'s element, measured before the browser paints (a layout effect):
 * null for the render that mounts the element, so a drawing is made once, at its real width, not
 * first at a guess and again at once; `fallback` where layout is unavailable (jsdom, print preview
 * before layout).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    return followWidth(
      el,
      (w) => {
        setWidth(w > 0 ? w : (current) => current ?? fallback);
      },
      { now: true },
    );
  }, [ref, fallback]);
  return width;
}

/**
 * Like `useWidth`, but measured by the ResizeObserver's first report, after
 * the browser's own layout (never forcing one): a chart then renders once, at its real width, in a
 * task of its own, instead of twice in one (at the fallback width, then again from a layout
 * effect). Its box keeps its height meanwhile.
 */
export function useMeasuredWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    return followWidth(
      el,
      (w) => {
        // A transition: the chart's render yields to the browser instead of blocking it.
        startTransition(() => {
          setWidth(w > 0 ? w : (current) => current ?? fallback);
        });
      },
      { now: false },
    );
  }, [ref, fallback]);
  return width;
}
