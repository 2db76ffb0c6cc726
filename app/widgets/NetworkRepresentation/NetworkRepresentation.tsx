import { useId, useState } from 'react';
import { matrix, type Matrix } from '../../../src/math/matrix.ts';
import { Equation } from '../../components/Equation.tsx';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { formatEntry } from '../NetworkMatrixGrid/grid-navigation.ts';
import { MatrixGrid, type GridPosition } from '../NetworkMatrixGrid/MatrixGrid.tsx';
import { column, row, useTwoLayerNetwork } from '../NetworkMatrixGrid/useTwoLayerNetwork.ts';
import { clampSelection, type NodeSelection } from './draw-network.ts';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { EXAMPLES, representationSchema, SEED } from './settings.ts';
import { strings } from './strings.ts';
import { unitEquationTex, unitEquationText, type UnitNumbers } from './unit-equation.ts';
import './NetworkRepresentation.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n: number) => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');

/** Column j of M as its own (rows, 1) matrix: a copy, no arithmetic. */
function columnMatrix(M: Matrix, j: number): Matrix {
  return matrix(M.rows, 1, column(M, j));
}

/**
 * Lesson 11's widget: the diagram of a [n_x, n[1], 1] network beside W[1], x, b[1], z[1],
 * a[1], W[2], b[2], z[2], a[2] for one example, all from the worker's forward pass.
 * Selecting a node (hover, focus, arrow keys) highlights its row, column and equation.
 */
