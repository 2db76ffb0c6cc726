import { useDeferredValue, useId } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { useDigitLab } from '../../stores/digit-lab.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { ModelKindSwitch } from '../DigitModels/ModelKindSwitch.tsx';
import { digitLabSchema } from '../DigitModels/settings.ts';
import { strings as modelStrings } from '../DigitModels/strings.ts';
import { useActiveModels } from '../DigitModels/useActiveModels.ts';
import { HiddenUnitViews } from './HiddenUnitViews.tsx';
import { OneVsAllViews } from './OneVsAllViews.tsx';
import { strings } from './strings.ts';
import './DigitModelViews.css';

/**
 * What the models see: the one-vs-all classifiers' weights as pictures and the drawn digit's
 * pixel-by-pixel contributions, or the hidden units' incoming weights and which of them the
 * drawing switches on. The model shown and the digit class are in the URL.
 */
export function DigitModelViews() {
  const text = useStrings(strings);
  const names = useStrings(modelStrings);
  const id = useId();
  const [settings, update, , isLocked] = useUrlSettings(digitLabSchema);
  const models = useActiveModels();
  // Deferred: while a pen moves, the pad's predictions render first and these pictures follow
  // when the browser has time, so they never delay a prediction.
  const pixels = useDeferredValue(useDigitLab((state) => state.digit.pixels));
  const kind = settings.view === 'hidden' ? 'hidden' : 'one-vs-all';
  const active = models[kind];

  return (
    <section
      className="widget digit-views"
      aria-labelledby={`${id}-title`}
      data-testid="digit-model-views"
      data-view={kind}
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <ModelKindSwitch
        legend={text.whichModel}
        value={kind}
        order={['one-vs-all', 'hidden']}
        testIdPrefix="view"
        locked={isLocked('view')}
        onChange={(view) => update({ view })}
      />
      <p className="digit-views__note" data-testid="views-source" data-source={active.source}>
        {text.showing({ source: names.source[active.source] })}
      </p>
      {active.error && (
        <p className="notice notice--error" role="alert">
          {names.modelFailed({ reason: active.error })}
        </p>
      )}
      {!active.loaded && !active.error && <p role="status">{names.loadingModel}</p>}
      {active.loaded &&
        (kind === 'one-vs-all' ? (
          <OneVsAllViews
            loaded={active.loaded}
            pixels={pixels}
            classSetting={settings.class}
            onClass={(value) => update({ class: value })}
            classLocked={isLocked('class')}
          />
        ) : (
          <HiddenUnitViews loaded={active.loaded} pixels={pixels} />
        ))}
    </section>
  );
}
