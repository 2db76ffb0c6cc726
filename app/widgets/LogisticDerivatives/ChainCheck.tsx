import {
  logisticDerivatives,
  logisticGiven,
  logisticRegressionGraph,
  type LogisticExample,
} from '../../../src/nn/scalar-graph-examples.ts';
import { evaluate } from '../../../src/nn/scalar-graph.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { formatNumber } from '../ComputationGraph/graph-layout.ts';
import { strings } from './strings.ts';

/** Shows significant digits for tiny differences (1e-17 is not "0.000"). */
function formatSmall(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  return Math.abs(x) < 1e-4 ? x.toExponential(2) : formatNumber(x, 6);
}

/**
 * dz two ways: the chain rule da × a(1 - a) against the notes' a - y, and every formula of
 * the notes (dw1 = x1 dz ...) against the graph's backward pass.
 */
export function ChainCheck({ example }: { example: LogisticExample }) {
  const s = useStrings(strings);
  const notes = logisticDerivatives(example);
  const { grad } = evaluate(logisticRegressionGraph, logisticGiven(example));
  const local = notes.a * (1 - notes.a);
  const saturated = local === 0 || Math.abs(notes.dzChain - notes.dz) > 1e-9;
  const chainRows = [
    { key: 'da', label: s.chainDa, value: notes.da },
    { key: 'local', label: s.chainLocal, value: local },
    { key: 'product', label: s.chainProduct, value: notes.dzChain },
    { key: 'direct', label: s.chainDirect, value: notes.dz },
    { key: 'difference', label: s.chainDifference, value: notes.dzChain - notes.dz },
  ] as const;
  const formulaRows = [
    { key: 'da', tex: '−y/a + (1 − y)/(1 − a)', notes: notes.da, graph: grad.a! },
    { key: 'dz', tex: 'a − y', notes: notes.dz, graph: grad.z! },
    { key: 'dw1', tex: 'x₁ · dz', notes: notes.dw1, graph: grad.w1! },
    { key: 'dw2', tex: 'x₂ · dz', notes: notes.dw2, graph: grad.w2! },
    { key: 'db', tex: 'dz', notes: notes.db, graph: grad.b! },
  ] as const;

  return (
    <div className="logistic-panels__panel" data-testid="chain-check">
      <h4>{s.chainTitle}</h4>
      <p>{s.chainIntro}</p>
      <dl className="logistic-chain">
        {chainRows.map((row) => (
          <div key={row.key} className={`logistic-chain__row logistic-chain__row--${row.key}`}>
            <dt>{row.label}</dt>
            <dd data-testid={`chain-${row.key}`} data-value={row.value}>
              {row.key === 'difference' ? formatSmall(row.value) : formatNumber(row.value, 6)}
            </dd>
          </div>
        ))}
      </dl>
      {saturated && (
        <p className="notice" role="status">
          {s.chainSaturated}
        </p>
      )}
      <table className="logistic-formulas">
        <caption>{s.formulasTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{s.formulaCol}</th>
            <th scope="col">{s.notesCol}</th>
            <th scope="col">{s.graphCol}</th>
          </tr>
        </thead>
        <tbody>
          {formulaRows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.key}</th>
              <td>
                {row.tex} ={' '}
                <span data-testid={`formula-${row.key}`}>{formatNumber(row.notes, 6)}</span>
              </td>
              <td data-testid={`graph-${row.key}`} data-value={row.graph}>
                {formatNumber(row.graph, 6)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
