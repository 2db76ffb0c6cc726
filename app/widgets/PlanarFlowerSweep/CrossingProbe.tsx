import { useEffect, useRef } from 'react';
import { type DataSource, useComputation } from '../../engine/index.ts';
import { type Model, setupOf, TARGET_ACCURACY } from './settings.ts';

interface CrossingProbeProps {
  model: Model;
  settings: { lr: number; seed: number; data?: DataSource };
  iterations: number;
  onCrossing(iteration: number | null): void;
}

/**
 * Asks the worker to replay one model's run step by step (same seed, same steps) and find
 * the exact step where its training accuracy first reached 90%: the progress reports come
 * once per slice of many steps, too coarse to compare the hidden sizes. Renders nothing;
 * unmounted (a new sweep), a late answer is dropped.
 */
export function CrossingProbe({ model, settings, iterations, onCrossing }: CrossingProbeProps) {
  const setup = setupOf(model, settings);
  // The replay takes generated or uploaded points only (the sweep never trains on MNIST).
  const points = setup.data.kind === 'mnist' ? null : setup.data;
  const { data } = useComputation(
    'accuracy-crossing',
    {
      data: points ?? { kind: 'csv', text: '' },
      options: setup.options,
      target: TARGET_ACCURACY,
      maxIterations: iterations,
    },
    { enabled: points !== null },
  );
  const report = useRef(onCrossing);
  report.current = onCrossing;
  useEffect(() => {
    if (data) report.current(data.iteration);
  }, [data]);
  return null;
}
