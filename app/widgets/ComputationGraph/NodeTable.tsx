import type { NudgeCheck } from '../../../src/nn/scalar-graph.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { formatFixed, formatNumber } from './graph-layout.ts';
import { strings } from './strings.ts';
import type { GraphSpec } from './types.ts';

interface NodeTableProps {
  spec: GraphSpec;
  values: Record<string, number>;
  grad: Record<string, number>;
  valueShown: (id: string) => boolean;
  gradShown: (id: string) => boolean;
  checks: Record<string, NudgeCheck | undefined>;
  onToggleCheck: (id: string) => void;
  nudge: number;
}

/**
 * The graph as a table (its text alternative), with a nudge button per node: the output
 * before and after moving that node by h, and the ratio to compare with the derivative.
 */
export function NodeTable(props: NodeTableProps) {
  const { spec, values, grad, valueShown, gradShown, checks, onToggleCheck, nudge } = props;
  const s = useStrings(strings);
  const output = spec.graph.output;
  const hidden = <span aria-label={s.hiddenLong}>{s.hidden}</span>;
  return (
    <div className="graph-table">
      <table>
        <caption>{s.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colNode}</th>
            <th scope="col">{s.colComputed}</th>
            <th scope="col">{s.colValue}</th>
            <th scope="col">{s.colGrad({ output })}</th>
            <th scope="col">{s.colNudge}</th>
          </tr>
        </thead>
        <tbody>
          {spec.graph.nodes.map((node) => {
            const info = spec.nodes[node.id]!;
            const kind = node.op.kind;
            const check = checks[node.id];
            const showValue = valueShown(node.id);
            const showGrad = kind !== 'constant' && gradShown(node.id);
            return (
              <tr key={node.id} data-node={node.id}>
                <th scope="row">{info.short}</th>
                <td>{kind === 'input' ? s.given : kind === 'constant' ? s.label : info.formula}</td>
                <td
                  data-testid={`value-${node.id}`}
                  data-value={showValue ? values[node.id] : undefined}
                >
                  {showValue ? formatNumber(values[node.id]!, 4) : hidden}
                </td>
                <td
                  data-testid={`grad-${node.id}`}
                  data-value={showGrad ? grad[node.id] : undefined}
                >
                  {kind === 'constant'
                    ? s.notDifferentiated
                    : showGrad
                      ? formatNumber(grad[node.id]!, 4)
                      : hidden}
                </td>
                <td>
                  {kind !== 'constant' && (
                    <div className="graph-table__check">
                      <button
                        type="button"
                        aria-pressed={check !== undefined}
                        data-testid={`nudge-${node.id}`}
                        onClick={() => onToggleCheck(node.id)}
                      >
                        {s.nudgeButton({ node: info.short, h: formatNumber(nudge) })}
                      </button>
                      {check && (
                        <output data-testid={`check-${node.id}`} data-value={check.ratio}>
                          {Number.isFinite(check.ratio)
                            ? s.nudgeResult({
                                output,
                                before: formatNumber(check.before, 6),
                                after: formatNumber(check.after, 6),
                                h: formatNumber(nudge),
                                ratio: formatFixed(check.ratio),
                              })
                            : s.nudgeUndefined}
                        </output>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
