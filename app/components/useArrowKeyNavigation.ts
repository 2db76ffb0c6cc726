import { useEffect } from 'react';

/** Elements where the arrow keys already mean something (sliders, fields, menus). */
export function arrowKeysBelongTo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return (
    target.closest(
      '[role="slider"], [role="spinbutton"], [role="listbox"], [role="tablist"], [role="radiogroup"], [role="menu"], [role="grid"]',
    ) !== null
  );
}

/** Left/right arrow keys go to the previous/next lesson unless a control owns the keys. */
export function useArrowKeyNavigation(
  onPrevious: (() => void) | undefined,
  onNext: (() => void) | undefined,
) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        event.shiftKey
      )
        return;
      if (arrowKeysBelongTo(event.target)) return;
      if (event.key === 'ArrowLeft' && onPrevious) {
        event.preventDefault();
        onPrevious();
      } else if (event.key === 'ArrowRight' && onNext) {
        event.preventDefault();
        onNext();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onPrevious, onNext]);
}
