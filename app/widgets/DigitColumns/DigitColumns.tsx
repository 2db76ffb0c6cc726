import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { type MnistExamplesOutput, useComputation } from '../../engine/index.ts';
import { Equation } from '../../components/Equation.tsx';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { DigitCanvas } from '../MnistDigit/DigitCanvas.tsx';
import { MnistLoading } from '../MnistDigit/MnistLoading.tsx';
import { putPixels, SIDE, themeInk } from '../MnistDigit/draw-digit.ts';
import { useThemeVersion } from '../MnistDigit/useThemeVersion.ts';
import { matrixPixels } from './draw-columns.ts';
import { chosenOf, labelsFor, rowEntries, toggled } from './selection.ts';
import { CANDIDATES, columnsSchema, TRAIN_IMAGES } from './settings.ts';
import { strings } from './strings.ts';
import './DigitColumns.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

type Examples = MnistExamplesOutput;

/**
 * Lesson 1: the student picks real MNIST training images; each becomes a column x^(i) of
 * X (784, m), its label y^(i) (is it the target digit?) an entry of Y (1, m).
 */
export function DigitColumns() {
  const text = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(columnsSchema);
  const { start, pick, target, row } = settings;
  const indices = Array.from({ length: CANDIDATES }, (_, j) => start + j);
  // The candidates come from the worker, which loads MNIST once and keeps it.
  const {
    data: examples,
    error,
    retry,
  } = useComputation('mnist-examples', { split: 'train', indices });
  const [traceChoice, setTraceChoice] = useState(0);

  const ready = examples !== null && examples.indices[0] === start;
  const chosen = chosenOf(pick, CANDIDATES);
  const m = chosen.length;
  const nx = examples?.X.rows ?? 0;
  const Y = ready ? labelsFor(examples.digits, chosen, target) : [];
  const trace = Math.min(traceChoice, Math.max(0, m - 1));
  const [first, last] = rowEntries(row, SIDE);

  return (
    <section
      className="widget digit-columns"
      aria-labelledby={`${id}-title`}
      data-testid="digit-columns"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <LinkNotice invalid={invalid} message={text.badLink} />
      <p className="digit-columns__intro">{text.intro}</p>
      {!ready ? (
        <MnistLoading error={error?.message ?? null} onRetry={retry} />
      ) : (
        <>
          <div className="digit-columns__toolbar">
            <span data-testid="candidate-range">
              {text.showing({ first: start, last: start + CANDIDATES - 1 })}
            </span>
            <LockBadge locked={isLocked('start')} />
            <button
              type="button"
              disabled={start === 0}
              {...lockedControl(isLocked('start'))}
              onClick={() => update({ start: Math.max(0, start - CANDIDATES) })}
            >
              {text.previousImages}
            </button>
            <button
              type="button"
              data-testid="next-images"
              {...lockedControl(isLocked('start'))}
              onClick={() =>
                update({ start: (start + CANDIDATES) % (TRAIN_IMAGES - CANDIDATES + 1) })
              }
            >
              {text.nextImages}
            </button>
            <LockBadge locked={isLocked('pick')} />
            <button
              type="button"
              {...lockedControl(isLocked('pick'))}
              onClick={() => update({ pick: 2 ** CANDIDATES - 1 })}
            >
              {text.all}
            </button>
            <button
              type="button"
              data-testid="clear"
              {...lockedControl(isLocked('pick'))}
              onClick={() => update({ pick: 0 })}
            >
              {text.clear}
            </button>
            <label className="digit-columns__target">
              {text.target} <LockBadge locked={isLocked('target')} />{' '}
              <select
                value={target}
                data-testid="target-digit"
                {...lockedControl(isLocked('target'))}
                onChange={(event) => update({ target: Number(event.target.value) })}
              >
                {Array.from({ length: 10 }, (_, d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="digit-columns__picker" role="group" aria-label={text.pickerLabel}>
            {Array.from({ length: CANDIDATES }, (_, j) => {
              const isChosen = chosen.includes(j);
              const digit = examples.digits[j]!;
              return (
                <button
                  key={j}
                  type="button"
                  className="digit-columns__candidate"
                  aria-pressed={isChosen}
                  aria-label={text.candidate({ index: start + j, digit, chosen: isChosen })}
                  data-testid={`candidate-${j}`}
                  data-digit={digit}
                  {...lockedControl(isLocked('pick'))}
                  onClick={() => update({ pick: toggled(pick, j) })}
                >
                  <DigitCanvas X={examples.X} column={j} />
                  <span className="digit-columns__caption" aria-hidden="true">
                    {isChosen ? `x⁽${chosen.indexOf(j) + 1}⁾` : `#${start + j}`}
                  </span>
                </button>
              );
            })}
          </div>
          <div className="digit-columns__readouts" data-testid="shapes" data-m={m}>
            <div className="digit-columns__equations">
              <Equation
                tex={`X = \\big[\\,x^{(1)}\\ \\cdots\\ x^{(m)}\\,\\big] \\in \\mathbb{R}^{${nx} \\times ${m}}`}
              />
              <Equation tex={`Y = [${Y.join('\\ ') || '\\;'}] \\in \\mathbb{R}^{1 \\times ${m}}`} />
            </div>
            <p className="digit-columns__shape-line">
              <code data-testid="x-shape">
                X.shape = ({nx}, {m})
              </code>
              <code data-testid="y-shape">Y.shape = (1, {m})</code>
              <code data-testid="y-vector">Y = [{Y.join(', ')}]</code>
            </p>
          </div>
          {m === 0 ? (
            <p className="notice" data-testid="empty-x">
              {text.empty}
            </p>
          ) : (
            <ColumnsView
              examples={examples}
              chosen={chosen}
              Y={Y}
              row={row}
              rowLocked={isLocked('row')}
              trace={trace}
              onRow={(value) => update({ row: value })}
              onTrace={setTraceChoice}
              first={first}
              last={last}
            />
          )}
        </>
      )}
    </section>
  );
}

interface ColumnsViewProps {
  examples: Examples;
  chosen: number[];
  Y: number[];
  row: number;
  /** An instructor's link set the row: shown, marked, not changeable. */
  rowLocked: boolean;
  trace: number;
  first: number;
  last: number;
  onRow(row: number): void;
  onTrace(column: number): void;
}

/** The traced image with its row highlighted beside X drawn as a matrix, and Y under it. */
function ColumnsView({
  examples,
  chosen,
  Y,
  row,
  rowLocked,
  trace,
  first,
  last,
  onRow,
  onTrace,
}: ColumnsViewProps) {
  const text = useStrings(strings);
  const id = useId();
  const strip = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  const { X, digits, indices } = examples;
  const m = chosen.length;
  const key = chosen.join(',');

  useEffect(() => {
    if (!strip.current) return;
    const { ink, paper } = themeInk(strip.current);
    // `key` stands for the chosen columns: the same choice does not paint again.
    const columns = key ? key.split(',').map(Number) : [];
    putPixels(strip.current, matrixPixels(X, columns, ink, paper), columns.length, X.rows);
  }, [X, key, theme]);

  const traced = chosen[trace]!;
  const values = useMemo(
    () => Array.from({ length: SIDE }, (_, c) => X.data[((row - 1) * SIDE + c) * X.cols + traced]!),
    [X, row, traced],
  );
  const columnsText = chosen
    .map((j, i) => `x^(${i + 1}) = #${indices[j]} (${digits[j]}, y = ${Y[i]})`)
    .join('; ');

  return (
    <div className="digit-columns__view">
      <div className="digit-columns__trace">
        <label>
          {text.trace}{' '}
          <select
            value={trace}
            data-testid="trace-column"
            onChange={(e) => onTrace(Number(e.target.value))}
          >
            {chosen.map((j, i) => (
              <option key={j} value={i}>
                {`x(${i + 1}) · #${indices[j]}`}
              </option>
            ))}
          </select>
        </label>
        <div className="digit-columns__image">
          <DigitCanvas
            X={X}
            column={traced}
            label={text.candidate({
              index: indices[traced]!,
              digit: digits[traced]!,
              chosen: true,
            })}
          />
          <div
            className="digit-columns__row-band"
            style={{ top: `${((row - 1) / SIDE) * 100}%`, height: `${100 / SIDE}%` }}
            aria-hidden="true"
          />
        </div>
        <label htmlFor={`${id}-row`}>{text.row}</label>
        <LockBadge locked={rowLocked} />
        <input
          id={`${id}-row`}
          type="range"
          min={1}
          max={SIDE}
          value={row}
          data-testid="trace-row"
          aria-valuetext={text.rowValueText({ row, first, last })}
          {...lockedControl(rowLocked)}
          onChange={(event) => onRow(Number(event.target.value))}
        />
        <p data-testid="trace-sentence">
          {text.traceSentence({ row, column: trace + 1, first, last })}
        </p>
        <div className="digit-columns__values">
          <p className="digit-columns__values-caption">
            {text.valuesCaption({ first, last, column: trace + 1 })}
          </p>
          <p className="digit-columns__numbers" data-testid="row-values">
            {values.map((v) => v.toFixed(2)).join(' ')}
          </p>
        </div>
      </div>
      <figure className="digit-columns__matrix">
        <figcaption className="digit-columns__matrix-title">{text.matrixTitle}</figcaption>
        <div className="digit-columns__grid" style={{ ['--m' as string]: m }}>
          <div className="digit-columns__heads" aria-hidden="true">
            {chosen.map((j, i) => (
              <span key={j} className={i === trace ? 'is-traced' : undefined}>
                {i + 1}
              </span>
            ))}
          </div>
          <div className="digit-columns__strip">
            <canvas
              ref={strip}
              data-testid="x-matrix"
              data-columns={m}
              role="img"
              aria-label={text.matrixLabel({
                m,
                rows: X.rows,
                columns: columnsText,
                row,
                first,
                last,
              })}
            />
            <div
              className="digit-columns__row-band"
              style={{
                top: `${((first - 1) / X.rows) * 100}%`,
                height: `${(SIDE / X.rows) * 100}%`,
              }}
              aria-hidden="true"
            />
            <div
              className="digit-columns__column-outline"
              style={{ left: `${(trace / m) * 100}%`, width: `${100 / m}%` }}
              aria-hidden="true"
            />
          </div>
          <div className="digit-columns__y" data-testid="y-row" aria-hidden="true">
            {Y.map((y, i) => (
              <span key={i} className={y === 1 ? 'is-one' : undefined}>
                {y}
              </span>
            ))}
          </div>
        </div>
        <div className="digit-columns__axis" aria-hidden="true">
          <span>x₁</span>
          <span>x₃₉₂</span>
          <span>x₇₈₄</span>
        </div>
      </figure>
    </div>
  );
}
