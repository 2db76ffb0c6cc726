/** A 'nice' bar scale at or above the largest |w|: 1, 2 or 5 times a power of ten. */
export function barScale(largest: number): number {
  if (!(largest > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  for (const step of [1, 2, 5, 10]) if (step * power >= largest) return step * power;
  return 10 * power;
}
