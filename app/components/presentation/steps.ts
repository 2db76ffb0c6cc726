/**
 * A lesson's steps in presentation mode are its widgets: the direct children of the
 * lesson body that carry a data-testid (every widget's root does). Each step is shown
 * beside its key equation, the last display equation written before it.
 */
export interface Step {
  widget: HTMLElement;
  equation: HTMLElement | null;
}

export function findSteps(body: Element): Step[] {
  const steps: Step[] = [];
  let lastEquation: HTMLElement | null = null;
  for (const child of Array.from(body.children)) {
    if (!(child instanceof HTMLElement)) continue;
    if (child.classList.contains('katex-display')) lastEquation = child;
    else if (child.dataset.testid) steps.push({ widget: child, equation: lastEquation });
  }
  return steps;
}

/** The presenter's buttons act on the widget of the current step, by its test ids. */
export function widgetButton(step: Step | undefined, testId: 'train' | 'pause' | 'step' | 'reset') {
  const button = step?.widget.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
  return button && !button.disabled ? button : null;
}
