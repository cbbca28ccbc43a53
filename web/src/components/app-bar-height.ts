import { useEffect, type RefObject } from 'react';

const PROPERTY = '--dp-app-bar-height';

/**
 * The sticky app bar's height, as a CSS length for whatever sticks below it. Its links wrap onto a second
 * line on narrower screens and in longer languages, so the height is measured rather than assumed; 64px
 * (MUI's toolbar) only until the first measurement.
 */
export const APP_BAR_HEIGHT = `var(${PROPERTY}, 64px)`;

/** Keeps APP_BAR_HEIGHT equal to the bar's real height (the observer fires only when the bar resizes). */
export function useAppBarHeight(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty(PROPERTY, `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(PROPERTY);
    };
  }, [bar]);
}
