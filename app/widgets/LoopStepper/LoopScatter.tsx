import { useMemo } from 'react';
import type { Matrix } from '../../../src/math/matrix.ts';
import { decisionSegment, SCATTER, scatterScales, type ExampleRow } from './loop-view.ts';

interface LoopScatterProps {
  X: Matrix;
  rows: ExampleRow[];
  current: number | null;
  before: { w1: number; w2: number; b: number };
  after: { w1: number; w2: number; b: number } | null;
  label: string;
}

/** Triangle of "radius" r around (cx, cy), pointing up: class 1's marker. */
function triangle(cx: number, cy: number, r: number): string {
  return `${cx},${cy - r} ${cx + r * 0.9},${cy + r * 0.6} ${cx - r * 0.9},${cy + r * 0.6}`;
}

/** The examples in the plane: circles for y = 0, triangles for y = 1, the current one ringed. */
export function LoopScatter({ X, rows, current, before, after, label }: LoopScatterProps) {
  const scales = useMemo(() => scatterScales(X), [X]);
  const { x, y } = scales;
  const line = (p: { w1: number; w2: number; b: number }) => {
    const segment = decisionSegment(p.w1, p.w2, p.b, scales.domain);
    if (!segment) return null;
    const [[a1, a2], [b1, b2]] = segment;
    return { x1: x(a1), y1: y(a2), x2: x(b1), y2: y(b2) };
  };
  const lineBefore = line(before);
  const lineAfter = after ? line(after) : null;
  return (
    <svg
      className="loop-stepper__scatter"
      viewBox={`0 0 ${SCATTER.width} ${SCATTER.height}`}
      role="img"
      aria-label={label}
      data-testid="loop-scatter"
      data-current={current === null ? '' : String(current + 1)}
    >
      <line className="axis" x1={x(0)} x2={x(0)} y1={8} y2={SCATTER.height - SCATTER.margin} />
      <line className="axis" y1={y(0)} y2={y(0)} x1={SCATTER.margin} x2={SCATTER.width - 8} />
      <text className="axis-label" x={SCATTER.width - 10} y={y(0) - 4} textAnchor="end">
        x₁
      </text>
      <text className="axis-label" x={x(0) + 4} y={16}>
        x₂
      </text>
      {lineBefore && <line className="boundary boundary--before" {...lineBefore} />}
      {lineAfter && (
        <line className="boundary boundary--after" data-testid="boundary-after" {...lineAfter} />
      )}
      {rows.map((row) => {
        const cx = x(row.x1);
        const cy = y(row.x2);
        const cls = `point point--class${row.y} is-${row.status}`;
        return (
          <g key={row.i} data-status={row.status}>
            {row.y === 1 ? (
              <polygon className={cls} points={triangle(cx, cy, 7)} />
            ) : (
              <circle className={cls} cx={cx} cy={cy} r={5.5} />
            )}
            {row.i === current && (
              <>
                <circle className="current-ring" cx={cx} cy={cy} r={12} />
                <text className="current-label" x={cx + 14} y={cy - 10}>
                  i = {row.i + 1}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
