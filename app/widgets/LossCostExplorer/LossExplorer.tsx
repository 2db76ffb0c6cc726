import { useId, useMemo, useState } from 'react';
import { crossEntropyLoss } from '../../../src/math/losses.ts';
import { LinkNotice } from '../../components/LinkNotice.tsx';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import {
  formatFixed,
  LOSS_TOP,
  lossCurves,
  makeScales,
  MARGIN,
  pathOf,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  YHAT_SAMPLES,
} from './draw-loss-cost.ts';
import { lossSchema } from './settings.ts';
import { strings } from './strings.ts';
import './LossCostExplorer.css';

const SCALES = makeScales([0, 1], [0, LOSS_TOP]);

/** Lesson 3's loss explorer: -log ŷ and -log(1 - ŷ) with a ŷ slider (`?yhat=`). */
export function LossExplorer() {
  const s = useStrings(strings);
  const captionId = useId();
  const [values, update, invalid, isLocked] = useUrlSettings(lossSchema);
  const [draft, setDraft] = useState<number | null>(null);
  const yhat = draft ?? values.yhat;
  const curves = useMemo(() => {
    const { one, zero } = lossCurves();
    return { one: pathOf(YHAT_SAMPLES, one, SCALES), zero: pathOf(YHAT_SAMPLES, zero, SCALES) };
  }, []);
  const one = crossEntropyLoss(yhat, 1);
  const zero = crossEntropyLoss(yhat, 0);
  const [yBottom, yTop] = SCALES.y.range() as [number, number];
  const x = SCALES.x(yhat);

  return (
    <section className="widget lc" data-testid="loss-explorer" aria-labelledby={`${captionId}-t`}>
      <h3 id={`${captionId}-t`} className="widget__title">
        {s.lossTitle}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="lc__intro">{s.lossIntro}</p>
      <label className="lc__slider">
        <span>{s.yhatLabel}</span>
        <LockBadge locked={isLocked('yhat')} />
        <input
          type="range"
          min={0.01}
          max={0.99}
          step={0.01}
          value={yhat}
          data-testid="yhat-slider"
          aria-valuetext={`ŷ = ${formatFixed(yhat, 2)}`}
          {...lockedControl(isLocked('yhat'))}
          onChange={(event) => {
            const next = Number(event.currentTarget.value);
            setDraft(next);
            update({ yhat: next });
          }}
          onBlur={() => setDraft(null)}
        />
        <output className="lc__value">{formatFixed(yhat, 2)}</output>
      </label>
      <figure className="lc__figure">
        <svg
          className="lc__svg"
          viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
          role="img"
          aria-labelledby={captionId}
        >
          <Axes ticksX={SCALES.x.ticks(5)} ticksY={SCALES.y.ticks(5)} xLabel="ŷ" yLabel="L" />
          <path className="lc__curve lc__curve--one" d={curves.one} data-testid="loss-curve-one" />
          <path
            className="lc__curve lc__curve--zero"
            d={curves.zero}
            data-testid="loss-curve-zero"
          />
          <line className="lc__marker" x1={x} x2={x} y1={yTop} y2={yBottom} />
          <circle
            className="lc__dot lc__dot--one"
            cx={x}
            cy={SCALES.y(Math.min(one, LOSS_TOP))}
            r={5}
          />
          <rect
            className="lc__dot lc__dot--zero"
            x={x - 4.5}
            y={SCALES.y(Math.min(zero, LOSS_TOP)) - 4.5}
            width={9}
            height={9}
          />
        </svg>
        <figcaption id={captionId} className="lc__caption">
          {s.lossCaption({
            yhat: formatFixed(yhat, 2),
            one: formatFixed(one),
            zero: formatFixed(zero),
          })}
        </figcaption>
      </figure>
      <ul className="lc__legend" aria-hidden="true">
        <li>
          <svg className="lc__swatch" viewBox="0 0 24 8">
            <line className="lc__curve lc__curve--one" x1={0} x2={24} y1={4} y2={4} />
          </svg>
          {s.legendOne}
        </li>
        <li>
          <svg className="lc__swatch" viewBox="0 0 24 8">
            <line className="lc__curve lc__curve--zero" x1={0} x2={24} y1={4} y2={4} />
          </svg>
          {s.legendZero}
        </li>
      </ul>
      <dl className="lc__readouts">
        <div>
          <dt>{s.readoutOne}</dt>
          <dd data-testid="loss-one" data-value={one}>
            {formatFixed(one)}
          </dd>
        </div>
        <div>
          <dt>{s.readoutZero}</dt>
          <dd data-testid="loss-zero" data-value={zero}>
            {formatFixed(zero)}
          </dd>
        </div>
      </dl>
    </section>
  );
}

interface AxesProps {
  ticksX: number[];
  ticksY: number[];
  xLabel: string;
  yLabel: string;
  scales?: typeof SCALES;
  format?: (t: number) => string;
}

/** Grid, axes and tick labels of one plot (shared with the cost curves). */
export function Axes({
  ticksX,
  ticksY,
  xLabel,
  yLabel,
  scales = SCALES,
  format = String,
}: AxesProps) {
  const [yBottom, yTop] = scales.y.range() as [number, number];
  const [xLeft, xRight] = scales.x.range() as [number, number];
  return (
    <g aria-hidden="true">
      {ticksY.map((t) => (
        <g key={`y${t}`}>
          <line className="lc__grid" x1={xLeft} x2={xRight} y1={scales.y(t)} y2={scales.y(t)} />
          <text
            className="lc__tick"
            x={xLeft - 5}
            y={scales.y(t)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {format(t)}
          </text>
        </g>
      ))}
      {ticksX.map((t) => (
        <g key={`x${t}`}>
          <line className="lc__grid" x1={scales.x(t)} x2={scales.x(t)} y1={yTop} y2={yBottom} />
          <text className="lc__tick" x={scales.x(t)} y={yBottom + 14} textAnchor="middle">
            {format(t)}
          </text>
        </g>
      ))}
      <line className="lc__axis" x1={xLeft} x2={xRight} y1={yBottom} y2={yBottom} />
      <line className="lc__axis" x1={xLeft} x2={xLeft} y1={yTop} y2={yBottom} />
      <text className="lc__axis-label" x={xRight} y={VIEW_HEIGHT - 3} textAnchor="end">
        {xLabel}
      </text>
      <text className="lc__axis-label" x={4} y={MARGIN.top + 4}>
        {yLabel}
      </text>
    </g>
  );
}
