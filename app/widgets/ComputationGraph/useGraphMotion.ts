import { useEffect, useState, type RefObject } from 'react';
import { NARROW_BELOW_PX, type Orientation } from './graph-layout.ts';

/** True when the student asked the system for less motion; follows changes live. */
export function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setReduced(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/** Wide or narrow drawing, from the width the graph actually gets (not the window's). */
export function useOrientation(host: RefObject<HTMLElement | null>): Orientation {
  const [orientation, setOrientation] = useState<Orientation>('wide');
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? NARROW_BELOW_PX;
      setOrientation(width < NARROW_BELOW_PX ? 'narrow' : 'wide');
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [host]);
  return orientation;
}
