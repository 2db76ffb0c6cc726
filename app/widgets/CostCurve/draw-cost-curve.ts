/**
 * Paints a cost curve into an SVG it owns: d3 scales and a line path, updated in place
 * so a training step costs one attribute write, never a React render.
 */
import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';

export interface CostCurveSize {
  widthPx: number;
  heightPx: number;
}

const MARGIN = { top: 12, right: 16, bottom: 36, left: 52 };

export interface CostCurveLabels {
  iteration: string;
  cost: string;
}

/** Builds the static parts (axes groups, path) once. */
export function createCostCurve(svg: SVGSVGElement, size: CostCurveSize, labels: CostCurveLabels) {
  const root = select(svg).attr('viewBox', `0 0 ${size.widthPx} ${size.heightPx}`);
  root.selectAll('*').remove();
  const plot = root.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const innerWidth = size.widthPx - MARGIN.left - MARGIN.right;
  const innerHeight = size.heightPx - MARGIN.top - MARGIN.bottom;
  const xAxis = plot
    .append('g')
    .attr('class', 'axis axis--x')
    .attr('transform', `translate(0,${innerHeight})`);
  const yAxis = plot.append('g').attr('class', 'axis axis--y');
  const path = plot.append('path').attr('class', 'cost-curve__line').attr('fill', 'none');
  plot
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', innerWidth / 2)
    .attr('y', innerHeight + 30)
    .attr('text-anchor', 'middle')
    .text(labels.iteration);
  plot
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(-40,${innerHeight / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(labels.cost);

  function ticks(
    group: typeof xAxis,
    values: number[],
    position: (v: number) => number,
    horizontal: boolean,
  ) {
    const tick = group.selectAll<SVGGElement, number>('g.tick').data(values);
    tick.exit().remove();
    const entered = tick.enter().append('g').attr('class', 'tick');
    entered.append('line');
    entered.append('text');
    const merged = entered.merge(tick);
    if (horizontal) {
      merged.attr('transform', (v) => `translate(${position(v)},0)`);
      merged.select('line').attr('y2', 5);
      merged
        .select('text')
        .attr('y', 18)
        .attr('text-anchor', 'middle')
        .text((v) => formatTick(v));
    } else {
      merged.attr('transform', (v) => `translate(0,${position(v)})`);
      merged.select('line').attr('x2', innerWidth).attr('class', 'gridline');
      merged
        .select('text')
        .attr('x', -6)
        .attr('dy', '0.32em')
        .attr('text-anchor', 'end')
        .text((v) => formatTick(v));
    }
  }

  return {
    update(iterations: readonly number[], costs: readonly number[]) {
      const [firstIteration = 0, lastIteration = 1] = extent(iterations) as [number?, number?];
      const x = scaleLinear()
        .domain([firstIteration, Math.max(lastIteration, firstIteration + 1)])
        .range([0, innerWidth]);
      const finite = costs.filter(Number.isFinite);
      const y = scaleLinear()
        .domain([0, Math.max(max(finite) ?? 1, 1e-3)])
        .nice()
        .range([innerHeight, 0]);
      ticks(xAxis, x.ticks(5), x, true);
      ticks(yAxis, y.ticks(4), y, false);
      const points = iterations
        .map((it, i) => [it, costs[i]!] as [number, number])
        .filter(([, c]) => Number.isFinite(c));
      path.attr(
        'd',
        line<[number, number]>()
          .x((p) => x(p[0]))
          .y((p) => y(p[1]))(points) ?? '',
      );
    },
  };
}

function formatTick(value: number): string {
  if (Math.abs(value) >= 10000) return `${Math.round(value / 1000)}k`;
  return String(Number(value.toPrecision(3)));
}
