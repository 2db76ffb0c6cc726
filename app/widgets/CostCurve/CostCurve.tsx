import { useEffect, useRef } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { type SessionView, trainingStore } from '../../engine/index.ts';
import { createCostCurve } from './draw-cost-curve.ts';
import { strings } from './strings.ts';
import './CostCurve.css';

interface CostCurveProps {
  session: string;
  widthPx?: number;
  heightPx?: number;
}

/**
 * A live cost curve. React renders the host once; a store subscription repaints the
 * path and rewrites the text alternative in place, so a training step never re-renders
 * React. The store itself changes at most once per frame (the engine client batches).
 */
export function CostCurve({ session, widthPx = 480, heightPx = 220 }: CostCurveProps) {
  const figure = useRef<HTMLElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const caption = useRef<HTMLElement>(null);
  const text = useStrings(strings);

  useEffect(() => {
    if (!svg.current) return;
    const curve = createCostCurve(
      svg.current,
      { widthPx, heightPx },
      { iteration: text.iteration, cost: text.cost },
    );
    let drawn: SessionView['history'] | null = null;
    const paint = () => {
      const history = trainingStore.getState().sessions[session]?.history;
      if (!history || history === drawn) return;
      drawn = history;
      curve.update(history.iterations, history.costs);
      const points = history.iterations.length;
      const first = history.costs[0];
      const last = history.costs[points - 1];
      const summary =
        points === 0 || first === undefined || last === undefined
          ? text.empty
          : text.summary({ points, lastIteration: history.iterations[points - 1]!, first, last });
      svg.current?.setAttribute('aria-label', summary);
      if (caption.current) caption.current.textContent = summary;
      figure.current?.setAttribute('data-points', String(points));
    };
    paint();
    return trainingStore.subscribe(paint);
  }, [session, widthPx, heightPx, text]);

  return (
    <figure ref={figure} className="cost-curve" data-testid="cost-curve" data-points={0}>
      <svg ref={svg} role="img" aria-label={text.empty} />
      <figcaption ref={caption} className="visually-hidden">
        {text.empty}
      </figcaption>
    </figure>
  );
}
