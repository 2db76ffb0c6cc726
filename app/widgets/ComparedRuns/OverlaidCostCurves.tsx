import { useEffect, useRef } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { trainingStore, useTraining } from '../../stores/training.ts';
import { strings as costStrings } from '../CostCurve/strings.ts';
import { createOverlaidCosts, type CurveStyle } from './draw-overlaid-costs.ts';
import { strings } from './strings.ts';
import './ComparedRuns.css';

export interface OverlaidRun extends CurveStyle {
  session: string;
  label: string;
}

/** Every run's cost curve on one pair of axes, read live from the training store. */
export function OverlaidCostCurves({ runs }: { runs: readonly OverlaidRun[] }) {
  const svg = useRef<SVGSVGElement>(null);
  const text = useStrings(strings);
  const axis = useStrings(costStrings);
  const key = runs.map((r) => `${r.session}:${r.series}:${r.dash}`).join('|');
  // Only the text alternative re-renders, and only with each run's point count.
  const counts = useTraining((state) =>
    runs.map((r) => state.sessions[r.session]?.history.iterations.length ?? 0).join(','),
  );

  useEffect(() => {
    if (!svg.current) return;
    const chart = createOverlaidCosts(svg.current, runs, {
      iteration: axis.iteration,
      cost: axis.cost,
    });
    let frame = 0;
    const paint = () => {
      frame = 0;
      const sessions = trainingStore.getState().sessions;
      chart.update(runs.map((r) => sessions[r.session]?.history ?? { iterations: [], costs: [] }));
    };
    paint();
    const unsubscribe = trainingStore.subscribe(() => {
      if (!frame) frame = requestAnimationFrame(paint);
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
    // key stands for runs
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, axis]);

  const sessions = trainingStore.getState().sessions;
  const parts = runs.flatMap((r) => {
    const h = sessions[r.session]?.history;
    const n = h?.costs.length ?? 0;
    return n === 0
      ? []
      : [text.curvePart(r.label, h!.iterations[n - 1]!, h!.costs[0]!, h!.costs[n - 1]!)];
  });
  const summary = parts.length === 0 ? text.costCurvesEmpty : text.costCurvesSummary(parts);

  return (
    <figure className="overlaid-costs" data-testid="overlaid-costs" data-points={counts}>
      <figcaption className="overlaid-costs__title">{text.costCurves}</figcaption>
      <svg ref={svg} role="img" aria-label={summary} />
      <ul className="overlaid-costs__legend">
        {runs.map((r) => (
          <li key={r.session}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="28"
                y2="5"
                style={{ stroke: `var(--color-series-${r.series})` }}
                strokeWidth="2.5"
                strokeDasharray={r.dash || undefined}
              />
            </svg>{' '}
            {r.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
