import { useEffect, useRef } from 'react';
import { trainingStore, useSession } from '../../stores/training.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { createCostCurve } from './draw-cost-curve.ts';
import { strings } from './strings.ts';
import './CostCurve.css';

interface CostCurveProps {
  session: string;
  widthPx?: number;
  heightPx?: number;
}

/** A live cost curve: React renders the host once; a store subscription repaints it. */
export function CostCurve({ session, widthPx = 480, heightPx = 220 }: CostCurveProps) {
  const svg = useRef<SVGSVGElement>(null);
  const text = useStrings(strings);
  const view = useSession(session);
  const points = view?.history.iterations.length ?? 0;

  useEffect(() => {
    if (!svg.current) return;
    const curve = createCostCurve(
      svg.current,
      { widthPx, heightPx },
      { iteration: text.iteration, cost: text.cost },
    );
    let frame = 0;
    let drawn = -1;
    const paint = () => {
      frame = 0;
      const current = trainingStore.getState().sessions[session];
      if (!current || current.version === drawn) return;
      drawn = current.version;
      curve.update(current.history.iterations, current.history.costs);
    };
    paint();
    // Repaint at most once a frame, however often progress arrives.
    const unsubscribe = trainingStore.subscribe(() => {
      if (!frame) frame = requestAnimationFrame(paint);
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [session, widthPx, heightPx, text]);

  const first = view?.history.costs[0];
  const last = view?.history.costs[points - 1];
  const summary =
    points === 0 || first === undefined || last === undefined
      ? text.empty
      : text.summary(points, view!.history.iterations[points - 1]!, first, last);

  return (
    <figure className="cost-curve" data-testid="cost-curve" data-points={points}>
      <svg ref={svg} role="img" aria-label={summary} />
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
