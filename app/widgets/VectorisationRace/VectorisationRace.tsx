import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { RACE_LIMITS, type RaceRow, useComputation } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { RacePlot } from './RacePlot.tsx';
import { RaceSettings } from './RaceSettings.tsx';
import { RaceTable } from './RaceTable.tsx';
import { feasible, formatCount, formatMs, formatRatio, mSequence } from './race-view.ts';
import { raceSchema } from './settings.ts';
import { strings } from './strings.ts';
import './VectorisationRace.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

type Status = 'idle' | 'running' | 'finished' | 'cancelled' | 'failed';

/**
 * Lesson 9's race: loopGradientStep against vectorisedGradientStep, timed in the worker, one
 * request per m so the page can show progress. A new run or a cancel bumps the run number;
 * answers for an older run are dropped, so only the latest run ever draws.
 */
export function VectorisationRace() {
  const s = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(raceSchema);
  const { nx, reps, seed } = settings;
  const { run: ms, skipped } = useMemo(
    () =>
      feasible(mSequence(Number(settings.mfrom), Number(settings.mto)), nx, RACE_LIMITS.maxEntries),
    [settings.mfrom, settings.mto, nx],
  );
  const [rows, setRows] = useState<RaceRow[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState('');
  const [runNumber, setRunNumber] = useState(0);

  // New settings make old measurements meaningless: stop any run and clear the plot.
  useEffect(() => {
    setRows([]);
    setStatus('idle');
  }, [nx, reps, seed, ms]);

  // One request per m, the next once the last is measured; stopping drops what is on its way.
  const racing = status === 'running';
  const measuring = ms[rows.length];
  const race = useComputation(
    'vectorisation-race',
    { nx, ms: [measuring ?? 0], repetitions: reps, seed },
    { enabled: racing && measuring !== undefined, refresh: runNumber },
  );
  // The answer and the failure last dealt with (or already on the page when a run began).
  const handled = useRef<{ data: unknown; error: unknown }>({ data: null, error: null });
  useEffect(() => {
    if (!racing) return;
    if (race.error && race.error !== handled.current.error) {
      handled.current.error = race.error;
      setError(race.error.message);
      setStatus('failed');
    } else if (race.data && race.data !== handled.current.data) {
      handled.current.data = race.data;
      const answered = race.data.rows;
      setRows((measured) => [...measured, ...answered]);
    } else if (measuring === undefined) {
      setStatus('finished');
    }
  }, [racing, race.data, race.error, measuring]);

  function run() {
    // An answer already on the page belongs to an earlier run.
    handled.current = { data: race.data, error: race.error };
    setRunNumber((n) => n + 1);
    setRows([]);
    setError('');
    setStatus('running');
  }

  function cancel() {
    setStatus('cancelled');
  }

  const nextM = ms[rows.length];
  const statusText =
    status === 'idle'
      ? s.idle
      : status === 'running'
        ? s.running({ done: rows.length, total: ms.length, m: nextM ?? 0 })
        : status === 'finished'
          ? s.finished({ total: rows.length })
          : status === 'cancelled'
            ? s.cancelled({ done: rows.length, total: ms.length })
            : s.failed({ message: error });
  const summary = rows
    .map((r) =>
      s.plotPoint({
        m: formatCount(r.m),
        loop: formatMs(r.loopMs),
        vectorised: formatMs(r.vectorisedMs),
        ratio: formatRatio(r.speedUp),
      }),
    )
    .join('; ');

  return (
    <section
      className="widget race"
      aria-labelledby={`${id}-title`}
      data-testid="vectorisation-race"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {s.title}
      </h3>
      <LinkNotice invalid={invalid} message={s.badLink} />
      <p className="race__intro">{s.intro}</p>
      <RaceSettings values={settings} onChange={update} isLocked={isLocked} />
      {skipped.length > 0 && (
        <p className="race__note">{s.skipped({ ms: skipped.map(formatCount).join(', '), nx })}</p>
      )}
      <div className="race__actions">
        <button
          type="button"
          className="button--primary"
          onClick={() => void run()}
          data-testid="race-run"
          disabled={ms.length === 0}
        >
          {status === 'idle' ? s.run : s.rerun}
        </button>
        <button
          type="button"
          onClick={cancel}
          disabled={status !== 'running'}
          data-testid="race-cancel"
        >
          {s.cancel}
        </button>
        <progress
          max={Math.max(ms.length, 1)}
          value={rows.length}
          aria-label={s.progressLabel}
          data-testid="race-progress"
        />
        <span
          className={status === 'failed' ? 'race__status race__status--error' : 'race__status'}
          role="status"
          data-testid="race-status"
          data-status={status}
        >
          {statusText}
        </span>
      </div>
      <RacePlot ms={ms} rows={rows} label={s.plotLabel({ nx, summary })} />
      <ul className="race__legend" aria-hidden="true">
        <li>
          <span className="race__key race__key--loop" /> {s.loop} (<code>loopGradientStep</code>)
        </li>
        <li>
          <span className="race__key race__key--vectorised" /> {s.vectorised} (
          <code>vectorisedGradientStep</code>)
        </li>
      </ul>
      <RaceTable rows={rows} nx={nx} reps={reps} />
    </section>
  );
}
