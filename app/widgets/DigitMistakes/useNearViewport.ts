import { useEffect, useState } from 'react';

/** True once the element has come within `marginPx` of the viewport (and stays true). */
export function useNearViewport(element: React.RefObject<Element | null>, marginPx = 300): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${marginPx}px` },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, marginPx, near]);
  return near;
}
