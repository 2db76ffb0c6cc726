import { activations, type ActivationName } from '../../../src/math/activations.ts';
import {
  formatShort,
  SATURATION_CUTOFF,
  saturationBands,
  summarizeBands,
} from './draw-activation.ts';

type ComputedValueProps =
  /** g(at) or g'(at) */
  | { kind: 'g' | 'dg'; fn: ActivationName; at: number; digits?: number }
  /** The |z| (or z) where the plot's saturation band begins, as the widget computes it. */
  | { kind: 'threshold'; fn: ActivationName; digits?: number }
  /** The |g'| below which the widget calls a region saturated. */
  | { kind: 'cutoff'; digits?: number };

function compute(props: ComputedValueProps): number {
  switch (props.kind) {
    case 'g':
      return activations[props.fn].g(props.at);
    case 'dg':
      return activations[props.fn].dg(props.at);
    case 'cutoff':
      return SATURATION_CUTOFF;
    case 'threshold': {
      const { dg } = activations[props.fn];
      const summary = summarizeBands(saturationBands(dg), dg);
      return summary.kind === 'symmetric' || summary.kind === 'below'
        ? summary.threshold
        : Number.NaN;
    }
  }
}

/** A number quoted in a lesson's prose, computed from src/math/activations.ts rather than typed in. */
export function ComputedValue(props: ComputedValueProps) {
  const value = compute(props);
  const digits = props.digits ?? (props.kind === 'threshold' ? 2 : 3);
  return (
    <span className="activation-computed" data-value={value}>
      {Number.isFinite(value) ? formatShort(value, digits) : '—'}
    </span>
  );
}
