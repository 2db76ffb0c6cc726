import { useEffect } from 'react';
import type { DigitModelKind } from '../../../src/nn/digit-models.ts';
import { DIGIT_MODEL_KINDS, useDigitLab, type LoadedModel } from '../../stores/digit-lab.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { digitLabSchema, SOURCE_FIELD, type ModelSource } from './settings.ts';
import { loadShippedModel } from './shipped-models.ts';

export interface ActiveModel {
  kind: DigitModelKind;
  /** Where the model in use comes from (the shipped file until one is trained here). */
  source: ModelSource;
  /** The model in use, or null while the shipped file loads or when it failed. */
  loaded: LoadedModel | null;
  /** Why the shipped model could not be loaded, when that is the one in use. */
  error: string | null;
  /** The settings ask for a model trained here, but none has been trained in this page yet. */
  trainedMissing: boolean;
  /** A model trained in this page exists (so the switch can offer it). */
  trainedAvailable: boolean;
}

/**
 * The model of each kind the pad uses: the one trained in this page when the settings say
 * so and it exists, otherwise the shipped file (fetched on first use).
 */
export function useActiveModels(): Record<DigitModelKind, ActiveModel> {
  const [settings] = useUrlSettings(digitLabSchema);
  const shipped = useDigitLab((state) => state.shipped);
  const trained = useDigitLab((state) => state.trained);
  useEffect(() => {
    for (const kind of DIGIT_MODEL_KINDS) loadShippedModel(kind);
  }, []);

  const active = (kind: DigitModelKind): ActiveModel => {
    const wantsTrained = settings[SOURCE_FIELD[kind]] === 'trained';
    const mine = trained[kind];
    if (wantsTrained && mine) {
      return {
        kind,
        source: 'trained',
        loaded: mine,
        error: null,
        trainedMissing: false,
        trainedAvailable: true,
      };
    }
    const slot = shipped[kind];
    return {
      kind,
      source: 'shipped',
      loaded: slot.status === 'ready' ? slot.loaded : null,
      error: slot.status === 'failed' ? slot.error : null,
      trainedMissing: wantsTrained,
      trainedAvailable: mine !== null,
    };
  };
  return { 'one-vs-all': active('one-vs-all'), hidden: active('hidden') };
}
