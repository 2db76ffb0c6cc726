import { useId, useMemo, type KeyboardEvent } from 'react';
import { activations, LEAKY_SLOPE } from '../../../src/math/activations.ts';
import { Equation } from '../../components/Equation.tsx';
import { lockedAriaControl } from '../../components/locked-control.ts';
import { useDragHandle } from '../../components/useDragHandle.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import {
  formatFixed,
  formatShort,
  fractionOfZ,
  MARGIN,
  plotGeometry,
  SATURATION_CUTOFF,
  TABLE_Z,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  Z_MAX,
  Z_MIN,
  zAfterKey,
  zAtFraction,
  type BandSummary,
  type PlottedActivation,
} from './draw-activation.ts';
import { strings, type BandKind } from './strings.ts';
import '../../styles/plot-figure.css';

/** The notes' forms: g' written from a = g(z) for sigmoid and tanh. */
const TEX: Record<PlottedActivation, string> = {
  sigmoid: String.raw`g(z) = \frac{1}{1 + e^{-z}}, \quad g'(z) = a(1 - a)`,
  tanh: String.raw`g(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}, \quad g'(z) = 1 - a^2`,
  relu: String.raw`g(z) = \max(0, z), \quad g'(z) = \begin{cases} 0 & z < 0 \\ 1 & z \ge 0 \end{cases}`,
  'leaky-relu': String.raw`g(z) = \max(${LEAKY_SLOPE}z, z), \quad g'(z) = \begin{cases} ${LEAKY_SLOPE} & z < 0 \\ 1 & z \ge 0 \end{cases}`,
};

/** The plot area's place inside the SVG, in percent, so the HTML slider overlays it exactly. */
const TRACK_STYLE = {
  left: `${(MARGIN.left / VIEW_WIDTH) * 100}%`,
  right: `${(MARGIN.right / VIEW_WIDTH) * 100}%`,
  top: `${(MARGIN.top / VIEW_HEIGHT) * 100}%`,
  bottom: `${(MARGIN.bottom / VIEW_HEIGHT) * 100}%`,
} as const;

function bandKind(summary: BandSummary): BandKind {
  if (summary.kind !== 'below' || summary.slope === null) return 'saturated';
  return summary.slope === 0 ? 'dead' : 'leak';
}

interface ActivationPlotProps {
  name: PlottedActivation;
  z: number;
  onZChange: (z: number) => void;
  /** An instructor's link set z: the handle shows it and ignores keys and drags. */
  locked?: boolean;
}

