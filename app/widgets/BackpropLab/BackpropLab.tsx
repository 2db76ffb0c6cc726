import { useEffect, useId, useMemo, useState } from 'react';
import { engine, useSessionData, useTraining, useTrainingSession } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { DataFields } from '../ComparedRuns/DataFields.tsx';
import { networkSetup, toyData } from '../ComparedRuns/network-setup.ts';
import { dataOrCsv, type CsvFile } from '../CsvUpload/CsvUpload.tsx';
import { strings as runStrings } from '../ComparedRuns/strings.ts';
import { CostCurve } from '../CostCurve/CostCurve.tsx';
import { boundsAround } from '../DecisionBoundary/decision-line.ts';
import { DecisionBoundaryPlot } from '../DecisionBoundary/DecisionBoundaryPlot.tsx';
import { TrainingControls } from '../TrainingControls/TrainingControls.tsx';
import { BackpropEquations } from './BackpropEquations.tsx';
import { GradientCheckPanel } from './GradientCheckPanel.tsx';
import { backpropSchema, SESSION, TRAIN_ITERATIONS } from './settings.ts';
import { strings } from './strings.ts';
import '../ComparedRuns/ComparedRuns.css';
import './BackpropLab.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

/**
 * Lesson 15: a 2-n-1 tanh network trains on the flower while every forward and backward
 * equation shows its matrix's live shape and values; a gradient check runs on demand.
 */
export function BackpropLab() {
  const text = useStrings(strings);
  const runText = useStrings(runStrings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(backpropSchema);
  const [upload, setUpload] = useState<CsvFile | null>(null);
  const { dataset, seed, hidden, lr, eps } = settings;
  const accuracy = useTraining((state) => state.sessions[SESSION]?.trainAccuracy ?? null);

  // α alone is sent as it changes, without starting over.
  useTrainingSession(
    SESSION,
    networkSetup({
      data: dataOrCsv(upload, toyData(dataset, seed)),
      hidden,
      learningRate: lr,
      seed,
    }),
  );

  // Once the data has arrived, fit the plot around it and ask for the probability grid.
  const X = useSessionData(SESSION, (data) => data?.X ?? null);
  const bounds = useMemo(() => (X ? boundsAround(X) : null), [X]);
  useEffect(() => {
    if (bounds) engine.evaluateGrid(SESSION, { bounds, resolution: 80 });
  }, [bounds]);

  return (
    <section
      className="widget compared-runs backprop-lab"
      aria-labelledby={`${id}-title`}
      data-testid="backprop-lab"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <LinkNotice invalid={invalid} message={runText.badLink} />
      <DataFields
        dataset={dataset}
        seed={seed}
        hidden={hidden}
        hiddenMax={backpropSchema.hidden.max}
        onChange={update}
        isLocked={isLocked}
        upload={upload}
        onUpload={setUpload}
      />
      <div className="backprop-lab__layout">
        <div className="backprop-lab__side">
          {bounds && (
            <DecisionBoundaryPlot
              session={SESSION}
              bounds={bounds}
              sizePx={320}
              description={text.boundary({ m: X?.cols ?? 0, accuracy })}
            />
          )}
          <ul className="compared-runs__legend" aria-hidden="true">
            <li>
              <span className="swatch swatch--class0" /> {text.legend0}
            </li>
            <li>
              <span className="swatch swatch--class1" /> {text.legend1}
            </li>
          </ul>
          <TrainingControls
            session={SESSION}
            learningRate={lr}
            maxIterations={TRAIN_ITERATIONS}
            onLearningRateChange={(value) => update({ lr: value })}
            learningRateLocked={isLocked('lr')}
          />
          <CostCurve session={SESSION} heightPx={180} />
        </div>
        <BackpropEquations session={SESSION} />
      </div>
      <GradientCheckPanel
        session={SESSION}
        epsilon={eps}
        onEpsilonChange={(value) => update({ eps: value })}
        epsilonLocked={isLocked('eps')}
      />
    </section>
  );
}
