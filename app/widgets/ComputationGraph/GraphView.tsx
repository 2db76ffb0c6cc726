import { useId, useMemo } from 'react';
import type { NudgeCheck } from '../../../src/nn/scalar-graph.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { formatFixed, formatNumber, layoutGraph, type Orientation } from './graph-layout.ts';
import { strings } from './strings.ts';
import type { GraphSpec } from './types.ts';

/** Edges along which something just travelled, so their pulse animation plays once. */
export interface Flow {
  /** Changes with every step, so React remounts the pulses and the animation restarts. */
  key: string;
  direction: 'forward' | 'backward';
  edges: ReadonlySet<string>;
}

interface GraphViewProps {
  spec: GraphSpec;
  orientation: Orientation;
  values: Record<string, number>;
  grad: Record<string, number>;
  local: Record<string, number[]>;
  valueShown: (id: string) => boolean;
  gradShown: (id: string) => boolean;
  checks: Record<string, NudgeCheck | undefined>;
  flow: Flow | null;
  /** Text alternative: the graph's numbers as far as they are shown. */
  summary: string;
}

const LINE = { wide: 18, narrow: 15 } as const;

/** The graph as SVG: React renders the boxes and d3-shape's curves; CSS animates the pulses. */
export function GraphView(props: GraphViewProps) {
  const { spec, orientation, values, grad, local, valueShown, gradShown, checks, flow } = props;
  const s = useStrings(strings);
  const id = useId();
  const sizes = spec.sizes[orientation];
  const layout = useMemo(
    () =>
      layoutGraph(
        spec.graph,
        Object.fromEntries(Object.entries(spec.nodes).map(([k, n]) => [k, n.place])),
        sizes,
        orientation,
      ),
    [spec, sizes, orientation],
  );
  const wide = orientation === 'wide';
  const line = LINE[orientation];

  return (
    <svg
      className={`graph-view graph-view--${orientation}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      style={{ maxWidth: `${layout.width * (wide ? 1.25 : 1.15)}px` }}
      role="img"
      aria-labelledby={`${id}-desc`}
      data-testid="graph-view"
      data-orientation={orientation}
    >
      <desc id={`${id}-desc`}>{props.summary}</desc>
      <defs>
        <marker
          id={`${id}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path className="graph-view__arrow" d="M0,0L10,5L0,10Z" />
        </marker>
      </defs>
      {layout.edges.map((edge) => {
        const carriesValue = valueShown(edge.to);
        const carriesGrad = gradShown(edge.from) && gradShown(edge.to);
        const localValue = local[edge.to]?.[edge.index];
        return (
          <g key={edge.key} className="graph-edge" data-edge={edge.key}>
            <path
              className={`graph-edge__line${carriesValue ? ' graph-edge__line--active' : ''}`}
              d={edge.path}
              markerEnd={`url(#${id}-arrow)`}
            />
            {carriesGrad && (
              <path className="graph-edge__line graph-edge__line--grad" d={edge.path} />
            )}
            {flow?.edges.has(edge.key) && (
              <path
                key={flow.key}
                className={`graph-edge__pulse graph-edge__pulse--${flow.direction}`}
                d={edge.path}
                pathLength={100}
              />
            )}
            {carriesGrad && localValue !== undefined && (
              <text
                className="graph-edge__local"
                x={edge.mid.x}
                y={edge.mid.y}
                dy={wide ? -6 : 0}
                dx={wide ? 0 : 6}
                textAnchor={wide ? 'middle' : 'start'}
              >
                {`×${formatNumber(localValue)}`}
              </text>
            )}
          </g>
        );
      })}
      {spec.graph.nodes.map((node) => {
        const box = layout.boxes[node.id]!;
        const info = spec.nodes[node.id]!;
        const kind = node.op.kind;
        const isLeaf = kind === 'input' || kind === 'constant';
        const isOutput = node.id === spec.graph.output;
        const check = checks[node.id];
        const showGrad = kind !== 'constant' && gradShown(node.id);
        const cx = box.x + box.width / 2;
        const top = box.y + line + 2;
        return (
          <g
            key={node.id}
            className={`graph-node graph-node--${isLeaf ? kind : isOutput ? 'output' : 'op'}`}
            data-testid="graph-node"
            data-node={node.id}
            data-value={valueShown(node.id) ? values[node.id] : undefined}
            data-grad={showGrad ? grad[node.id] : undefined}
          >
            <rect
              className="graph-node__box"
              x={box.x}
              y={box.y}
              width={box.width}
              height={box.height}
              rx={isLeaf ? 14 : 6}
            />
            <text className="graph-node__label" x={cx} y={top} textAnchor="middle">
              {wide ? info.label : info.short}
            </text>
            <text className="graph-node__value" x={cx} y={top + line} textAnchor="middle">
              {valueShown(node.id) ? `= ${formatNumber(values[node.id]!)}` : `= ${s.hidden}`}
            </text>
            {kind !== 'constant' && wide && (
              <text className="graph-node__grad" x={cx} y={top + 2 * line} textAnchor="middle">
                {`${info.gradLabel} = ${showGrad ? formatNumber(grad[node.id]!) : s.hidden}`}
              </text>
            )}
            {kind !== 'constant' && !wide && (
              // Narrow boxes put the derivative's name and value on two lines.
              <text className="graph-node__grad" x={cx} y={top + 2 * line} textAnchor="middle">
                <tspan x={cx}>{info.gradShort}</tspan>
                <tspan x={cx} dy={line}>
                  {showGrad ? formatNumber(grad[node.id]!) : s.hidden}
                </tspan>
              </text>
            )}
            {check && kind !== 'constant' && (
              <text
                className="graph-node__check"
                x={cx}
                y={top + (wide ? 3 : 4) * line}
                textAnchor="middle"
              >
                {`≈ ${formatFixed(check.ratio)}`}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
