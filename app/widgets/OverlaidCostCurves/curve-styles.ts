/**
 * How run i is drawn: a theme colour and a dash pattern, so that no two of the (at most
 * eight) runs share both and none is told apart by colour alone.
 */
export const CURVE_COLOURS = [
  'var(--color-series-1)',
  'var(--color-series-2)',
  'var(--color-series-3)',
  'var(--color-series-4)',
  'var(--color-text)',
] as const;

/** SVG stroke-dasharray values; '' is a solid line. */
export const CURVE_DASHES = [
  '',
  '8 4',
  '2 3',
  '12 3 2 3',
  '5 5',
  '1 3',
  '16 4',
  '6 2 2 2',
] as const;

export interface CurveStyle {
  colour: string;
  dash: string;
}

export function curveStyle(index: number): CurveStyle {
  return {
    colour: CURVE_COLOURS[index % CURVE_COLOURS.length]!,
    dash: CURVE_DASHES[index % CURVE_DASHES.length]!,
  };
}
