/** The rendered width of an element, kept up to date as it resizes (for SVG layouts). */
import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Width in whole pixels of `ref`'s element; `fallback` until it is measured or where layout is
 * unavailable (jsdom, print preview before layout).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const measure = (): void => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
