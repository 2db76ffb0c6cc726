/**
 * A region that scrolls sideways must be reachable by keyboard (WCAG, axe's
 * scrollable-region-focusable). Only the regions that actually overflow become tab stops,
 * named so a screen reader says what they are; the others stay out of the tab order.
 */
export function markIfOverflowing(element: HTMLElement, label: string): void {
  const overflows = element.scrollWidth > element.clientWidth;
  if (overflows) {
    element.tabIndex = 0;
    element.setAttribute('role', 'group');
    element.setAttribute('aria-label', label);
  } else if (element.hasAttribute('tabindex')) {
    element.removeAttribute('tabindex');
    // A label given by the author stays (with its group role); only ours goes.
    if (element.getAttribute('aria-label') === label) {
      element.removeAttribute('role');
      element.removeAttribute('aria-label');
    }
  }
}
