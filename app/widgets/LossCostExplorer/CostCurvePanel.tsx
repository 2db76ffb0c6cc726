import { useId, useMemo, type PointerEvent } from 'react';
import type { LossName } from '../../../src/math/losses.ts';
import type { LossCurve } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import {
  formatFixed,
  makeScales,
  pathOf,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  wAtFraction,
  yDomainOf,
} from './draw-loss-cost.ts';
import { Axes } from './LossExplorer.tsx';
import { W_MAX, W_MIN } from './settings.ts';
import { strings } from './strings.ts';

interface CostCurvePanelProps {
  loss: LossName;
  ws: Float64Array;
  curve: LossCurve;
  w: number;
  b: number;
  /** Dragging on the plot sets w; absent when an instructor's link locks w. */
  onW?: (w: number) => void;
}

/** One loss: J(w) sampled in the worker, its computed minima and concave stretch, and the w marker. */
export function CostCurvePanel({ loss, ws, curve, w, b, onW }: CostCurvePanelProps) {
  const s = useStrings(strings);
  const captionId = useId();
  const { analysis } = curve;
  const scales = useMemo(() => makeScales([W_MIN, W_MAX], yDomainOf(curve.J)), [curve.J]);
  const d = useMemo(() => pathOf(ws, curve.J, scales), [ws, curve.J, scales]);
  const [yBottom, yTop] = scales.y.range() as [number, number];
  const name = s.lossNames[loss];
  const convexity = analysis.convex
    ? s.convex
    : s.notConvex({
        ranges: analysis.concaveRanges
          .map(([from, to]) => `[${formatFixed(from, 2)}, ${formatFixed(to, 2)}]`)
          .join(', '),
      });
  const minima =
    analysis.minima.length > 0
      ? s.minima({ list: analysis.minima.map((m) => formatFixed(m, 2)).join(', ') })
      : s.noMinimum;
  const digits = loss === 'squared-error' ? 4 : 3;

  function pointerW(event: PointerEvent<SVGSVGElement>): number {
    const box = event.currentTarget.getBoundingClientRect();
    const vx = ((event.clientX - box.left) / Math.max(1, box.width)) * VIEW_WIDTH;
    const [left, right] = scales.x.range() as [number, number];
    return wAtFraction((vx - left) / (right - left), W_MIN, W_MAX);
  }

  return (
    <figure className="lc-panel" data-testid="cost-panel" data-loss={loss}>
      <figcaption className="lc-panel__title">
        {s.curveCaption({ name, b: formatFixed(b, 1) })}
      </figcaption>
      <svg
        className={onW ? 'lc__svg lc__svg--drag' : 'lc__svg'}
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        role="img"
        aria-labelledby={captionId}
        onPointerDown={(event) => {
          if (!onW || (event.pointerType === 'mouse' && event.button !== 0)) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          onW(pointerW(event));
        }}
        onPointerMove={(event) => {
          if (onW && event.currentTarget.hasPointerCapture(event.pointerId)) onW(pointerW(event));
        }}
      >
        {analysis.concaveRanges.map(([from, to]) => (
          <g key={from}>
            <rect
              className="lc__band"
              x={scales.x(from)}
              width={Math.max(1, scales.x(to) - scales.x(from))}
              y={yTop}
              height={yBottom - yTop}
              data-testid="concave-band"
            />
            {scales.x(to) - scales.x(from) > 50 && (
              <text
                className="lc__band-label"
                x={(scales.x(from) + scales.x(to)) / 2}
                y={yTop + 12}
                textAnchor="middle"
              >
                {s.concaveLabel}
              </text>
            )}
          </g>
        ))}
        <Axes
          scales={scales}
          ticksX={scales.x.ticks(6)}
          ticksY={scales.y.ticks(4)}
          xLabel="w"
          yLabel="J"
          format={(t) => String(Number(t.toFixed(3)))}
        />
        <path className={`lc__curve lc__curve--${loss}`} d={d} data-testid="cost-curve-path" />
        {analysis.minima.map((m, i) => (
          <g key={m} data-testid="cost-minimum" data-w={m}>
            <path
              className="lc__minimum"
              d={`M${scales.x(m)},${scales.y(curve.minimaJ[i]!) + 4} l-6,10 h12 z`}
            />
            <text
              className="lc__minimum-label"
              x={scales.x(m)}
              y={scales.y(curve.minimaJ[i]!) + 26}
              textAnchor="middle"
            >
              {s.minimumLabel}
            </text>
          </g>
        ))}
        <line className="lc__marker" x1={scales.x(w)} x2={scales.x(w)} y1={yTop} y2={yBottom} />
        <circle
          className="lc__dot lc__dot--marker"
          cx={scales.x(w)}
          cy={scales.y(Math.min(curve.atJ, scales.y.domain()[1]!))}
          r={5}
        />
      </svg>
      <p
        id={captionId}
        className="lc__caption"
        data-testid="cost-summary"
        data-convex={analysis.convex}
        data-minima={analysis.minima.length}
      >
        {s.plotSummary({
          name,
          convexity,
          minima,
          w: formatFixed(w, 2),
          J: formatFixed(curve.atJ, digits),
          slope: formatFixed(curve.atSlope, digits),
        })}
      </p>
      <dl className="lc__readouts">
        <div>
          <dt>{s.readoutJ}</dt>
          <dd data-testid="cost-j" data-value={curve.atJ}>
            {formatFixed(curve.atJ, digits)}
          </dd>
        </div>
        <div>
          <dt>{s.readoutSlope}</dt>
          <dd data-testid="cost-slope" data-value={curve.atSlope}>
            {formatFixed(curve.atSlope, digits)}
          </dd>
        </div>
      </dl>
    </figure>
  );
}
