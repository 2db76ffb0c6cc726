/**
 * The axes of a cost plot (iteration across, cost J up), shared by the single and the
 * overlaid cost curves: built once, their ticks redrawn in place when the scales change.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';

export interface CostAxisLabels {
  iteration: string;
  cost: string;
}

/** Tick labels: at most three significant digits, thousands as "k". */
export function formatTick(value: number): string {
  if (Math.abs(value) >= 10000) return `${Math.round(value / 1000)}k`;
  return String(Number(value.toPrecision(3)));
}

/** Appends both axes and their labels to `plot`; `update` draws the ticks for new scales. */
export function createCostAxes(
  plot: Selection<SVGGElement, unknown, null, undefined>,
  innerWidth: number,
  innerHeight: number,
  labels: CostAxisLabels,
) {
  const xAxis = plot
    .append('g')
    .attr('class', 'axis axis--x')
    .attr('transform', `translate(0,${innerHeight})`);
  const yAxis = plot.append('g').attr('class', 'axis axis--y');
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
    update(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) {
      ticks(xAxis, x.ticks(5), x, true);
      ticks(yAxis, y.ticks(4), y, false);
    },
  };
}
