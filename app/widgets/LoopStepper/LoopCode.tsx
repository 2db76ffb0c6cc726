import { PSEUDO_ROWS, type PseudoRow } from './loop-view.ts';

interface LoopCodeProps {
  current: PseudoRow;
  label: string;
}

/** The notes' loop as code, the line just run marked (aria-current) and shown with an arrow. */
export function LoopCode({ current, label }: LoopCodeProps) {
  return (
    <ol className="loop-stepper__code" aria-label={label} data-testid="loop-code">
      {PSEUDO_ROWS.map(({ row, code, indent }) => {
        const active = row === current;
        return (
          <li
            key={row}
            className={active ? 'is-current' : undefined}
            aria-current={active ? 'step' : undefined}
            data-row={row}
            style={{ paddingLeft: `${0.6 + indent * 1.6}rem` }}
          >
            <span className="loop-stepper__marker" aria-hidden="true">
              {active ? '▶' : ''}
            </span>
            <code>{code}</code>
          </li>
        );
      })}
    </ol>
  );
}
