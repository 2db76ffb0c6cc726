import type { EditResult, LayerShapesOutput, Shape } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';

const COLUMNS = ['W', 'b', 'Z', 'A', 'dZ', 'dA', 'dW', 'db'] as const;
/** The notes' dimension rule for each column. */
const RULES: Record<(typeof COLUMNS)[number], string> = {
  W: '(n[l], n[l-1])',
  b: '(n[l], 1)',
  Z: '(n[l], m)',
  A: '(n[l], m)',
  dZ: '(n[l], m)',
  dA: '(n[l], m)',
  dW: '(n[l], n[l-1])',
  db: '(n[l], 1)',
};

const shapeText = ([r, c]: Shape) => `(${r}, ${c})`;

interface ShapeTableProps {
  output: LayerShapesOutput;
  /** the hand-typed parameter, marked in its cell */
  edit: EditResult | null;
  stale: boolean;
}

/** One row per layer, one column per matrix; every shape is one the engine produced. */
export function ShapeTable({ output, edit, stale }: ShapeTableProps) {
  const s = useStrings(strings);
  const sizes = `[${output.layerSizes.join(', ')}]`;
  return (
    <div
      className="lsb__scroll"
      tabIndex={0}
      role="region"
      aria-label={s.tableCaption({ sizes, m: output.m })}
    >
      <table className="lsb__table" data-testid="shape-table" data-stale={stale ? 'true' : 'false'}>
        <caption>{s.tableCaption({ sizes, m: output.m })}</caption>
        <thead>
          <tr>
            <th scope="col">{s.layerHeader}</th>
            <th scope="col">n[l]</th>
            <th scope="col">{s.activationHeader}</th>
            {COLUMNS.map((name) => (
              <th key={name} scope="col">
                {name}[l]
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-layer={0}>
            <th scope="row">0 · {s.inputRow}</th>
            <td>{output.layerSizes[0]}</td>
            <td>—</td>
            {COLUMNS.map((name) =>
              name === 'A' ? (
                <td key={name} data-testid="shape" data-layer={0} data-name="A">
                  {shapeText(output.X)}
                </td>
              ) : (
                <td key={name}>—</td>
              ),
            )}
          </tr>
          {output.layers.map((layer) => (
            <tr key={layer.l} data-layer={layer.l}>
              <th scope="row">{layer.l}</th>
              <td>{layer.n}</td>
              <td>{layer.activation}</td>
              {COLUMNS.map((name) => {
                const marked = edit !== null && edit.layer === layer.l && edit.param === name;
                return (
                  <td
                    key={name}
                    data-testid="shape"
                    data-layer={layer.l}
                    data-name={name}
                    data-marked={marked ? (edit.fits ? 'fits' : 'refused') : undefined}
                    className={marked ? 'lsb__cell--marked' : undefined}
                  >
                    {shapeText(layer[name])}
                    {marked && (
                      <span className="lsb__typed">
                        {edit.fits ? '✓ ' : '✗ '}
                        {s.typedMark({ got: edit.got })}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{s.ruleRow}</th>
            <td />
            <td />
            {COLUMNS.map((name) => (
              <td key={name}>{RULES[name]}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
