import { useEffect, useId, useState } from 'react';
import type { GridBounds } from '../../../src/worker/protocol.ts';
import { engine } from '../../engine-client.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useTraining } from '../../stores/training.ts';
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
  const [bounds, setBounds] = useState<GridBounds | null>(null);
  const dataVersion = useTraining((state) => state.sessions[SESSION]?.dataVersion ?? 0);
  const accuracy = useTraining((state) => state.sessions[SESSION]?.trainAccuracy ?? null);

  useEffect(() => {
    const data = dataOrCsv(upload, toyData(dataset, seed));
    engine.configure(SESSION, networkSetup({ data, hidden, learningRate: lr, seed }));
    // α is sent as it changes, without starting over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, seed, hidden, upload]);

  useEffect(() => () => engine.pause(SESSION), []);

  useEffect(() => {
    const X = engine.sessionData(SESSION)?.X;
    if (!X) return;
    const around = boundsAround(X);
    setBounds(around);
    engine.evaluateGrid(SESSION, { bounds: around, resolution: 80 });
  }, [dataVersion]);

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
              description={text.boundary({
                m: engine.sessionData(SESSION)?.X?.cols ?? 0,
                accuracy,
              })}
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
