import { useId, useState } from 'react';
import type { Matrix } from '../../../src/math/matrix.ts';
import { Equation } from '../../components/Equation.tsx';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { formatEntry } from '../NetworkMatrixGrid/grid-navigation.ts';
import { MatrixGrid } from '../NetworkMatrixGrid/MatrixGrid.tsx';
import { column, row, useTwoLayerNetwork } from '../NetworkMatrixGrid/useTwoLayerNetwork.ts';
import { unitEquationTex } from '../NetworkRepresentation/unit-equation.ts';
import { clampFocus, focusAt, isHighlighted, type MatrixId, type VectorFocus } from './focus.ts';
import { HIDDEN, NX, SEED, vectorisedSchema } from './settings.ts';
import { strings } from './strings.ts';
import './VectorisedForward.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sub = (n: number) => [...String(n)].map((d) => SUB[Number(d)]).join('');
const sup = (n: number) => `⁽${[...String(n)].map((d) => SUP[Number(d)]).join('')}⁾`;
const list = (values: readonly number[], digits = 2) =>
  values.map((v) => formatEntry(v, digits)).join(', ');

interface Readout {
  tex: string;
  text: string;
  value: number;
}

/**
 * Lesson 12's widget: W[1] X + b[1] = Z[1], A[1] = sigma(Z[1]), then Z[2] and A[2] for m
 * examples, every number from the worker's forward pass. Pointing at a cell, a column or a row
 * highlights the entries that produce it and writes the computation out with its numbers.
 */
