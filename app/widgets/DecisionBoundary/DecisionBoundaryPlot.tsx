import { scaleLinear } from 'd3-scale';
import { memo, useEffect, useMemo, useRef } from 'react';
import { engine, type GridBounds, useSessionData } from '../../engine/index.ts';
import { decisionLine } from './decision-line.ts';
import { paintHeatmap, themeColours } from './draw-heatmap.ts';
import './DecisionBoundary.css';

interface DecisionBoundaryPlotProps {
  session: string;
  bounds: GridBounds;
  /** Draw logistic regression's line w1 x1 + w2 x2 + b = 0 from the current parameters. */
  showLine?: boolean;
  /** The text alternative: what the plot shows, with its key numbers. */
  description: string;
  sizePx?: number;
}

/**
 * Data points over the decision-boundary heatmap. The canvas and the line are painted
 * from the session's data subscription (they change every training step); the points are React
 * SVG (they change only with the data).
 */
export function DecisionBoundaryPlot({
  session,
  bounds,
  showLine = false,
  description,
  sizePx = 400,
}: DecisionBoundaryPlotProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const lineElement = useRef<SVGLineElement>(null);
  const X = useSessionData(session, (data) => data?.X ?? null);
  const labels = useSessionData(session, (data) => data?.labels ?? null);
  const x = useMemo(
    () => scaleLinear().domain([bounds.xMin, bounds.xMax]).range([0, sizePx]),
    [bounds, sizePx],
  );
  const y = useMemo(
    () => scaleLinear().domain([bounds.yMin, bounds.yMax]).range([sizePx, 0]),
    [bounds, sizePx],
  );

  const points = useMemo(() => {
    if (!X || !labels || X.rows < 2) return [];
    return Array.from({ length: X.cols }, (_, i) => ({
      x1: X.data[i]!,
      x2: X.data[X.cols + i]!,
      label: labels[i]!,
    }));
  }, [X, labels]);

  useEffect(() => {
    let frame = 0;
    // What was painted last: the session's data objects are replaced, never edited.
    let paintedGrid: unknown = null;
    let paintedParameters: unknown = null;
    const paint = () => {
      frame = 0;
      const data = engine.sessionData(session);
      if (!data) return;
      if (canvas.current && data.grid && data.grid !== paintedGrid) {
        paintedGrid = data.grid;
        paintHeatmap(
          canvas.current,
          data.grid.values,
          data.grid.spec.resolution,
          themeColours(canvas.current),
        );
      }
      if (
        showLine &&
        lineElement.current &&
        data.parameters &&
        data.parameters !== paintedParameters
      ) {
        paintedParameters = data.parameters;
        const W = data.parameters.W[0];
        const b = data.parameters.b[0];
        const segment =
          W && b && W.cols === 2 ? decisionLine(W.data[0]!, W.data[1]!, b.data[0]!, bounds) : null;
        const element = lineElement.current;
        element.style.display = segment ? '' : 'none';
        if (segment) {
          element.setAttribute('x1', String(x(segment[0][0])));
          element.setAttribute('y1', String(y(segment[0][1])));
          element.setAttribute('x2', String(x(segment[1][0])));
          element.setAttribute('y2', String(y(segment[1][1])));
        }
      }
    };
    paint();
    const unsubscribe = engine.subscribeData(session, () => {
      if (!frame) frame = requestAnimationFrame(paint);
    });
    // The theme changes the heatmap's colours: repaint when it does.
    const observer = new MutationObserver(() => {
      paintedGrid = null;
      if (!frame) frame = requestAnimationFrame(paint);
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => {
      unsubscribe();
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [session, showLine, bounds, x, y]);

  return (
    <figure className="decision-plot" data-testid="decision-plot">
      <div className="decision-plot__frame" style={{ aspectRatio: '1 / 1' }}>
        <canvas
          ref={canvas}
          className="decision-plot__heatmap"
          data-testid="decision-heatmap"
          aria-hidden="true"
        />
        <svg
          className="decision-plot__overlay"
          viewBox={`0 0 ${sizePx} ${sizePx}`}
          role="img"
          aria-label={description}
        >
          <Points points={points} x={x} y={y} />
          {showLine && (
            <line ref={lineElement} className="decision-plot__line" data-testid="decision-line" />
          )}
        </svg>
      </div>
      <figcaption className="visually-hidden">{description}</figcaption>
    </figure>
  );
}

interface PointsProps {
  points: { x1: number; x2: number; label: number }[];
  x: (value: number) => number;
  y: (value: number) => number;
}

/** The data points: re-rendered only when the data or the scales change, not every step. */
const Points = memo(function Points({ points, x, y }: PointsProps) {
  return (
    <g>
      {points.map((p, i) => (
        <circle
          key={i}
          cx={x(p.x1)}
          cy={y(p.x2)}
          r={4}
          className={p.label === 1 ? 'point point--class1' : 'point point--class0'}
        />
      ))}
    </g>
  );
});
