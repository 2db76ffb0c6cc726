import { useId, useMemo, type KeyboardEvent } from 'react';
import {
  intuitionFunctions,
  type IntuitionFunctionName,
  type NudgeReading,
} from '../../../src/math/difference-quotient.ts';
import { lockedAriaControl } from '../../components/locked-control.ts';
import { useDragHandle } from '../../components/useDragHandle.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import {
  aAfterKey,
  aAtFraction,
  curvePath,
  formatShort,
  fractionOfA,
  mainScales,
  MARGIN,
  tangentPath,
  trianglePoints,
  VIEW_HEIGHT,
  VIEW_WIDTH,
} from './draw-derivative.ts';
import { strings } from './strings.ts';
import '../../styles/plot-figure.css';

const TRACK_STYLE = {
  left: `${(MARGIN.left / VIEW_WIDTH) * 100}%`,
  right: `${(MARGIN.right / VIEW_WIDTH) * 100}%`,
  top: `${(MARGIN.top / VIEW_HEIGHT) * 100}%`,
  bottom: `${(MARGIN.bottom / VIEW_HEIGHT) * 100}%`,
} as const;

/** Smallest drawn size of the box that marks the magnified window, in SVG units. */
const MIN_BOX = 14;

interface DerivativePlotProps {
  name: IntuitionFunctionName;
  reading: NudgeReading;
  decimals: number;
  onAChange: (a: number) => void;
  /** An instructor's link set a: the handle shows it and ignores keys and drags. */
  locked?: boolean;
}

/** The whole curve f with the tangent at a, the (usually tiny) triangle, and a draggable a. */
export function DerivativePlot(props: DerivativePlotProps) {
  const { name, reading, decimals, onAChange, locked = false } = props;
  const s = useStrings(strings);
  const captionId = useId();
  const scales = useMemo(() => mainScales(name), [name]);
  const curve = useMemo(() => curvePath(name, scales), [name, scales]);
  const { aMin, aMax } = intuitionFunctions[name];
  const fnName = s.functionNames[name];
  const { a } = reading;
  const triangle = trianglePoints(reading, scales);
  const [yBottom, yTop] = scales.y.range() as [number, number];
  const [xLeft, xRight] = scales.x.range() as [number, number];
  const box = {
    width: Math.max(MIN_BOX, triangle.x1 - triangle.x0),
    height: Math.max(MIN_BOX, Math.abs(triangle.y1 - triangle.y0)),
  };
  const valueText = s.sliderValueText({
    a: formatShort(a, 3),
    fa: formatShort(reading.fa, 5),
    exact: formatShort(reading.exact, 5),
  });

  const { handle, onPointerDown, onPointerMove } = useDragHandle(
    (fraction) => aAtFraction(name, fraction),
    onAChange,
    locked,
  );
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = locked ? null : aAfterKey(name, a, event.key, event.shiftKey);
    if (next === null) return;
    event.preventDefault();
    onAChange(next);
  }

  return (
    <figure className="derivative-plot" data-testid="derivative-main-plot">
      <figcaption id={captionId} className="derivative-plot__caption plot-figure__caption">
        <span className="derivative-plot__title plot-figure__title">
          {s.mainCaption({ fn: fnName })}
        </span>{' '}
        <span>
          {s.mainSummary({
            fn: fnName,
            a: formatShort(a, 3),
            fa: formatShort(reading.fa, decimals),
            exact: formatShort(reading.exact, decimals),
          })}
        </span>
      </figcaption>
      <div className="plot-figure__frame">
        <svg
          className="derivative-plot__svg plot-figure__svg"
          viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
          role="img"
          aria-labelledby={captionId}
        >
          {scales.x.ticks(8).map((t) => (
            <g key={`x${t}`}>
              <line
                className="plot-figure__grid"
                x1={scales.x(t)}
                x2={scales.x(t)}
                y1={yTop}
                y2={yBottom}
              />
              <text
                className="plot-figure__tick"
                x={scales.x(t)}
                y={yBottom + 14}
                textAnchor="middle"
              >
                {formatShort(t, 2)}
              </text>
            </g>
          ))}
          {scales.y.ticks(5).map((t) => (
            <g key={`y${t}`}>
              <line
                className="plot-figure__grid"
                x1={xLeft}
                x2={xRight}
                y1={scales.y(t)}
                y2={scales.y(t)}
              />
              <text
                className="plot-figure__tick"
                x={xLeft - 5}
                y={scales.y(t)}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {formatShort(t, 2)}
              </text>
            </g>
          ))}
          <line
            className="plot-figure__axis"
            x1={xLeft}
            x2={xRight}
            y1={scales.y(0)}
            y2={scales.y(0)}
          />
          {aMin <= 0 && (
            <line
              className="plot-figure__axis"
              x1={scales.x(0)}
              x2={scales.x(0)}
              y1={yTop}
              y2={yBottom}
            />
          )}
          <text className="plot-figure__axis-label" x={xRight} y={VIEW_HEIGHT - 3} textAnchor="end">
            a
          </text>
          <clipPath id={`${captionId}-clip`}>
            <rect x={xLeft} y={yTop} width={xRight - xLeft} height={yBottom - yTop} />
          </clipPath>
          <g clipPath={`url(#${captionId}-clip)`}>
            <path className="derivative-plot__curve" d={curve} />
            <path className="derivative-plot__tangent" d={tangentPath(reading, scales)} />
            <path className="derivative-plot__triangle" d={triangle.path} />
            <rect
              className="derivative-plot__zoom-box"
              x={triangle.x0 - (box.width - (triangle.x1 - triangle.x0)) / 2}
              y={
                Math.min(triangle.y0, triangle.y1) -
                (box.height - Math.abs(triangle.y1 - triangle.y0)) / 2
              }
              width={box.width}
              height={box.height}
            />
          </g>
          <circle className="derivative-plot__dot" cx={triangle.x0} cy={triangle.y0} r={4.5} />
        </svg>
        <div
          className="derivative-plot__track"
          style={TRACK_STYLE}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
        >
          <div
            ref={handle}
            className="derivative-plot__handle"
            style={{ left: `${fractionOfA(name, a) * 100}%` }}
            role="slider"
            tabIndex={0}
            data-testid="a-slider"
            aria-label={s.sliderLabel}
            aria-valuemin={aMin}
            aria-valuemax={aMax}
            aria-valuenow={a}
            aria-valuetext={valueText}
            aria-orientation="horizontal"
            {...lockedAriaControl(locked)}
            onKeyDown={onKeyDown}
          >
            <span className="derivative-plot__knob" aria-hidden="true" />
          </div>
        </div>
      </div>
      <Legend />
    </figure>
  );
}

export function Legend() {
  const s = useStrings(strings);
  return (
    <ul className="derivative-plot__legend">
      <li>
        <svg className="derivative-plot__swatch" viewBox="0 0 24 10" aria-hidden="true">
          <line className="derivative-plot__curve" x1={0} x2={24} y1={5} y2={5} />
        </svg>
        {s.legendCurve}
      </li>
      <li>
        <svg className="derivative-plot__swatch" viewBox="0 0 24 10" aria-hidden="true">
          <line className="derivative-plot__tangent" x1={0} x2={24} y1={5} y2={5} />
        </svg>
        {s.legendTangent}
      </li>
      <li>
        <svg className="derivative-plot__swatch" viewBox="0 0 24 10" aria-hidden="true">
          <path className="derivative-plot__triangle" d="M2,9L22,9L22,1Z" />
        </svg>
        {s.legendTriangle}
      </li>
    </ul>
  );
}
