/**
 * What the widgets of the "draw a digit" lesson share, for as long as the page is open:
 * the digit on the pad as the models receive it, the two shipped models (fetched once), the
 * models trained in this page, and a test digit waiting to be put on the pad.
 *
 * Models and the 784 pixels are immutable objects, replaced whole and never written into,
 * so the store holds them by reference: a change is a new object, which is all a selector
 * needs to compare (nothing here changes at training rate; the training store does that).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DigitModel, DigitModelKind } from '../../src/nn/digit-models.ts';

export const DIGIT_MODEL_KINDS: readonly DigitModelKind[] = ['one-vs-all', 'hidden'];

/** A model and the model file it was read from (the worker's computations take the file). */
export interface LoadedModel {
  model: DigitModel;
  file: unknown;
}

export type ShippedSlot =
  | { status: 'loading' }
  | { status: 'ready'; loaded: LoadedModel }
  | { status: 'failed'; error: string };

/** Where the pad's digit came from. */
export type DigitOrigin =
  | { kind: 'drawn' }
  /** A test image put on the pad (then possibly drawn over). */
  | { kind: 'test'; index: number; label: number };

export interface PadDigit {
  /** 784 grey levels in [0, 1], row-major 28 x 28 (a column of MNIST's X), or null for an empty pad. */
  pixels: Float32Array | null;
  origin: DigitOrigin;
  /** performance.now() of the input that produced it, to measure the time to a prediction. */
  inputAt: number;
  /** False while a stroke is still being drawn (screen readers hear the result when it ends). */
  settled: boolean;
}

export interface TestDigitRequest {
  pixels: Float32Array;
  index: number;
  label: number;
  /** Bumps on every request, so loading the same digit twice still reaches the pad. */
  nonce: number;
}

export interface DigitLabState {
  digit: PadDigit;
  shipped: Record<DigitModelKind, ShippedSlot>;
  trained: Record<DigitModelKind, LoadedModel | null>;
  /** A test digit for the pad to load; the pad clears it once loaded. */
  request: TestDigitRequest | null;
}

export function createDigitLabStore(): StoreApi<DigitLabState> {
  return createStore<DigitLabState>()(() => ({
    digit: { pixels: null, origin: { kind: 'drawn' }, inputAt: 0, settled: true },
    shipped: { 'one-vs-all': { status: 'loading' }, hidden: { status: 'loading' } },
    trained: { 'one-vs-all': null, hidden: null },
    request: null,
  }));
}

/** The page's one digit-lab store (tests make their own). */
export const digitLabStore = createDigitLabStore();

export function useDigitLab<T>(selector: (state: DigitLabState) => T): T {
  return useStore(digitLabStore, selector);
}

let nonce = 0;

/** Asks the pad to show a test digit (from the mistakes browser or "random test digit"). */
export function requestTestDigit(pixels: Float32Array, index: number, label: number): void {
  digitLabStore.setState({ request: { pixels, index, label, nonce: ++nonce } });
}

export function setPadDigit(digit: PadDigit): void {
  digitLabStore.setState({ digit });
}

export function setShipped(kind: DigitModelKind, slot: ShippedSlot): void {
  digitLabStore.setState((state) => ({ shipped: { ...state.shipped, [kind]: slot } }));
}

export function setTrained(kind: DigitModelKind, loaded: LoadedModel): void {
  digitLabStore.setState((state) => ({ trained: { ...state.trained, [kind]: loaded } }));
}
