import { useEffect, useMemo, type ReactNode } from 'react';
import { engine, useSession, useSessionData } from '../../engine/index.ts';
import { divergenceMessage, useEngineText } from '../../i18n/engine-text.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { boundsAround } from '../DecisionBoundary/decision-line.ts';
import { DecisionBoundaryPlot } from '../DecisionBoundary/DecisionBoundaryPlot.tsx';
import { strings } from './strings.ts';
import '../../styles/run-card.css';
import './ComparedRuns.css';

/** Cells per side of each run's decision grid. */
export const RUN_GRID_RESOLUTION = 80;

interface RunPanelProps {
  session: string;
  title: string;
  /** Short name used in data-testids, e.g. 'linear' gives accuracy-linear. */
  name: string;
  children?: ReactNode;
}

/**
 * One of the networks being compared: its decision boundary (the shared plot, painted
 * from the grid the worker sends with every progress batch), its accuracy and its cost.
 */
export function RunPanel({ session, title, name, children }: RunPanelProps) {
  const text = useStrings(strings);
  const engineText = useEngineText();
  const view = useSession(session);
  // New data: fit the plot around it and ask for a grid, which the worker then keeps
  // sending with every progress batch.
  const X = useSessionData(session, (data) => data?.X ?? null);
  const bounds = useMemo(() => (X ? boundsAround(X) : null), [X]);
  useEffect(() => {
    if (bounds) engine.evaluateGrid(session, { bounds, resolution: RUN_GRID_RESOLUTION });
  }, [session, bounds]);

  const accuracy = view?.trainAccuracy ?? null;
  const m = X?.cols ?? 0;
  return (
    <section className="run-panel run-card" aria-label={title} data-testid={`run-${name}`}>
      <h4 className="run-card__title">{title}</h4>
      {bounds && (
        <DecisionBoundaryPlot
          session={session}
          bounds={bounds}
          sizePx={320}
          description={text.boundary({ label: title, m, accuracy })}
        />
      )}
      <dl className="run-panel__readouts">
        <div>
          <dt>{text.accuracy}</dt>
          <dd data-testid={`accuracy-${name}`} data-value={accuracy ?? ''}>
            {accuracy === null ? '–' : `${(accuracy * 100).toFixed(1)}%`}
          </dd>
        </div>
        <div>
          <dt>{text.cost}</dt>
          <dd data-testid={`cost-${name}`} data-value={view?.cost ?? ''}>
            {view?.cost == null ? '–' : view.cost.toFixed(4)}
          </dd>
        </div>
      </dl>
      {view?.divergence && (
        <p className="field-error" role="alert">
          {engineText(divergenceMessage(view.divergence))}
        </p>
      )}
      {children}
    </section>
  );
}
