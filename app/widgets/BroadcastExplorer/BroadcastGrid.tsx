import type { StretchedCell } from './broadcast-view.ts';

interface BroadcastGridProps {
  label: string;
  cells: StretchedCell[][];
  copySuffix: string;
  testId?: string;
}

/** A small matrix as a table; repeated (stretched) cells are dashed and say so to screen readers. */
export function BroadcastGrid({ label, cells, copySuffix, testId }: BroadcastGridProps) {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  return (
    <table className="broadcast__grid" data-testid={testId} data-shape={`(${rows},${cols})`}>
      <caption>{label}</caption>
      <tbody>
        {cells.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j} className={cell.copy ? 'is-copy' : undefined}>
                {cell.value}
                {cell.copy && <span className="visually-hidden">{copySuffix}</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
