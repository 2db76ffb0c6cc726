import { type GridBounds, useSession, useSessionData } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { DecisionBoundaryPlot } from '../DecisionBoundary/DecisionBoundaryPlot.tsx';
import { FLOWER_M, type Model, sessionIdOf } from './settings.ts';
import { strings } from './strings.ts';

interface SweepCellProps {
  model: Model;
  bounds: GridBounds;
}

/** One small multiple: a model's decision boundary on the flower, with its accuracy under it. */
export function SweepCell({ model, bounds }: SweepCellProps) {
  const text = useStrings(strings);
  const session = sessionIdOf(model);
  const view = useSession(session);
  const trained = (view?.history.iterations.length ?? 0) > 0;
  const accuracy = trained ? (view?.trainAccuracy ?? null) : null;
  const iteration = view?.iteration ?? 0;
  const status = view?.status ?? 'configuring';
  const m = useSessionData(session, (data) => data?.X?.cols ?? null);
  const headingId = `${session}-heading`;
  return (
    <li
      className="flower-sweep__cell"
      data-testid="sweep-cell"
      data-model={model ?? 'logistic'}
      data-status={status}
      data-iteration={iteration}
      data-accuracy={accuracy ?? ''}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} className="flower-sweep__cell-title">
        {text.modelName({ model })}
      </h4>
      <DecisionBoundaryPlot
        session={session}
        bounds={bounds}
        sizePx={300}
        description={text.cellDescription({
          model,
          m: m ?? FLOWER_M,
          iteration,
          accuracy,
          finalCost: view?.cost ?? null,
        })}
      />
      <p className="flower-sweep__readout">
        <strong data-testid="cell-accuracy">{text.accuracyOf({ accuracy })}</strong>
        <span className="flower-sweep__iteration">
          {view?.divergence
            ? text.divergedAt({ iteration: view.divergence.iteration })
            : text.atIteration({ iteration })}
        </span>
      </p>
    </li>
  );
}