export function VectorisedForward() {
  const s = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(vectorisedSchema);
  const [picked, setFocus] = useState<VectorFocus>({ kind: 'cell', i: 0, j: 0 });
  const { m } = settings;
  const { data, error } = useTwoLayerNetwork({
    nx: NX,
    hidden: HIDDEN,
    m,
    seed: SEED,
  });
  const ready = data && data.X.cols === m ? data : null;
  const focus = clampFocus(picked, HIDDEN, m);

  let body = null;
  if (ready) {
    const [W1, W2] = ready.W as [Matrix, Matrix];
    const [b1, b2] = ready.b as [Matrix, Matrix];
    const { X } = ready;
    const [Z1, Z2] = ready.Z as [Matrix, Matrix];
    const [A1, A2] = ready.A as [Matrix, Matrix];

    let readout: Readout;
    if (focus.kind === 'cell') {
      const { i, j } = focus;
      const numbers = {
        w: row(W1, i),
        inputs: column(X, j),
        b: b1.data[i]!,
        z: Z1.data[i * m + j]!,
        a: A1.data[i * m + j]!,
      };
      const products = numbers.w
        .map((w, k) => `${formatEntry(w)} × ${formatEntry(numbers.inputs[k]!)}`)
        .join(' + ');
      readout = {
        tex: unitEquationTex(1, i, numbers, j + 1),
        text: s.cellText({
          i: i + 1,
          j: j + 1,
          products,
          b: formatEntry(numbers.b),
          z: formatEntry(numbers.z, 3),
          a: formatEntry(numbers.a, 3),
        }),
        value: numbers.z,
      };
    } else if (focus.kind === 'column') {
      const k = focus.j + 1;
      const yhat = A2.data[focus.j]!;
      readout = {
        tex: `x^{(${k})} \\;\\to\\; z^{[1](${k})} = W^{[1]} x^{(${k})} + b^{[1]} \\;\\to\\; a^{[1](${k})} \\;\\to\\; \\hat{y}^{(${k})} = a^{[2](${k})} = ${formatEntry(yhat, 3)}`,
        text: s.columnText({ j: k, x: list(column(X, focus.j)), yhat: formatEntry(yhat, 3) }),
        value: yhat,
      };
    } else {
      const k = focus.i + 1;
      const values = row(Z1, focus.i);
      readout = {
        tex: `z^{[1]}_{${k},:} = w^{[1]T}_{${k}} X + b^{[1]}_{${k}} = \\begin{bmatrix} ${values.map((v) => formatEntry(v, 3)).join(' & ')} \\end{bmatrix}`,
        text: s.rowText({ i: k, m, values: list(values, 3) }),
        value: values[0]!,
      };
    }

    const grid = (mid: MatrixId, name: string, tex: string, M: Matrix, extra: object = {}) => (
      <MatrixGrid
        id={mid}
        name={name}
        tex={tex}
        matrix={M}
        isHighlighted={(i, j) => isHighlighted(focus, mid, i, j)}
        onPoint={(at) => {
          const next = focusAt(mid, at.i, at.j);
          if (next) setFocus(next);
        }}
        describeCell={(i, j, v) => s.cellLabel({ matrix: name, i, j, value: v })}
        {...extra}
      />
    );
    const exampleHeaders = Array.from({ length: m }, (_, j) => `x${sup(j + 1)}`);
    const columnHeaders = Array.from({ length: m }, (_, j) => `(${j + 1})`);
    const unitHeaders = (letter: string) =>
      Array.from({ length: HIDDEN }, (_, i) => `${letter}${sub(i + 1)}`);
    const op = (symbol: string) => (
      <span className="vecfwd__op" aria-hidden="true">
        {symbol}
      </span>
    );

    body = (
      <>
        <div className="vecfwd__readout" role="group" aria-labelledby={`${id}-readout`}>
          <h4 id={`${id}-readout`} className="vecfwd__subtitle">
            {s.readoutTitle}
          </h4>
          <Equation tex={readout.tex} />
          <p
            className="visually-hidden"
            aria-live="polite"
            data-testid="vectorised-readout"
            data-kind={focus.kind}
            data-i={focus.kind === 'column' ? '' : focus.i}
            data-j={focus.kind === 'row' ? '' : focus.j}
            data-value={readout.value}
          >
            {readout.text}
          </p>
        </div>
        <div className="vecfwd__row" role="group" aria-label="Z[1] = W[1] X + b[1], A[1] = σ(Z[1])">
          {grid('W1', 'W[1]', 'W^{[1]}', W1, {
            note: s.notes.W1,
            rowHeaders: unitHeaders('w').map((h) => `${h}ᵀ`),
          })}
          <span className="nmg-term">
            {op('·')}
            {grid('X', 'X', 'X', X, {
              note: s.notes.X,
              columnHeaders: exampleHeaders,
              digits: 1,
            })}
          </span>
          <span className="nmg-term">
            {op('+')}
            {grid('b1', 'b[1]', 'b^{[1]}', b1, { note: s.notes.b1 })}
          </span>
          <span className="nmg-term">
            {op('=')}
            {grid('Z1', 'Z[1]', 'Z^{[1]}', Z1, {
              note: s.notes.Z1,
              rowHeaders: unitHeaders('z'),
              columnHeaders,
            })}
          </span>
          <span className="nmg-term">
            {op('→')}
            {grid('A1', 'A[1]', 'A^{[1]}', A1, {
              note: s.notes.A1,
              rowHeaders: unitHeaders('a'),
              columnHeaders,
            })}
          </span>
        </div>
        <div
          className="vecfwd__row"
          role="group"
          aria-label="Z[2] = W[2] A[1] + b[2], A[2] = σ(Z[2])"
        >
          {grid('W2', 'W[2]', 'W^{[2]}', W2, { note: s.notes.W2 })}
          <span className="nmg-term">
            {op('· A[1] +')}
            {grid('b2', 'b[2]', 'b^{[2]}', b2)}
          </span>
          <span className="nmg-term">
            {op('=')}
            {grid('Z2', 'Z[2]', 'Z^{[2]}', Z2, { columnHeaders })}
          </span>
          <span className="nmg-term">
            {op('→')}
            {grid('A2', 'A[2]', 'A^{[2]} = \\hat{Y}', A2, { note: s.notes.A2, columnHeaders })}
          </span>
        </div>
        <p className="vecfwd__note">{s.broadcast({ m })}</p>
        <p className="vecfwd__note">{s.trainedNote({ steps: ready.steps })}</p>
      </>
    );
  }

  return (
    <section
      className="widget vecfwd"
      aria-labelledby={`${id}-title`}
      data-testid="vectorised-forward"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="vecfwd__intro">{s.intro}</p>
      <label className="vecfwd__control">
        <span>{s.mLabel}</span>
        <LockBadge locked={isLocked('m')} />
        <select
          value={m}
          data-testid="select-m"
          {...lockedControl(isLocked('m'))}
          onChange={(event) => update({ m: Number(event.currentTarget.value) })}
        >
          {Array.from({ length: vectorisedSchema.m.max }, (_, k) => (
            <option key={k} value={k + 1}>
              {k + 1}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="notice notice--error" role="alert">
          {s.failed({ message: error })}
        </p>
      )}
      {body ?? (!error && <p role="status">{s.loading}</p>)}
    </section>
  );
}
