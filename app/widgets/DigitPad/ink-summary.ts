/**
 * A few numbers that describe a 28 x 28 digit in words (its text alternative): where the
 * ink is and where its centre of mass lies, in 1-based rows and columns as a student counts.
 */
export interface InkSummary {
  /** Pixels with any visible ink (grey level >= 0.1). */
  inkPixels: number;
  rows: [number, number];
  columns: [number, number];
  /** Centre of mass (row, column), 1-based, to one decimal. */
  centre: [number, number];
}

const SIDE = 28;
const VISIBLE = 0.1;

export function inkSummary(pixels: ArrayLike<number>): InkSummary | null {
  let inkPixels = 0;
  let mass = 0;
  let sumR = 0;
  let sumC = 0;
  let top = SIDE;
  let bottom = -1;
  let left = SIDE;
  let right = -1;
  for (let p = 0; p < SIDE * SIDE; p++) {
    const v = pixels[p]!;
    const r = Math.floor(p / SIDE);
    const c = p % SIDE;
    mass += v;
    sumR += v * r;
    sumC += v * c;
    if (v < VISIBLE) continue;
    inkPixels++;
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  if (inkPixels === 0 || mass === 0) return null;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    inkPixels,
    rows: [top + 1, bottom + 1],
    columns: [left + 1, right + 1],
    centre: [round(sumR / mass + 1), round(sumC / mass + 1)],
  };
}
