import { useRef, type KeyboardEvent } from 'react';
import {
  diagramHeight,
  edgeIsHighlighted,
  layerColumns,
  layoutNetwork,
  moveSelection,
  NODE_RADIUS,
  type NodeSelection,
} from './draw-network.ts';

const WIDTH = 360;
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');

interface NetworkDiagramProps {
  /** [n_x, n[1], 1] */
  sizes: readonly number[];
  selected: NodeSelection;
  onSelect: (next: NodeSelection) => void;
  label: string;
  layerTitles: readonly string[];
  nodeLabel: (layer: number, unit: number, selected: boolean) => string;
}

/**
 * The network as circles and lines (d3-free: a handful of nodes). One tab stop: the
 * selected node; the arrow keys move the selection (up/down in a layer, left/right
 * between layers) and focus follows it. Hover selects too.
 */
export function NetworkDiagram({
  sizes,
  selected,
  onSelect,
  label,
  layerTitles,
  nodeLabel,
}: NetworkDiagramProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const layers = layoutNetwork(sizes, WIDTH);
  const height = diagramHeight(sizes);
  const columns = layerColumns(sizes, WIDTH);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const next = moveSelection(selected, event.key, sizes);
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    svgRef.current
      ?.querySelector<SVGGElement>(`[data-layer="${next.layer}"][data-unit="${next.unit}"]`)
      ?.focus();
  };

  // Highlighted edges are drawn last so they sit on top of the others.
  const edges = layers
    .slice(1)
    .flatMap((nodes, k) =>
      nodes.flatMap((to) =>
        layers[k]!.map((from) => ({
          layer: k + 1,
          from,
          to,
          on: edgeIsHighlighted(k + 1, from.unit, to.unit, selected),
        })),
      ),
    )
    .sort((a, b) => Number(a.on) - Number(b.on));

  return (
    <svg
      ref={svgRef}
      className="netrep__diagram"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
      data-testid="network-diagram"
    >
      {columns.map((x, l) => (
        <text key={l} className="netrep__layer-title" x={x} y={18} textAnchor="middle">
          {layerTitles[l]}
        </text>
      ))}
      {edges.map(({ layer, from, to, on }) => (
        <line
          key={`${layer}-${from.unit}-${to.unit}`}
          className={on ? 'netrep__edge netrep__edge--on' : 'netrep__edge'}
          data-testid="network-edge"
          data-layer={layer}
          data-from={from.unit}
          data-to={to.unit}
          data-highlighted={on ? 'true' : 'false'}
          x1={from.x + NODE_RADIUS}
          y1={from.y}
          x2={to.x - NODE_RADIUS}
          y2={to.y}
        />
      ))}
      {layers.flat().map((node) => {
        const isSelected = node.layer === selected.layer && node.unit === selected.unit;
        const text =
          node.layer === 0
            ? `x${subscript(node.unit + 1)}`
            : node.layer === 1
              ? `a${subscript(node.unit + 1)}`
              : 'ŷ';
        return (
          <g
            key={`${node.layer}-${node.unit}`}
            className={isSelected ? 'netrep__node netrep__node--on' : 'netrep__node'}
            role="button"
            tabIndex={isSelected ? 0 : -1}
            aria-pressed={isSelected}
            aria-label={nodeLabel(node.layer, node.unit, isSelected)}
            data-testid="network-node"
            data-layer={node.layer}
            data-unit={node.unit}
            data-selected={isSelected ? 'true' : 'false'}
            onFocus={() => onSelect({ layer: node.layer, unit: node.unit })}
            onMouseEnter={() => onSelect({ layer: node.layer, unit: node.unit })}
            onClick={() => onSelect({ layer: node.layer, unit: node.unit })}
          >
            <circle cx={node.x} cy={node.y} r={NODE_RADIUS} />
            <text x={node.x} y={node.y} dy="0.35em" textAnchor="middle" aria-hidden="true">
              {text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
