import { useId, useMemo } from 'react';
import { numpyShapeText } from '../../../src/math/broadcast-rule.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import {
  explore,
  OPS,
  SHAPE_KINDS,
  shapeLabel,
  stretched,
  type ShapeKind,
} from './broadcast-view.ts';
import { BroadcastGrid } from './BroadcastGrid.tsx';
import { broadcastSchema } from './settings.ts';
import { strings } from './strings.ts';
import './BroadcastExplorer.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

/** Lesson 9: what numpy does with two shapes, axis by axis, and the copies it pretends to make. */
export function BroadcastExplorer() {
  const s = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(broadcastSchema);
  const left = settings.left as ShapeKind;
  const right = settings.right as ShapeKind;
  const op = settings.op as (typeof OPS)[number];
  const { n, m } = settings;
  const { A, B, report, result } = useMemo(
    () => explore(left, right, op, n, m),
    [left, right, op, n, m],
  );
  const asGiven = (G: typeof A) => stretched(G, G.rows, G.cols);
  const shapeA = numpyShapeText([A.rows, A.cols]);
  const shapeB = numpyShapeText([B.rows, B.cols]);
  const resultShape = report.shape ? numpyShapeText(report.shape) : '';

  const shapeSelect = (field: 'left' | 'right', label: string) => (
    <label className="broadcast__field" htmlFor={`${id}-${field}`}>
      <span>{label}</span>
      <LockBadge locked={isLocked(field)} />
      <select
        id={`${id}-${field}`}
        value={settings[field]}
        data-testid={`broadcast-${field}`}
        {...lockedControl(isLocked(field))}
        onChange={(event) => update({ [field]: event.target.value })}
      >
        {SHAPE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {shapeLabel(kind)}
          </option>
        ))}
      </select>
    </label>
  );
  const sizeInput = (field: 'n' | 'm', label: string) => {
    const spec = broadcastSchema[field];
    return (
      <label className="broadcast__field" htmlFor={`${id}-${field}`}>
        <span>{label}</span>
        <LockBadge locked={isLocked(field)} />
        <input
          id={`${id}-${field}`}
          type="number"
          min={spec.min}
          max={spec.max}
          step={1}
          value={settings[field]}
          data-testid={`broadcast-${field}`}
          {...lockedControl(isLocked(field))}
          onChange={(event) => {
            const next = Number(event.target.value);
            if (
              event.target.value !== '' &&
              Number.isInteger(next) &&
              next >= spec.min &&
              next <= spec.max
            )
              update({ [field]: next });
          }}
        />
      </label>
    );
  };

  return (
    <section
      className="widget broadcast"
      aria-labelledby={`${id}-title`}
      data-testid="broadcast-explorer"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="broadcast__intro">{s.intro}</p>
      <div className="broadcast__controls">
        {shapeSelect('left', s.left)}
        <label className="broadcast__field" htmlFor={`${id}-op`}>
          <span>{s.op}</span>
          <LockBadge locked={isLocked('op')} />
          <select
            id={`${id}-op`}
            value={op}
            data-testid="broadcast-op"
            {...lockedControl(isLocked('op'))}
            onChange={(event) => update({ op: event.target.value })}
          >
            {OPS.map((o) => (
              <option key={o} value={o}>
                {s.opNames[o]}
              </option>
            ))}
          </select>
        </label>
        {shapeSelect('right', s.right)}
        {sizeInput('n', s.sizeN)}
        {sizeInput('m', s.sizeM)}
      </div>

      <p
        className={
          report.ok ? 'broadcast__verdict' : 'broadcast__verdict broadcast__verdict--error'
        }
        role="status"
        data-testid="broadcast-result"
        data-ok={String(report.ok)}
        data-shape={resultShape}
      >
        <code>
          A{shapeA} {op} B{shapeB}
        </code>{' '}
        →{' '}
        {report.ok ? (
          <strong>{s.resultShape({ shape: resultShape })}</strong>
        ) : (
          <>
            <strong>{s.errorTitle}: </strong>
            <code data-testid="broadcast-error">ValueError: {report.message}</code>
          </>
        )}
      </p>

      <div className="broadcast__rule">
        <strong>{s.ruleTitle}.</strong> {s.rule}
        <ul data-testid="broadcast-axes">
          {report.axes.map((axis, k) => (
            <li key={k} className={axis.result === null ? 'is-clash' : undefined}>
              {axis.result === null ? '✗ ' : '✓ '}
              {axis.result === null
                ? s.axisClash({ axis: k, a: axis.a, b: axis.b })
                : axis.stretched === null
                  ? s.axisOk({ axis: k, a: axis.a, b: axis.b, result: axis.result })
                  : s.axisStretch({
                      axis: k,
                      who: axis.stretched === 'a' ? 'A' : 'B',
                      from: axis.stretched === 'a' ? axis.a : axis.b,
                      to: axis.result,
                    })}
            </li>
          ))}
        </ul>
      </div>

      <h4 className="broadcast__heading">{s.given}</h4>
      <div className="broadcast__row">
        <BroadcastGrid
          label={s.gridLabel({ name: 'A', shape: shapeA })}
          cells={asGiven(A)}
          copySuffix={s.copySuffix}
          testId="broadcast-a"
        />
        <span className="broadcast__op" aria-hidden="true">
          {op}
        </span>
        <BroadcastGrid
          label={s.gridLabel({ name: 'B', shape: shapeB })}
          cells={asGiven(B)}
          copySuffix={s.copySuffix}
          testId="broadcast-b"
        />
      </div>

      {result && report.shape && (
        <>
          <h4 className="broadcast__heading">{s.asUsed}</h4>
          <div className="broadcast__row" data-testid="broadcast-stretched">
            <BroadcastGrid
              label={s.gridLabel({ name: 'A', shape: resultShape })}
              cells={stretched(A, result.rows, result.cols)}
              copySuffix={s.copySuffix}
            />
            <span className="broadcast__op" aria-hidden="true">
              {op}
            </span>
            <BroadcastGrid
              label={s.gridLabel({ name: 'B', shape: resultShape })}
              cells={stretched(B, result.rows, result.cols)}
              copySuffix={s.copySuffix}
            />
            <span className="broadcast__op" aria-hidden="true">
              =
            </span>
            <BroadcastGrid
              label={s.gridLabel({ name: s.result, shape: resultShape })}
              cells={asGiven(result)}
              copySuffix={s.copySuffix}
              testId="broadcast-output"
            />
          </div>
          <ul className="broadcast__legend" aria-hidden="true">
            <li>
              <span className="broadcast__cell-key" /> {s.storedLegend}
            </li>
            <li>
              <span className="broadcast__cell-key broadcast__cell-key--copy" /> {s.copyLegend}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
