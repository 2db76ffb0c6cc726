import { useId } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { DIGIT_MODEL_KINDS } from '../../stores/digit-lab.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { digitLabSchema, SOURCE_FIELD } from '../DigitModels/settings.ts';
import { strings } from './strings.ts';
import { TrainingCard } from './TrainingCard.tsx';
import './DigitTraining.css';

/**
 * Train the pad's two models in this page, on all 60,000 MNIST training images, with the
 * same recipe as the shipped files; a finished model replaces the shipped one in the pad
 * (the switch above the pad's outputs brings the shipped one back).
 */
export function DigitTraining() {
  const text = useStrings(strings);
  const id = useId();
  const [, update] = useUrlSettings(digitLabSchema);
  return (
    <section
      className="widget digit-training"
      aria-labelledby={`${id}-title`}
      data-testid="digit-training"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      <p className="digit-training__note">{text.intro}</p>
      <div className="digit-training__cards">
        {DIGIT_MODEL_KINDS.map((kind) => (
          <TrainingCard
            key={kind}
            kind={kind}
            onModel={() => update({ [SOURCE_FIELD[kind]]: 'trained' })}
          />
        ))}
      </div>
    </section>
  );
}
