import { useId, useMemo } from 'react';
import type { IntuitionFunctionName, NudgeReading } from '../../../src/math/difference-quotient.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import {
  curvePath,
  formatFixed,
  tangentPath,
  trianglePoints,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  zoomScales,
} from './draw-derivative.ts';
import { strings } from './strings.ts';
import '../../styles/plot-figure.css';

interface TrianglePlotProps {
  name: IntuitionFunctionName;
  reading: NudgeReading;
  decimals: number;
}

/**
 * The magnifier: the window from a to a + nudge blown up until the triangle fills it. The
 * corners are labelled with their values instead of ticks, since the window can be 1e-9 wide.
 */
export function TrianglePlot({ name, reading, decimals }: TrianglePlotProps) {
  const s = useStrings(strings);
  const captionId = useId();
  const scales = useMemo(() => zoomScales(reading), [reading]);
  const t = trianglePoints(reading, scales);
  const [yBottom, yTop] = scales.y.range() as [number, number];
  const [xLeft, xRight] = scales.x.range() as [number, number];
  const fmt = (x: number) => formatFixed(x, decimals);
  const rising = reading.faNudged >= reading.fa;
  const aNudged = reading.a + reading.nudge;

  return (
    <figure className="derivative-plot" data-testid="derivative-zoom-plot">
      <figcaption id={captionId} className="derivative-plot__caption plot-figure__caption">
        <span className="derivative-plot__title plot-figure__title">{s.zoomCaption}</span>{' '}
        <span>
          {s.zoomSummary({
            a: fmt(reading.a),
            aNudged: fmt(aNudged),
            fa: fmt(reading.fa),
            faNudged: fmt(reading.faNudged),
            height: fmt(reading.height),
            width: fmt(reading.width),
          })}
        </span>
      </figcaption>
      <svg
        className="derivative-plot__svg plot-figure__svg"
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        role="img"
        aria-labelledby={captionId}
      >
        <rect
          className="derivative-plot__zoom-frame"
          x={xLeft}
          y={yTop}
          width={xRight - xLeft}
          height={yBottom - yTop}
        />
        <clipPath id={`${captionId}-clip`}>
          <rect x={xLeft} y={yTop} width={xRight - xLeft} height={yBottom - yTop} />
        </clipPath>
        <g clipPath={`url(#${captionId}-clip)`}>
          <path className="derivative-plot__tangent" d={tangentPath(reading, scales)} />
          <path className="derivative-plot__triangle" d={t.path} />
          <path className="derivative-plot__curve" d={curvePath(name, scales, 120)} />
        </g>
        <line className="derivative-plot__guide" x1={t.x0} x2={t.x0} y1={t.y0} y2={yBottom} />
        <line
          className="derivative-plot__guide"
          x1={t.x1}
          x2={t.x1}
          y1={Math.max(t.y0, t.y1)}
          y2={yBottom}
        />
        <line className="derivative-plot__guide" x1={xLeft} x2={t.x0} y1={t.y0} y2={t.y0} />
        <line className="derivative-plot__guide" x1={xLeft} x2={t.x1} y1={t.y1} y2={t.y1} />
        <circle className="derivative-plot__dot" cx={t.x0} cy={t.y0} r={4} />
        <circle
          className="derivative-plot__dot derivative-plot__dot--end"
          cx={t.x1}
          cy={t.y1}
          r={4}
        />
        {/* corner values on the axes */}
        <text className="plot-figure__tick" x={t.x0} y={yBottom + 14} textAnchor="middle">
          {fmt(reading.a)}
        </text>
        <text className="plot-figure__tick" x={t.x1} y={yBottom + 14} textAnchor="middle">
          {fmt(aNudged)}
        </text>
        <text
          className="plot-figure__tick"
          x={xLeft - 4}
          y={t.y0}
          textAnchor="end"
          dominantBaseline="middle"
        >
          {fmt(reading.fa)}
        </text>
        <text
          className="plot-figure__tick"
          x={xLeft - 4}
          y={t.y1}
          textAnchor="end"
          dominantBaseline="middle"
        >
          {fmt(reading.faNudged)}
        </text>
        {/* the sides, named */}
        <text
          className="derivative-plot__side-label"
          x={(t.x0 + t.x1) / 2}
          y={t.y0 + (rising ? 16 : -8)}
          textAnchor="middle"
        >
          {`${s.widthShort} ${fmt(reading.width)}`}
        </text>
        <text
          className="derivative-plot__side-label"
          x={t.x1 + 6}
          y={(t.y0 + t.y1) / 2}
          dominantBaseline="middle"
        >
          <tspan x={t.x1 + 6} dy="-0.6em">
            {s.heightShort}
          </tspan>
          <tspan x={t.x1 + 6} dy="1.2em">
            {fmt(reading.height)}
          </tspan>
        </text>
      </svg>
    </figure>
  );
}
