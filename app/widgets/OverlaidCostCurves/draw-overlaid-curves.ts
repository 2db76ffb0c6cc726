/**
 * Paints several cost curves into one SVG it owns (d3 scales and paths, updated in place).
 * The cost axis stops at twice the largest starting cost, so a run that blows up leaves the
 * plot through its top edge (clipped) instead of squashing every other curve flat; a
 * diverged run ends in a cross at its last finite cost.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { createCostAxes } from '../CostCurve/cost-axes.ts';

export interface CurveSeries {
  key: string;
  iterations: readonly number[];
  costs: readonly number[];
  colour: string;
  dash: string;
  diverged: boolean;
}

export interface OverlaidSize {
  widthPx: number;
  heightPx: number;
}

const MARGIN = { top: 12, right: 18, bottom: 36, left: 52 };

/** The top of the cost axis: the largest cost seen, at most twice the largest first cost. */
export function costCeiling(series: readonly CurveSeries[]): number {
  let largest = 0;
  let firstLargest = 0;
  for (const s of series) {
    const first = s.costs.find(Number.isFinite);
    if (first !== undefined) firstLargest = Math.max(firstLargest, first);
    for (const c of s.costs) if (Number.isFinite(c)) largest = Math.max(largest, c);
  }
  const cap = firstLargest > 0 ? 2 * firstLargest : Infinity;
  return Math.max(Math.min(largest, cap), 1e-3);
}

export function createOverlaidCurves(
  svg: SVGSVGElement,
  size: OverlaidSize,
  labels: { iteration: string; cost: string },
  clipId: string,
) {
  const root = select(svg).attr('viewBox', `0 0 ${size.widthPx} ${size.heightPx}`);
  root.selectAll('*').remove();
  const innerWidth = size.widthPx - MARGIN.left - MARGIN.right;
  const innerHeight = size.heightPx - MARGIN.top - MARGIN.bottom;
  root
    .append('defs')
    .append('clipPath')
    .attr('id', clipId)
    .append('rect')
    .attr('x', 0)
    .attr('y', -2)
    .attr('width', innerWidth)
    .attr('height', innerHeight + 4);
  const plot = root.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const axes = createCostAxes(plot, innerWidth, innerHeight, labels);
  const lines = plot.append('g').attr('clip-path', `url(#${clipId})`);
  const marks = plot.append('g');

  return {
    update(series: readonly CurveSeries[], maxIteration: number) {
      const lastSeen = max(series, (s) => s.iterations[s.iterations.length - 1]) ?? 0;
      const x = scaleLinear()
        .domain([0, Math.max(maxIteration, lastSeen, 1)])
        .range([0, innerWidth]);
      const y = scaleLinear()
        .domain([0, costCeiling(series)])
        .nice()
        .range([innerHeight, 0]);
      axes.update(x, y);
      const path = line<[number, number]>()
        .x((p) => x(p[0]))
        .y((p) => y(p[1]));
      const pointsOf = (s: CurveSeries) =>
        s.iterations
          .map((it, i) => [it, s.costs[i]!] as [number, number])
          .filter(([, c]) => Number.isFinite(c));
      lines
        .selectAll<SVGPathElement, CurveSeries>('path')
        .data(series, (s) => s.key)
        .join('path')
        .attr('class', 'overlaid-curves__line')
        .attr('fill', 'none')
        .attr('data-key', (s) => s.key)
        .style('stroke', (s) => s.colour)
        .attr('stroke-dasharray', (s) => s.dash || null)
        .attr('d', (s) => path(pointsOf(s)) ?? '');
      // A cross where each diverged run stopped, held inside the plot if the cost was off the top.
      const [, top] = y.domain() as [number, number];
      marks
        .selectAll<SVGTextElement, CurveSeries>('text')
        .data(
          series.filter((s) => s.diverged && pointsOf(s).length > 0),
          (s) => s.key,
        )
        .join('text')
        .attr('class', 'overlaid-curves__cross')
        .attr('text-anchor', 'middle')
        .attr('dy', '0.35em')
        .style('fill', (s) => s.colour)
        .attr('x', (s) => x(pointsOf(s).at(-1)![0]))
        .attr('y', (s) => y(Math.min(pointsOf(s).at(-1)![1], top)))
        .text('✕');
    },
  };
}
