import { useId, useRef } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { DigitPredictions } from '../DigitPredictions/DigitPredictions.tsx';
import { digitLabSchema } from '../DigitModels/settings.ts';
import { PadCanvas } from './PadCanvas.tsx';
import { PreprocessedView } from './PreprocessedView.tsx';
import { strings } from './strings.ts';
import { usePadDrawing } from './usePadDrawing.ts';
import { useRandomTestDigit } from './useRandomTestDigit.ts';
import './DigitPad.css';
import { LinkNotice } from '../../components/LinkNotice.tsx';

/**
 * Lesson 20's main widget: a pad to draw a digit on (mouse, pen, finger or keyboard), the
 * 28 x 28 image the models receive after MNIST's preprocessing, and both models' outputs,
 * updated on every frame while drawing.
 */
export function DigitPad() {
  const text = useStrings(strings);
  const id = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = usePadDrawing(canvas);
  const random = useRandomTestDigit();
  const [, , invalid] = useUrlSettings(digitLabSchema);

  return (
    <section className="widget digit-pad" aria-labelledby={`${id}-title`} data-testid="draw-digit">
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <LinkNotice invalid={invalid} message={text.badLink} />
      <div className="digit-pad__layout">
        <div className="digit-pad__draw">
          <PadCanvas
            canvas={canvas}
            begin={pad.begin}
            extend={pad.extend}
            end={pad.end}
            setPen={pad.setPen}
            label={text.padLabel}
            roleDescription={text.padRole}
            describedBy={`${id}-help`}
          />
          <div className="digit-pad__buttons">
            <button
              type="button"
              data-testid="pad-undo"
              disabled={pad.undoDepth === 0}
              onClick={pad.undo}
            >
              ↶ {text.undo}
            </button>
            <button
              type="button"
              data-testid="pad-clear"
              disabled={pad.undoDepth === 0}
              onClick={pad.clear}
            >
              {text.clear}
            </button>
            <button
              type="button"
              data-testid="pad-random"
              disabled={random.busy}
              onClick={random.load}
            >
              {random.busy ? text.randomLoading : text.random}
            </button>
          </div>
          {random.error && (
            <p className="field-error" role="alert">
              {text.randomFailed({ reason: random.error })}
            </p>
          )}
          <p id={`${id}-help`} className="digit-pad__note">
            {text.help}
          </p>
        </div>
        <PreprocessedView />
        <DigitPredictions />
      </div>
    </section>
  );
}
