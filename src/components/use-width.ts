/** The rendered width of an element, kept up to date as it resizes (for SVG layouts). */
import { startTransition, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Calls `onWidth` with `el`'s width in whole pixels at the ResizeObserver's first report and
 * whenever it resizes (at once where there is no ResizeObserver); returns the clean-up that
 * stops observing, for an effect to return.
 */
const followWidth = (
  el: HTMLElement,
  onWidth: (width: number) => void,
): (() => void) | undefined => {
  const measure = (): void => {
    onWidth(Math.floor(el.getBoundingClientRect().width));
  };
  if (typeof ResizeObserver === 'undefined') {
    measure();
    return undefined;
  }
  // Not measured now, which would force a layout of the whole page in the middle of React's
  // work: the observer's first report (made after the browser's own layout) gives the width.
  const observer = new ResizeObserver(measure);
  observer.observe(el);
  return () => {
    observer.disconnect();
  };
};

/**
 * Width in whole pixels of `ref`'s element, measured before the browser paints: null for the
 * render that mounts the element, so a drawing is made once, at its real width, not first at a
 * guess and again at once; `fallback` where layout is unavailable (jsdom, print preview before
 * layout). The width comes from the ResizeObserver's first report, made after the browser's own
 * layout and before its paint, and is drawn there at once (flushSync): reading it in a layout
 * effect forced a layout of the whole page inside React's commit (issue #13).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const take = (w: number): void => {
      setWidth(w > 0 ? w : (current) => current ?? fallback);
    };
    if (typeof ResizeObserver === 'undefined') {
      take(Math.floor(el.getBoundingClientRect().width));
      return;
    }
    // Observed from the commit (a layout effect), so the first report comes before this frame's
    // paint, not a frame later.
    let reported = false;
    const observer = new ResizeObserver(() => {
      reported = true;
      flushSync(() => {
        take(Math.floor(el.getBoundingClientRect().width));
      });
    });
    observer.observe(el);
    // A box the browser skips (in a section below the screen, `content-visibility: auto`) gets
    // no report until it nears the screen: measured in a task after the next frame then, so the
    // drawing is in the page all the same (screen readers, find-in-page, its download, print).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (!reported) take(Math.floor(el.getBoundingClientRect().width));
      }, 0);
    });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
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
    return followWidth(el, (w) => {
      // A transition: the chart's render yields to the browser instead of blocking it.
      startTransition(() => {
        setWidth(w > 0 ? w : (current) => current ?? fallback);
      });
    });
  }, [ref, fallback]);
  return width;
}
