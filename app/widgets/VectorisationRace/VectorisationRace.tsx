import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { RACE_LIMITS, type RaceRow } from '../../../src/worker/computations/vectorisation-race.ts';
import { engine } from '../../engine-client.ts';
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
  const runNumber = useRef(0);

  // New settings make old measurements meaningless: stop any run and clear the plot.
  useEffect(() => {
    runNumber.current++;
    setRows([]);
    setStatus('idle');
  }, [nx, reps, seed, ms]);
  useEffect(
    () => () => {
      runNumber.current++;
    },
    [],
  );

  async function run() {
    const mine = ++runNumber.current;
    setRows([]);
    setError('');
    setStatus('running');
    const measured: RaceRow[] = [];
    for (const m of ms) {
      try {
        const out = await engine.compute('vectorisation-race', {
          nx,
          ms: [m],
          repetitions: reps,
          seed,
        });
        if (runNumber.current !== mine) return;
        measured.push(...out.rows);
        setRows([...measured]);
      } catch (caught) {
        if (runNumber.current !== mine) return;
        setError(caught instanceof Error ? caught.message : String(caught));
        setStatus('failed');
        return;
      }
    }
    if (runNumber.current === mine) setStatus('finished');
  }

  function cancel() {
    runNumber.current++;
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
