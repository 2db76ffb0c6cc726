/**
 * What a computation may use: the session it was asked about (its data and current
 * parameters) and MNIST, loaded once per worker. Computations are plain functions over
 * this context, so unit tests call them with a hand-made one.
 */
import type { MnistFiles, Session } from '../session.ts';

export interface ComputeContext {
  /** The session named in the request, if any. */
  session: Session | null;
  /** MNIST's training and test files (downloaded on first use, then shared). */
  mnist(): Promise<MnistFiles>;
}

/** Typed arrays found in a result, to move to the page instead of copying them. */
export function transferablesOf(value: unknown, depth = 3): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (v: unknown, d: number) => {
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
    } else if (d > 0 && v && typeof v === 'object') {
      for (const child of Object.values(v)) visit(child, d - 1);
    }
  };
  visit(value, depth);
  return [...found];
}
