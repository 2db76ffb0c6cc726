/**
 * The shipped models: model files trained by the engine on all of MNIST at build time
 * (src/train/digit-recipes.ts says how) and served under public/models/. Each is fetched
 * once per page; a failed fetch is kept as an error the page shows with a retry.
 */
import { digitModelFromFile, type DigitModelKind } from '../../../src/nn/digit-models.ts';
import { DIGIT_RECIPES } from '../../../src/train/digit-recipes.ts';
import { digitLabStore, setShipped } from '../../stores/digit-lab.ts';

export function shippedModelUrl(kind: DigitModelKind): string {
  return `${import.meta.env.BASE_URL}models/${DIGIT_RECIPES[kind].file}`;
}

const started = new Set<DigitModelKind>();

async function fetchModel(kind: DigitModelKind): Promise<void> {
  setShipped(kind, { status: 'loading' });
  try {
    const response = await fetch(shippedModelUrl(kind));
    if (!response.ok) throw new Error(`${shippedModelUrl(kind)}: HTTP ${response.status}`);
    const file: unknown = await response.json();
    const model = digitModelFromFile(file);
    if (model.kind !== kind)
      throw new Error(`${shippedModelUrl(kind)} holds a ${model.kind} model`);
    setShipped(kind, { status: 'ready', loaded: { model, file } });
  } catch (error) {
    started.delete(kind);
    setShipped(kind, {
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Starts fetching a shipped model unless it is already loaded or on its way. */
export function loadShippedModel(kind: DigitModelKind): void {
  if (started.has(kind) || digitLabStore.getState().shipped[kind].status === 'ready') return;
  started.add(kind);
  void fetchModel(kind);
}
