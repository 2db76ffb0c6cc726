import { useEffect, useMemo, useRef } from 'react';
import { engine, trainingStore, useSessionData, useTraining } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { DivergingKey, DivergingScale } from '../DivergingKey/DivergingKey.tsx';
import { putPixels, SIDE } from '../MnistDigit/draw-digit.ts';
import { summarize, themeDiverging, weightPixels } from './draw-weights.ts';
import { strings } from './strings.ts';

/**
 * w (W[1] = w^T, 1 x 784) as a 28 x 28 diverging picture, painted from the session's data
 * subscription so a training step never re-renders React. Its text alternative is
 * refreshed only when training is not running.
 */
export function WeightImage({ session }: { session: string }) {
  const text = useStrings(strings);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [minLabel, maxLabel] = [useRef<HTMLSpanElement>(null), useRef<HTMLSpanElement>(null)];

  useEffect(() => {
    let frame = 0;
    // The parameters painted last: the session's data objects are replaced, never edited.
    let painted: unknown = null;
    const paint = () => {
      frame = 0;
      const parameters = engine.sessionData(session)?.parameters;
      const W = parameters?.W[0];
      if (!W || !canvas.current || W.cols !== SIDE * SIDE || parameters === painted) return;
      painted = parameters;
      const summary = summarize(W.data);
      putPixels(
        canvas.current,
        weightPixels(W.data, summary.limit, themeDiverging(canvas.current)),
        SIDE,
        SIDE,
      );
      canvas.current.dataset.limit = String(summary.limit);
      if (minLabel.current) minLabel.current.textContent = text.fmtNum({ value: -summary.limit });
      if (maxLabel.current) maxLabel.current.textContent = text.fmtNum({ value: summary.limit });
    };
    paint();
    const unsubscribe = engine.subscribeData(session, () => {
      if (!frame) frame = requestAnimationFrame(paint);
    });
    const observer = new MutationObserver(() => {
      painted = null;
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
  }, [session, text, minLabel, maxLabel]);

  // The description follows the parameters whenever training is not running.
  const running = useTraining((state) => state.sessions[session]?.status === 'running');
  const parameters = useSessionData(session, (data) => data?.parameters ?? null, {
    throttleMs: 250,
  });
  const settled = useRef(parameters);
  if (!running) settled.current = parameters;
  const params = settled.current;
  const description = useMemo(() => {
    const W = params?.W[0];
    if (!params || !W || W.cols !== SIDE * SIDE) return text.weightsUntrained;
    const s = summarize(W.data);
    if (s.limit === 0) return text.weightsUntrained;
    const where = ([r, c]: [number, number]) => `(${r}, ${c})`;
    const iteration = trainingStore.getState().sessions[session]?.iteration ?? 0;
    return text.weightsDescription({
      iteration,
      min: s.min,
      max: s.max,
      argMin: where(s.argMin),
      argMax: where(s.argMax),
      b: params.b[0]!.data[0]!,
    });
  }, [params, session, text]);

  return (
    <figure className="mnist-lab__weights" data-testid="weight-image-figure">
      <figcaption className="mnist-lab__subtitle">{text.weightsTitle}</figcaption>
      <canvas
        ref={canvas}
        className="mnist-lab__weights-canvas"
        width={SIDE}
        height={SIDE}
        data-testid="weight-image"
        role="img"
        aria-label={description}
      />
      <DivergingScale low="0" high="0" lowRef={minLabel} highRef={maxLabel} />
      <DivergingKey negative={text.legendNegative} positive={text.legendPositive} />
      <p className="mnist-lab__note">{text.weightsCaption}</p>
      <p className="mnist-lab__note" aria-hidden="true" data-testid="weight-summary">
        {description}
      </p>
    </figure>
  );
}
