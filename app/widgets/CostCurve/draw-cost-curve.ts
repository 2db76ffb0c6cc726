/**
 * Paints a cost curve into an SVG it owns: d3 scales and a line path, updated in place
 * so a training step costs one attribute write, never a React render.
 */
import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { createCostAxes, type CostAxisLabels } from './cost-axes.ts';

export interface CostCurveSize {
  widthPx: number;
  heightPx: number;
}

const MARGIN = { top: 12, right: 16, bottom: 36, left: 52 };

export type CostCurveLabels = CostAxisLabels;

/** Builds the static parts (axes groups, path) once. */
export function createCostCurve(svg: SVGSVGElement, size: CostCurveSize, labels: CostCurveLabels) {
  const root = select(svg).attr('viewBox', `0 0 ${size.widthPx} ${size.heightPx}`);
  root.selectAll('*').remove();
  const plot = root.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const innerWidth = size.widthPx - MARGIN.left - MARGIN.right;
  const innerHeight = size.heightPx - MARGIN.top - MARGIN.bottom;
  const axes = createCostAxes(plot, innerWidth, innerHeight, labels);
  const path = plot.append('path').attr('class', 'cost-curve__line').attr('fill', 'none');

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
      axes.update(x, y);
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