/** One function: g and g' over z, its saturation bands, a draggable z and the values there. */
export function ActivationPlot({ name, z, onZChange, locked = false }: ActivationPlotProps) {
  const s = useStrings(strings);
  const captionId = useId();
  const geometry = useMemo(() => plotGeometry(name), [name]);
  const { scales, summary } = geometry;
  const { g, dg } = activations[name];
  const gz = g(z);
  const dgz = dg(z);
  const title = s.names[name];
  const cutoff = formatShort(SATURATION_CUTOFF);
  const kind = bandKind(summary);

  const summaryText = (() => {
    switch (summary.kind) {
      case 'none':
        return s.summaryNone({ name: title, cutoff });
      case 'symmetric':
        return s.summarySymmetric({
          name: title,
          threshold: formatShort(summary.threshold, 2),
          cutoff,
        });
      case 'below':
        return s.summaryBelow({
          name: title,
          threshold: formatShort(summary.threshold, 2),
          slope: summary.slope === null ? null : formatShort(summary.slope),
          cutoff,
        });
      case 'other':
        return s.summaryOther({
          name: title,
          ranges: summary.bands
            .map((b) => `[${formatShort(b.z0, 2)}, ${formatShort(b.z1, 2)}]`)
            .join(', '),
          cutoff,
        });
    }
  })();
  const legendValue =
    kind === 'saturated' || summary.kind !== 'below' ? cutoff : formatShort(summary.slope ?? 0);

  const { handle, onPointerDown, onPointerMove } = useDragHandle(zAtFraction, onZChange, locked);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = locked ? null : zAfterKey(z, event.key, event.shiftKey);
    if (next === null) return;
    event.preventDefault();
    onZChange(next);
  }

  const xz = scales.x(z);
  const [yBottom, yTop] = scales.y.range() as [number, number];
  const tableZ = [...TABLE_Z, z];

  return (
    <figure className="activation-plot" data-testid="activation-plot" data-activation={name}>
      <figcaption id={captionId} className="activation-plot__caption plot-figure__caption">
        <span className="activation-plot__title plot-figure__title">
          {s.plotCaption({ name: title })}
        </span>{' '}
        <span className="activation-plot__summary">{summaryText}</span>
      </figcaption>
      <div className="activation-plot__equation">
        <Equation tex={TEX[name]} display={false} />
      </div>

      <div className="plot-figure__frame">
        <svg
          className="activation-plot__svg plot-figure__svg"
          viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
          role="img"
          aria-labelledby={captionId}
        >
          {geometry.bands.map((band) => (
            <rect
              key={band.z0}
              className="activation-plot__band"
              x={scales.x(band.z0)}
              width={scales.x(band.z1) - scales.x(band.z0)}
              y={yTop}
              height={yBottom - yTop}
            />
          ))}
          {geometry.xTicks.map((t) => (
            <line
              key={`x${t}`}
              className="plot-figure__grid"
              x1={scales.x(t)}
              x2={scales.x(t)}
              y1={yTop}
              y2={yBottom}
            />
          ))}
          {geometry.yTicks.map((t) => (
            <line
              key={`y${t}`}
              className="plot-figure__grid"
              x1={MARGIN.left}
              x2={VIEW_WIDTH - MARGIN.right}
              y1={scales.y(t)}
              y2={scales.y(t)}
            />
          ))}
          <line
            className="plot-figure__axis"
            x1={MARGIN.left}
            x2={VIEW_WIDTH - MARGIN.right}
            y1={scales.y(0)}
            y2={scales.y(0)}
          />
          <line
            className="plot-figure__axis"
            x1={scales.x(0)}
            x2={scales.x(0)}
            y1={yTop}
            y2={yBottom}
          />
          {geometry.xTicks.map((t) => (
            <text
              key={`xl${t}`}
              className="plot-figure__tick"
              x={scales.x(t)}
              y={yBottom + 14}
              textAnchor="middle"
            >
              {formatShort(t)}
            </text>
          ))}
          {geometry.yTicks.map((t) => (
            <text
              key={`yl${t}`}
              className="plot-figure__tick"
              x={MARGIN.left - 5}
              y={scales.y(t)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {formatShort(t)}
            </text>
          ))}
          <text
            className="plot-figure__axis-label"
            x={VIEW_WIDTH - MARGIN.right}
            y={VIEW_HEIGHT - 3}
            textAnchor="end"
          >
            z
          </text>
          <path className="activation-plot__g" d={geometry.gPath} />
          <path className="activation-plot__dg" d={geometry.dgPath} />
          <line className="activation-plot__marker" x1={xz} x2={xz} y1={yTop} y2={yBottom} />
          <circle
            className="activation-plot__dot activation-plot__dot--g"
            cx={xz}
            cy={scales.y(gz)}
            r={4.5}
          />
          <circle
            className="activation-plot__dot activation-plot__dot--dg"
            cx={xz}
            cy={scales.y(dgz)}
            r={4.5}
          />
        </svg>

        <div
          className="activation-plot__track"
          style={TRACK_STYLE}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
        >
          <div
            ref={handle}
            className="activation-plot__handle"
            style={{ left: `${fractionOfZ(z) * 100}%` }}
            role="slider"
            tabIndex={0}
            data-testid="z-slider"
            aria-label={s.sliderLabel({ name: title })}
            aria-valuemin={Z_MIN}
            aria-valuemax={Z_MAX}
            aria-valuenow={z}
            aria-valuetext={s.sliderValueText({
              z: formatShort(z, 2),
              g: formatFixed(gz),
              dg: formatFixed(dgz),
            })}
            aria-orientation="horizontal"
            {...lockedAriaControl(locked)}
            onKeyDown={onKeyDown}
          >
            <span className="activation-plot__knob" aria-hidden="true" />
          </div>
        </div>
      </div>

      <ul className="activation-plot__legend">
        <li>
          <svg className="activation-plot__swatch" viewBox="0 0 24 8" aria-hidden="true">
            <line className="activation-plot__g" x1={0} x2={24} y1={4} y2={4} />
          </svg>
          {s.legendG}
        </li>
        <li>
          <svg className="activation-plot__swatch" viewBox="0 0 24 8" aria-hidden="true">
            <line className="activation-plot__dg" x1={0} x2={24} y1={4} y2={4} />
          </svg>
          {s.legendDg}
        </li>
        {geometry.bands.length > 0 && (
          <li>
            <span
              className="activation-plot__swatch activation-plot__swatch--band"
              aria-hidden="true"
            />
            {s.legendBand({ kind, value: legendValue })}
          </li>
        )}
      </ul>

      <dl className="activation-plot__readouts">
        <div>
          <dt>{s.readoutZ}</dt>
          <dd data-testid="readout-z" data-value={z}>
            {formatFixed(z, 2)}
          </dd>
        </div>
        <div>
          <dt>g(z)</dt>
          <dd data-testid="readout-g" data-value={gz}>
            {formatFixed(gz)}
          </dd>
        </div>
        <div>
          <dt>g′(z)</dt>
          <dd data-testid="readout-dg" data-value={dgz}>
            {formatFixed(dgz)}
          </dd>
        </div>
      </dl>

      <details className="activation-plot__table">
        <summary>{s.tableSummary}</summary>
        <table>
          <caption>{s.tableCaption({ name: title })}</caption>
          <thead>
            <tr>
              <th scope="col">z</th>
              <th scope="col">g(z)</th>
              <th scope="col">g′(z)</th>
            </tr>
          </thead>
          <tbody>
            {tableZ.map((t, i) => (
              <tr
                key={i}
                className={i === TABLE_Z.length ? 'activation-plot__row--current' : undefined}
              >
                <th scope="row">
                  {formatShort(t, 2)}
                  {i === TABLE_Z.length && ` ${s.tableCurrent}`}
                </th>
                <td>{formatFixed(g(t))}</td>
                <td>{formatFixed(dg(t))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
