/** The chosen candidates as a bit mask (bit j = candidate j), kept in the URL as one number. */

export function chosenOf(pick: number, count: number): number[] {
  const chosen: number[] = [];
  for (let j = 0; j < count; j++) if (Math.floor(pick / 2 ** j) % 2 === 1) chosen.push(j);
  return chosen;
}

export function toggled(pick: number, j: number): number {
  const bit = 2 ** j;
  return Math.floor(pick / bit) % 2 === 1 ? pick - bit : pick + bit;
}

/** y^(i) = 1 when the i-th chosen digit is the target, else 0. */
export function labelsFor(digits: ArrayLike<number>, chosen: number[], target: number): number[] {
  return chosen.map((j) => (digits[j] === target ? 1 : 0));
}

/** 1-based entries of x that row r (1..side) of a side x side image becomes, unrolled row by row. */
export function rowEntries(row: number, side = 28): [first: number, last: number] {
  return [(row - 1) * side + 1, row * side];
}