export function NetworkRepresentation() {
  const s = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(representationSchema);
  const [picked, setSelected] = useState<NodeSelection>({ layer: 1, unit: 0 });
  // The sizes shown are kept here and written to the URL whole, so two quick changes in a row
  // both survive even while the URL write of the first is still on its way.
  const [sizesShown, setSizesShown] = useState(() => ({
    nx: settings.nx,
    n1: settings.n1,
    ex: settings.ex,
  }));
  const { nx, n1, ex } = sizesShown;
  const { data, error } = useTwoLayerNetwork({
    nx,
    hidden: n1,
    m: EXAMPLES,
    seed: SEED,
  });

  const sizes = [nx, n1, 1];
  const selected = clampSelection(picked, sizes);
  const ready = data && data.layerSizes[0] === nx && data.layerSizes[1] === n1 ? data : null;
  const j = ex - 1;

  const select = (layer: number, unit: number) => setSelected({ layer, unit });

  let body = null;
  if (ready) {
    const [W1, W2] = ready.W as [Matrix, Matrix];
    const [b1, b2] = ready.b as [Matrix, Matrix];
    const x = columnMatrix(ready.X, j);
    const z1 = columnMatrix(ready.Z[0]!, j);
    const a1 = columnMatrix(ready.A[0]!, j);
    const z2 = columnMatrix(ready.Z[1]!, j);
    const a2 = columnMatrix(ready.A[1]!, j);
    const values = [column(x, 0), column(a1, 0), column(a2, 0)];

    let numbers: UnitNumbers | null = null;
    if (selected.layer === 1) {
      const i = selected.unit;
      numbers = {
        w: row(W1, i),
        inputs: column(x, 0),
        b: b1.data[i]!,
        z: z1.data[i]!,
        a: a1.data[i]!,
      };
    } else if (selected.layer === 2) {
      numbers = {
        w: row(W2, 0),
        inputs: column(a1, 0),
        b: b2.data[0]!,
        z: z2.data[0]!,
        a: a2.data[0]!,
      };
    }
    const layer = selected.layer as 1 | 2;

    const hidden = selected.layer === 1;
    const output = selected.layer === 2;
    const input = selected.layer === 0;
    const u = selected.unit;
    const onHidden = (at: GridPosition) => select(1, at.i);
    const onOutput = () => select(2, 0);
    const describe = (name: string) => (i: number, c: number, v: string) =>
      s.cellLabel({ matrix: name, i, j: c, value: v });

    body = (
      <>
        <div className="netrep__top">
          <NetworkDiagram
            sizes={sizes}
            selected={selected}
            onSelect={setSelected}
            label={s.diagramLabel({ nx, n1 })}
            layerTitles={s.layerTitles}
            nodeLabel={(l, unit, isSelected) =>
              s.nodeLabel({
                layer: l,
                unit,
                value: formatEntry(values[l]![unit]!, 3),
                selected: isSelected,
              })
            }
          />
          <div className="netrep__equation" aria-labelledby={`${id}-eq`} role="group">
            <h4 id={`${id}-eq`} className="netrep__subtitle">
              {s.equationTitle}
            </h4>
            {numbers ? (
              <Equation tex={unitEquationTex(layer, u, numbers)} />
            ) : (
              <p>{s.inputSelected({ k: u + 1, value: formatEntry(x.data[u]!), n1 })}</p>
            )}
            <p
              className="visually-hidden"
              aria-live="polite"
              data-testid="unit-equation"
              data-layer={selected.layer}
              data-unit={u}
              data-z={numbers ? numbers.z : ''}
              data-a={numbers ? numbers.a : ''}
            >
              {numbers
                ? unitEquationText(layer, u, numbers)
                : s.inputSelected({ k: u + 1, value: formatEntry(x.data[u]!), n1 })}
            </p>
          </div>
        </div>
        <h4 className="netrep__subtitle">{s.matricesTitle}</h4>
        <div className="netrep__row" aria-label="z[1] = W[1] x + b[1], a[1] = σ(z[1])" role="group">
          <MatrixGrid
            id="W1"
            name="W[1]"
            tex="W^{[1]}"
            matrix={W1}
            note={s.notes.W1}
            rowHeaders={Array.from({ length: n1 }, (_, i) => `w${sub(i + 1)}ᵀ`)}
            columnHeaders={Array.from({ length: nx }, (_, k) => `x${sub(k + 1)}`)}
            isHighlighted={(i, c) => (hidden && i === u) || (input && c === u)}
            onPoint={(at) => (at.i === -1 ? select(0, at.j) : select(1, at.i))}
            describeCell={describe('W[1]')}
          />
          <span className="nmg-term">
            <span className="netrep__op" aria-hidden="true">
              ·
            </span>
            <MatrixGrid
              id="x"
              name="x"
              tex={`x = x^{(${ex})}`}
              matrix={x}
              note={s.notes.x}
              isHighlighted={(i) => hidden || (input && i === u)}
              onPoint={(at) => select(0, at.i)}
              describeCell={describe('x')}
            />
          </span>
          <span className="nmg-term">
            <span className="netrep__op" aria-hidden="true">
              +
            </span>
            <MatrixGrid
              id="b1"
              name="b[1]"
              tex="b^{[1]}"
              matrix={b1}
              note={s.notes.b1}
              isHighlighted={(i) => hidden && i === u}
              onPoint={onHidden}
              describeCell={describe('b[1]')}
            />
          </span>
          <span className="nmg-term">
            <span className="netrep__op" aria-hidden="true">
              =
            </span>
            <MatrixGrid
              id="z1"
              name="z[1]"
              tex="z^{[1]}"
              matrix={z1}
              note={s.notes.z1}
              digits={3}
              isHighlighted={(i) => hidden && i === u}
              onPoint={onHidden}
              describeCell={describe('z[1]')}
            />
          </span>
          <span className="nmg-term">
            <span className="netrep__op" aria-hidden="true">
              →
            </span>
            <MatrixGrid
              id="a1"
              name="a[1]"
              tex="a^{[1]}"
              matrix={a1}
              note={s.notes.a1}
              digits={3}
              isHighlighted={(i) => (hidden && i === u) || output}
              onPoint={onHidden}
              describeCell={describe('a[1]')}
            />
          </span>
        </div>
        <div
          className="netrep__row"
          aria-label="z[2] = W[2] a[1] + b[2], a[2] = σ(z[2])"
          role="group"
        >
          <MatrixGrid
            id="W2"
            name="W[2]"
            tex="W^{[2]}"
            matrix={W2}
            note={s.notes.W2}
            isHighlighted={(_, c) => output || (hidden && c === u)}
            onPoint={onOutput}
            describeCell={describe('W[2]')}
          />
          <span className="nmg-term">
            <span className="netrep__op" aria-hidden="true">
              · a<sup>[1]</sup> +
            </span>
            <MatrixGrid
              id="b2"
              name="b[2]"
              tex="b^{[2]}"
              matrix={b2}
              isHighlighted={() => output}
              onPoint={onOutput}
              describeCell={describe('b[2]')}
            />
          </span>
          <span className="nmg-term">
            <span className="netrep__op" aria-hidden="true">
              =
            </span>
            <MatrixGrid
              id="z2"
              name="z[2]"
              tex="z^{[2]}"
              matrix={z2}
              digits={3}
              isHighlighted={() => output}
              onPoint={onOutput}
              describeCell={describe('z[2]')}
            />
          </span>
          <span className="nmg-term">
            <span className="netrep__op" aria-hidden="true">
              →
            </span>
            <MatrixGrid
              id="a2"
              name="a[2]"
              tex="a^{[2]} = \hat{y}"
              matrix={a2}
              digits={3}
              isHighlighted={() => output}
              onPoint={onOutput}
              describeCell={describe('a[2]')}
            />
          </span>
        </div>
        <p className="netrep__note">{s.trainedNote({ steps: ready.steps })}</p>
      </>
    );
  }

  const sizeSelect = (field: 'nx' | 'n1' | 'ex', label: string, max: number) => (
    <label className="netrep__control">
      <span>{label}</span>
      <LockBadge locked={isLocked(field)} />
      <select
        value={sizesShown[field]}
        data-testid={`select-${field}`}
        {...lockedControl(isLocked(field))}
        onChange={(event) => {
          const next = { ...sizesShown, [field]: Number(event.currentTarget.value) };
          setSizesShown(next);
          update(next);
        }}
      >
        {Array.from({ length: max }, (_, k) => (
          <option key={k} value={k + 1}>
            {k + 1}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section
      className="widget netrep"
      aria-labelledby={`${id}-title`}
      data-testid="network-representation"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="netrep__intro">{s.intro}</p>
      <div className="netrep__controls">
        {sizeSelect('nx', s.inputsLabel, representationSchema.nx.max)}
        {sizeSelect('n1', s.hiddenLabel, representationSchema.n1.max)}
        {sizeSelect('ex', s.exampleLabel, EXAMPLES)}
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {s.failed({ message: error })}
        </p>
      )}
      {body ?? (!error && <p role="status">{s.loading}</p>)}
    </section>
  );
}
