import { useId, useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { useStrings } from '../../i18n/useStrings.ts';
import { formatFixed } from './draw-loss-cost.ts';
import { strings } from './strings.ts';

const WIDTH = 400;
const HEIGHT = 46;

/** The examples on the x axis: class 0 as circles, class 1 as triangles (shape, not only colour). */
export function DataStrip({ x, y }: { x: Float64Array; y: Float64Array }) {
  const s = useStrings(strings);
  const id = useId();
  const scale = useMemo(
    () =>
      scaleLinear()
        .domain([-4.5, 4.5])
        .range([16, WIDTH - 16]),
    [],
  );
  const list = Array.from(x, (v, i) => `x = ${formatFixed(v, 2)} (y = ${y[i]})`).join('; ');
  return (
    <figure className="lc-strip">
      <svg
        className="lc-strip__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={id}
      >
        <line className="lc__axis" x1={16} x2={WIDTH - 16} y1={30} y2={30} />
        {scale.ticks(9).map((t) => (
          <text
            key={t}
            className="lc__tick"
            x={scale(t)}
            y={44}
            textAnchor="middle"
            aria-hidden="true"
          >
            {t}
          </text>
        ))}
        {Array.from(x, (v, i) =>
          y[i] === 1 ? (
            <path key={i} className="lc-strip__one" d={`M${scale(v)},${14} l6,10 h-12 z`} />
          ) : (
            <circle key={i} className="lc-strip__zero" cx={scale(v)} cy={19} r={5} />
          ),
        )}
      </svg>
      <figcaption id={id} className="lc__caption">
        {s.dataCaption({ m: x.length })} <span className="visually-hidden">{list}</span>
        <span className="lc-strip__legend" aria-hidden="true">
          <span className="lc-strip__key lc-strip__key--zero" /> {s.dataLegend0}{' '}
          <span className="lc-strip__key lc-strip__key--one" /> {s.dataLegend1}
        </span>
      </figcaption>
    </figure>
  );
}
