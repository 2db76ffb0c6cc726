import { useId, useState } from 'react';
import { useTrainingSessions } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { ComparedRunsControls } from '../ComparedRuns/ComparedRunsControls.tsx';
import { DataFields } from '../ComparedRuns/DataFields.tsx';
import { networkSetup, toyData } from '../ComparedRuns/network-setup.ts';
import { dataOrCsv, type CsvFile } from '../CsvUpload/CsvUpload.tsx';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { OverlaidCostCurves } from '../OverlaidCostCurves/OverlaidCostCurves.tsx';
import { RunPanel } from '../ComparedRuns/RunPanel.tsx';
import { strings as runStrings } from '../ComparedRuns/strings.ts';
import {
  initialisationSchema,
  RUNS,
  SESSIONS,
  TRAIN_ITERATIONS,
  type RunName,
} from './settings.ts';
import { strings } from './strings.ts';
import { WeightRows } from './WeightRows.tsx';
import '../ComparedRuns/ComparedRuns.css';
import './InitialisationLab.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

const STYLE: Record<RunName, { series: number; dash: string }> = {
  zeros: { series: 4, dash: '2 4' },
  small: { series: 1, dash: '' },
  large: { series: 2, dash: '8 4' },
};

/**
 * Lesson 16: the same tanh network from zeros, small random and large random weights,
 * trained together; W[1]'s rows per run, the spread between them, cost curves overlaid.
 */
export function InitialisationLab() {
  const text = useStrings(strings);
  const runText = useStrings(runStrings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(initialisationSchema);
  const { dataset, seed, hidden, lr, small, large } = settings;
  const [upload, setUpload] = useState<CsvFile | null>(null);
  const scaleOf: Record<RunName, number> = { zeros: 0, small, large };

  // One seed for all three: the two random runs draw the same normals, scaled differently.
  // α alone is sent as it changes, without starting over.
  const data = dataOrCsv(upload, toyData(dataset, seed));
  useTrainingSessions(
    RUNS.map((run) => ({
      id: SESSIONS[run],
      setup: networkSetup({
        data,
        hidden,
        learningRate: lr,
        seed,
        init: run === 'zeros' ? 'zeros' : 'random',
        initScale: scaleOf[run],
      }),
    })),
  );

  const titles = RUNS.map((run) => text.runTitle({ name: run, scale: scaleOf[run] }));

  return (
    <section
      className="widget compared-runs init-lab"
      aria-labelledby={`${id}-title`}
      data-testid="initialisation-lab"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <LinkNotice invalid={invalid} message={runText.badLink} />
      <DataFields
        dataset={dataset}
        seed={seed}
        hidden={hidden}
        hiddenMax={initialisationSchema.hidden.max}
        onChange={update}
        isLocked={isLocked}
        upload={upload}
        onUpload={setUpload}
        errorSession={SESSIONS.small}
      />
      <fieldset>
        <legend>{text.scales}</legend>
        <span className="compared-runs__field">
          <label htmlFor={`${id}-small`}>{text.small}</label>
          <LockBadge locked={isLocked('small')} />
          <select
            id={`${id}-small`}
            data-testid="small-scale"
            value={small}
            {...lockedControl(isLocked('small'))}
            onChange={(event) => update({ small: Number(event.target.value) })}
          >
            {[0.001, 0.01, 0.1]
              .concat([0.001, 0.01, 0.1].includes(small) ? [] : [small])
              .map((v) => (
                <option key={v} value={v}>
                  × {v}
                </option>
              ))}
          </select>
        </span>
        <span className="compared-runs__field">
          <label htmlFor={`${id}-large`}>{text.large}</label>
          <LockBadge locked={isLocked('large')} />
          <select
            id={`${id}-large`}
            data-testid="large-scale"
            value={large}
            {...lockedControl(isLocked('large'))}
            onChange={(event) => update({ large: Number(event.target.value) })}
          >
            {[1, 3, 10, 30].concat([1, 3, 10, 30].includes(large) ? [] : [large]).map((v) => (
              <option key={v} value={v}>
                × {v}
              </option>
            ))}
          </select>
        </span>
      </fieldset>
      <ComparedRunsControls
        sessions={RUNS.map((run) => SESSIONS[run])}
        learningRate={lr}
        onLearningRateChange={(value) => update({ lr: value })}
        learningRateLocked={isLocked('lr')}
        maxIterations={TRAIN_ITERATIONS}
      />
      <OverlaidCostCurves
        runs={RUNS.map((run, i) => ({
          session: SESSIONS[run],
          label: titles[i]!,
          style: { colour: `var(--color-series-${STYLE[run].series})`, dash: STYLE[run].dash },
        }))}
      />
      <ul className="compared-runs__legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--class0" /> {text.legend0}
        </li>
        <li>
          <span className="swatch swatch--class1" /> {text.legend1}
        </li>
      </ul>
      <div className="compared-runs__grid">
        {RUNS.map((run, i) => (
          <RunPanel key={run} session={SESSIONS[run]} name={run} title={titles[i]!}>
            <WeightRows session={SESSIONS[run]} name={run} />
          </RunPanel>
        ))}
      </div>
    </section>
  );
}
