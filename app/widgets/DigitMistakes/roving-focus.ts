/**
 * Arrow keys inside a grid of buttons laid out by CSS: which index an arrow key moves to,
 * given how many buttons fit in a row. Home and End go to the first and last.
 */
export function nextIndex(
  key: string,
  index: number,
  count: number,
  columns: number,
): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowDown':
      return index + columns <= last ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** Buttons in the first row of a wrapped grid (same top edge as the first). */
export function columnsOf(buttons: HTMLElement[]): number {
  const top = buttons[0]?.offsetTop;
  const inRow = buttons.filter((b) => b.offsetTop === top).length;
  return Math.max(1, inRow);
}
