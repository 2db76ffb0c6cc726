import { useId, useMemo, useRef, useState } from 'react';
import type { DigitMistake } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { requestTestDigit } from '../../stores/digit-lab.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { OutputBars } from '../DigitPredictions/OutputBars.tsx';
import { ModelKindSwitch } from '../DigitModels/ModelKindSwitch.tsx';
import { digitLabSchema } from '../DigitModels/settings.ts';
import { strings as modelStrings } from '../DigitModels/strings.ts';
import { useActiveModels } from '../DigitModels/useActiveModels.ts';
import { DigitCanvas } from '../MnistDigit/DigitCanvas.tsx';
import { columnsOf, nextIndex } from './roving-focus.ts';
import { strings } from './strings.ts';
import { useDigitMistakes } from './useDigitMistakes.ts';
import { useNearViewport } from './useNearViewport.ts';
import '../../styles/pixel-tile.css';
import './DigitMistakes.css';

/** A mistake's image as a one-column X (784, 1), pixels / 255, for DigitCanvas and the pad. */
function imageOf(mistake: DigitMistake): Float32Array {
  return Float32Array.from(mistake.pixels, (v) => v / 255);
}

/**
 * The test digits a model gets wrong, most confidently wrong first: a grid of buttons (arrow
 * keys move between them); choosing one puts it on the pad and shows the model's outputs.
 */
export function DigitMistakes() {
  const text = useStrings(strings);
  const names = useStrings(modelStrings);
  const id = useId();
  const root = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [settings, update, , isLocked] = useUrlSettings(digitLabSchema);
  const kind = settings.mistakes === 'one-vs-all' ? 'one-vs-all' : 'hidden';
  const active = useActiveModels()[kind];
  const visible = useNearViewport(root);
  const [attempt, setAttempt] = useState(0);
  const state = useDigitMistakes(active.loaded, visible, attempt);
  const [chosen, setChosen] = useState<number | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);

  const result = state.status === 'ready' ? state.result : null;
  const images = useMemo(() => result?.mistakes.map(imageOf) ?? [], [result]);
  const selected = result?.mistakes.find((m) => m.index === chosen) ?? null;

  const choose = (mistake: DigitMistake, image: Float32Array) => {
    setChosen(mistake.index);
    requestTestDigit(image, mistake.index, mistake.label);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = nextIndex(event.key, index, buttons.length, columnsOf(buttons));
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons[next]!.focus();
  };

  return (
    <section
      ref={root}
      className="widget digit-mistakes"
      aria-labelledby={`${id}-title`}
      data-testid="digit-mistakes"
      data-kind={kind}
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <ModelKindSwitch
        legend={text.whose}
        value={kind}
        order={['hidden', 'one-vs-all']}
        testIdPrefix="mistakes"
        locked={isLocked('mistakes')}
        onChange={(option) => {
          setChosen(null);
          update({ mistakes: option });
        }}
      />
      {active.error && (
        <p className="notice notice--error" role="alert">
          {names.modelFailed({ reason: active.error })}
        </p>
      )}
      {(state.status === 'loading' || (state.status === 'waiting' && !active.error)) && (
        <p role="status" data-testid="mistakes-loading">
          {text.loading}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <p>{text.failed({ reason: state.error })}</p>
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>
            {names.retry}
          </button>
        </div>
      )}
      {result && state.status === 'ready' && (
        <>
          <p
            data-testid="mistakes-summary"
            data-wrong={result.wrongCount}
            data-accuracy={result.accuracy}
            data-source={active.source}
          >
            {text.summary({
              model: names.shortName[kind],
              source: names.source[active.source],
              wrong: result.wrongCount,
              total: result.testCount,
              accuracy: (result.accuracy * 100).toFixed(2),
              shown: result.mistakes.length,
            })}
          </p>
          <p id={`${id}-hint`} className="digit-mistakes__note">
            {text.hint}
          </p>
          <ul
            ref={list}
            className="digit-mistakes__grid"
            aria-label={text.gridLabel}
            aria-describedby={`${id}-hint`}
            data-testid="digit-mistakes-grid"
            onKeyDown={onKeyDown}
          >
            {result.mistakes.map((mistake, i) => (
              <li key={mistake.index}>
                <button
                  type="button"
                  className="pixel-tile-button"
                  tabIndex={i === Math.min(focusIndex, result.mistakes.length - 1) ? 0 : -1}
                  aria-pressed={chosen === mistake.index}
                  aria-label={text.itemLabel({
                    index: mistake.index,
                    label: mistake.label,
                    predicted: mistake.predicted,
                    pct: (mistake.outputs[mistake.predicted]! * 100).toFixed(0),
                  })}
                  data-testid="mistake"
                  data-index={mistake.index}
                  data-label={mistake.label}
                  data-predicted={mistake.predicted}
                  onFocus={() => setFocusIndex(i)}
                  onClick={() => choose(mistake, images[i]!)}
                >
                  <DigitCanvas X={{ rows: 784, cols: 1, data: images[i]! }} column={0} />
                  <span className="digit-mistakes__caption" aria-hidden="true">
                    {mistake.label}→{mistake.predicted}{' '}
                    <small>{(mistake.outputs[mistake.predicted]! * 100).toFixed(0)}%</small>
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {selected && (
            <div className="digit-mistakes__detail" data-testid="mistake-detail">
              <p aria-live="polite">
                {text.detail({
                  index: selected.index,
                  label: selected.label,
                  predicted: selected.predicted,
                  model: names.shortName[kind],
                })}
              </p>
              <OutputBars
                outputs={selected.outputs}
                predicted={selected.predicted}
                label={text.outputsLabel({ index: selected.index })}
              />
              <p>
                <a
                  href="#digit-pad"
                  data-testid="to-pad"
                  onClick={(event) => {
                    event.preventDefault();
                    const pad = document.querySelector<HTMLElement>('[data-testid="digit-pad"]');
                    pad?.scrollIntoView({ block: 'center' });
                    pad?.focus({ preventScroll: true });
                  }}
                >
                  ↑ {text.toPad}
                </a>
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
