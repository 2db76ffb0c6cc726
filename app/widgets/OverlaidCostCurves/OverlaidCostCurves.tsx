import { useEffect, useId, useRef, useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { type TrainingState, trainingStore, useTraining } from '../../engine/index.ts';
import { curveStyle, type CurveStyle } from './curve-styles.ts';
import { createOverlaidCurves, type CurveSeries } from './draw-overlaid-curves.ts';
import { strings } from './strings.ts';
import './OverlaidCostCurves.css';

export interface CurveRun {
  session: string;
  label: string;
  /** How this run is drawn; by default the i-th colour and dash of curve-styles.ts. */
  style?: CurveStyle;
}

interface OverlaidCostCurvesProps {
  runs: readonly CurveRun[];
  /**
   * The x axis reaches this iteration from the start, so curves grow into a fixed frame;
   * without it the axis follows the longest run.
   */
  maxIterations?: number;
  heightPx?: number;
}

function seriesOf(state: TrainingState, runs: readonly CurveRun[]): CurveSeries[] {
  return runs.map((run, i) => {
    const view = state.sessions[run.session];
    const style = run.style ?? curveStyle(i);
    return {
      key: run.session,
      iterations: view?.history.iterations ?? [],
      costs: view?.history.costs ?? [],
      colour: style.colour,
      dash: style.dash,
      diverged: view?.divergence != null,
    };
  });
}

/**
 * Several sessions' cost curves in one plot, each with its own colour and dash, and a legend
 * that repeats the line style beside each run's label and final number. The plot is painted
 * from a store subscription at most once a frame; React renders the host and the legend.
 */
export function OverlaidCostCurves({
  runs,
  maxIterations = 0,
  heightPx = 260,
}: OverlaidCostCurvesProps) {
  const text = useStrings(strings);
  const svg = useRef<SVGSVGElement>(null);
  const figure = useRef<HTMLElement>(null);
  // The drawing is as wide as its box (in steps of 40 px), so its text stays readable on a phone.
  const [widthPx, setWidthPx] = useState(640);
  useEffect(() => {
    const element = figure.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width > 0) setWidthPx(Math.max(320, Math.min(800, Math.round(width / 40) * 40)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const clipId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-clip`;

  useEffect(() => {
    if (!svg.current) return;
    const curves = createOverlaidCurves(
      svg.current,
      { widthPx, heightPx },
      { iteration: text.iteration, cost: text.cost },
      clipId,
    );
    let frame = 0;
    const paint = () => {
      frame = 0;
      curves.update(seriesOf(trainingStore.getState(), runs), maxIterations);
    };
    paint();
    const unsubscribe = trainingStore.subscribe(() => {
      if (!frame) frame = requestAnimationFrame(paint);
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [runs, maxIterations, widthPx, heightPx, text, clipId]);

  // One line of text per run: the legend and the plot's text alternative.
  const statuses = useTraining((state) =>
    runs
      .map((run) => {
        const view = state.sessions[run.session];
        const trained = (view?.history.iterations.length ?? 0) > 0;
        return JSON.stringify([
          view?.iteration ?? 0,
          trained ? (view?.cost ?? null) : null,
          view?.divergence?.iteration ?? null,
        ]);
      })
      .join('|'),
  );
  const parsed = statuses
    ? statuses.split('|').map((s) => JSON.parse(s) as [number, number | null, number | null])
    : [];
  const summary =
    runs.length === 0
      ? text.curvesEmpty
      : text.curvesSummary({
          parts: runs.map((run, i) => {
            const [iteration, cost, divergedAt] = parsed[i] ?? [0, null, null];
            return text.runSummary({ label: run.label, iteration, cost, divergedAt });
          }),
        });
  // Points recorded per run, for scripted checks that the curves grow.
  const points = useTraining((state) =>
    runs.map((run) => state.sessions[run.session]?.history.iterations.length ?? 0).join(','),
  );
  const diverged = runs.filter((_, i) => parsed[i]?.[2] != null).map((run) => run.label);

  return (
    <figure
      ref={figure}
      className="overlaid-curves"
      data-testid="overlaid-cost-curves"
      data-runs={runs.length}
      data-points={points}
    >
      <svg ref={svg} role="img" aria-label={summary} />
      <figcaption className="visually-hidden">{summary}</figcaption>
      <ul className="overlaid-curves__legend" aria-hidden="true">
        {runs.map((run, i) => {
          const style = run.style ?? curveStyle(i);
          const [iteration, cost, divergedAt] = parsed[i] ?? [0, null, null];
          return (
            <li key={run.session} data-testid="curve-legend-item">
              <svg className="overlaid-curves__sample" viewBox="0 0 36 10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2="35"
                  y2="5"
                  style={{ stroke: style.colour }}
                  strokeDasharray={style.dash || undefined}
                />
              </svg>
              <span className="overlaid-curves__label">{run.label}</span>
              <span
                className={
                  divergedAt !== null
                    ? 'overlaid-curves__status overlaid-curves__status--bad'
                    : 'overlaid-curves__status'
                }
              >
                {divergedAt !== null ? '✕ ' : ''}
                {text.legendStatus({ iteration, cost, divergedAt })}
              </span>
            </li>
          );
        })}
      </ul>
      {diverged.length > 0 && (
        <p className="notice notice--error overlaid-curves__diverged" data-testid="diverged-notice">
          {text.divergedNotice({ labels: diverged })}
        </p>
      )}
    </figure>
  );
}
