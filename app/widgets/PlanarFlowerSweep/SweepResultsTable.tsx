import { useStrings } from '../../i18n/useStrings.ts';
import { useSession } from '../../engine/index.ts';
import { COURSE_ACCURACY, MODELS, type Model, sessionIdOf } from './settings.ts';
import { strings } from './strings.ts';

interface SweepResultsTableProps {
  iterations: number;
  /** Session id -> first step at 90% (null: not reached); absent while being found. */
  crossings: Readonly<Record<string, number | null>>;
  finished: boolean;
}

/** The sweep as a table: the text alternative to the grid of boundaries, with the course's figures. */
export function SweepResultsTable({ iterations, crossings, finished }: SweepResultsTableProps) {
  const text = useStrings(strings);
  const c = text.columns;
  return (
    <>
      {/* Shown above the scrolling table (a wide table would carry its caption off screen); the caption is for screen readers. */}
      <p className="flower-sweep__caption" aria-hidden="true">
        {text.tableCaption({ iterations })}
      </p>
      {/* The table scrolls sideways on a phone: a named, focusable region, so the keyboard reaches it. */}
      <div
        className="flower-sweep__table-wrap"
        role="region"
        tabIndex={0}
        aria-label={text.tableCaption({ iterations })}
      >
        <table className="flower-sweep__table" data-testid="sweep-results">
          <caption className="visually-hidden">{text.tableCaption({ iterations })}</caption>
          <thead>
            <tr>
              <th scope="col">{c.model}</th>
              <th scope="col">{c.accuracy}</th>
              <th scope="col">{c.course}</th>
              <th scope="col">{c.cost}</th>
              <th scope="col">{c.iterations}</th>
              <th scope="col">{c.first}</th>
            </tr>
          </thead>
          <tbody>
            {MODELS.map((model) => (
              <ResultRow
                key={model ?? 'logistic'}
                model={model}
                crossing={crossings[sessionIdOf(model)]}
                finished={finished}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ResultRow({
  model,
  crossing,
  finished,
}: {
  model: Model;
  crossing: number | null | undefined;
  finished: boolean;
}) {
  const text = useStrings(strings);
  const view = useSession(sessionIdOf(model));
  const trained = (view?.history.iterations.length ?? 0) > 0;
  const accuracy = trained ? (view?.trainAccuracy ?? null) : null;
  const cost = trained ? (view?.cost ?? null) : null;
  const course = COURSE_ACCURACY.get(model);
  return (
    <tr data-testid="sweep-row" data-model={model ?? 'logistic'} data-accuracy={accuracy ?? ''}>
      <th scope="row">{text.modelName({ model })}</th>
      <td>{text.accuracyOf({ accuracy })}</td>
      <td>{course === undefined ? '—' : `${course}%`}</td>
      <td>{cost === null ? '—' : cost.toFixed(4)}</td>
      <td>
        {view?.divergence
          ? text.divergedAt({ iteration: view.divergence.iteration })
          : trained
            ? (view?.iteration ?? 0)
            : '—'}
      </td>
      <td data-testid="first-crossing">
        {crossing === null
          ? text.never
          : crossing !== undefined
            ? crossing
            : finished
              ? '…'
              : trained
                ? text.notYet
                : '—'}
      </td>
    </tr>
  );
}
