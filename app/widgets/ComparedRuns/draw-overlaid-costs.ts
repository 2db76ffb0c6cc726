/**
 * Paints several cost curves on shared axes into an SVG it owns (d3 scales, one path per
 * run), updated in place so a training step never re-renders React. Each run has its own
 * colour and its own dash pattern, so the curves differ without colour too.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';

export interface CurveStyle {
  /** 1..4: --color-series-N from the theme */
  series: number;
  /** SVG stroke-dasharray, '' for solid */
  dash: string;
}

export interface CurveData {
  iterations: readonly number[];
  costs: readonly number[];
}

export const OVERLAY_SIZE = { widthPx: 560, heightPx: 240 };
const MARGIN = { top: 12, right: 16, bottom: 36, left: 52 };

/** Shared axis ranges: iterations from 0 to the longest run, cost from 0 to the largest. */
export function sharedDomains(curves: readonly CurveData[]): {
  x: [number, number];
  y: [number, number];
} {
  let lastIteration = 1;
  let largest = 1e-3;
  for (const curve of curves) {
    const it = curve.iterations[curve.iterations.length - 1];
    if (it !== undefined) lastIteration = Math.max(lastIteration, it);
    const top = max(curve.costs.filter(Number.isFinite));
    if (top !== undefined) largest = Math.max(largest, top);
  }
  return { x: [0, lastIteration], y: [0, largest] };
}

export function createOverlaidCosts(
  svg: SVGSVGElement,
  styles: readonly CurveStyle[],
  labels: { iteration: string; cost: string },
) {
  const { widthPx, heightPx } = OVERLAY_SIZE;
  const root = select(svg).attr('viewBox', `0 0 ${widthPx} ${heightPx}`);
  root.selectAll('*').remove();
  const innerWidth = widthPx - MARGIN.left - MARGIN.right;
  const innerHeight = heightPx - MARGIN.top - MARGIN.bottom;
  const plot = root.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const xAxis = plot.append('g').attr('transform', `translate(0,${innerHeight})`);
  const yAxis = plot.append('g');
  const paths = styles.map((style) =>
    plot
      .append('path')
      .attr('class', 'overlaid-costs__line')
      .attr('fill', 'none')
      .style('stroke', `var(--color-series-${style.series})`)
      .attr('stroke-dasharray', style.dash || null),
  );
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

  return {
    update(curves: readonly CurveData[]) {
      const domains = sharedDomains(curves);
      const x = scaleLinear().domain(domains.x).range([0, innerWidth]);
      const y = scaleLinear().domain(domains.y).nice().range([innerHeight, 0]);
      const xt = xAxis.selectAll<SVGGElement, number>('g.tick').data(x.ticks(5));
      xt.exit().remove();
      const xe = xt.enter().append('g').attr('class', 'tick');
      xe.append('line').attr('y2', 5);
      xe.append('text').attr('y', 18).attr('text-anchor', 'middle');
      xe.merge(xt)
        .attr('transform', (v) => `translate(${x(v)},0)`)
        .select('text')
        .text((v) => formatTick(v));
      const yt = yAxis.selectAll<SVGGElement, number>('g.tick').data(y.ticks(4));
      yt.exit().remove();
      const ye = yt.enter().append('g').attr('class', 'tick');
      ye.append('line').attr('class', 'gridline');
      ye.append('text').attr('x', -6).attr('dy', '0.32em').attr('text-anchor', 'end');
      const ym = ye.merge(yt).attr('transform', (v) => `translate(0,${y(v)})`);
      ym.select('line').attr('x2', innerWidth);
      ym.select('text').text((v) => formatTick(v));
      curves.forEach((curve, k) => {
        const points = curve.iterations
          .map((it, i) => [it, curve.costs[i]!] as [number, number])
          .filter(([, c]) => Number.isFinite(c));
        paths[k]?.attr(
          'd',
          line<[number, number]>()
            .x((p) => x(p[0]))
            .y((p) => y(p[1]))(points) ?? '',
        );
      });
    },
  };
}

export function formatTick(value: number): string {
  if (Math.abs(value) >= 10000) return `${Math.round(value / 1000)}k`;
  return String(Number(value.toPrecision(3)));
}
