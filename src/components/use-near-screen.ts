/**
 * Whether an element has come near the screen: for heavy drawings below the fold (the growth
 * chart), which then cost nothing while the reader is still at the top of the page.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How far outside the viewport "near" starts: one screen height above and below. */
export const NEAR_SCREEN_MARGIN = '100% 0px 100% 0px';

/**
 * False until `ref`'s element is within one screen height of the viewport, then true for good
 * (scrolling away does not undraw it). True at once where IntersectionObserver does not exist
 * (older browsers, jsdom), and before printing.
 */
export function useNearScreen(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || el === null) return;
    const show = (): void => {
      setNear(true);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) show();
      },
      { rootMargin: NEAR_SCREEN_MARGIN },
    );
    observer.observe(el);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [ref, near]);
  return near;
}
