/**
 * The equation of one node with the engine's numbers in it:
 *   hidden unit i:  z_i^[1] = w_i^[1]T x + b_i^[1] = sum_k W[1]_ik x_k + b_i,  a_i^[1] = sigma(z_i^[1])
 *   output:         z^[2] = w^[2]T a^[1] + b^[2],                             a^[2] = sigma(z^[2])
 * Only formatting happens here: the products are written out, never added up; z and a are
 * the values the engine's forward pass returned.
 */
import { formatEntry } from '../NetworkMatrixGrid/grid-navigation.ts';

export interface UnitNumbers {
  /** the weights into the node: row i of W[l] */
  w: readonly number[];
  /** what the node reads: x, or a[1] for the output */
  inputs: readonly number[];
  b: number;
  z: number;
  a: number;
}

const num = (v: number) => {
  const text = formatEntry(v);
  return text.startsWith('-') ? `(${text})` : text;
};

/** w_1 x_1 + ... + b as TeX, a line break every two products so a phone can show it. */
function productsTex(u: UnitNumbers): string {
  const terms = u.w.map((w, k) => `${num(w)} \\cdot ${num(u.inputs[k]!)}`);
  terms.push(num(u.b));
  const lines: string[] = [];
  for (let k = 0; k < terms.length; k += 2) lines.push(terms.slice(k, k + 2).join(' + '));
  return lines.map((line, k) => `${k === 0 ? '&= ' : '&\\quad + '}${line}`).join(' \\\\ ');
}

/**
 * TeX for hidden unit `unit` (0-based) of layer 1, or for the output when layer is 2.
 * With `example` (1-based) the superscript (i) of that example is written too: z^[1](i)_j.
 */
export function unitEquationTex(
  layer: 1 | 2,
  unit: number,
  u: UnitNumbers,
  example?: number,
): string {
  const i = unit + 1;
  const ex = example === undefined ? '' : `(${example})`;
  const x = example === undefined ? 'x' : `x^{(${example})}`;
  const head =
    layer === 1
      ? `z^{[1]${ex}}_{${i}} &= w^{[1]T}_{${i}}\\, ${x} + b^{[1]}_{${i}}`
      : `z^{[2]${ex}} &= w^{[2]T} a^{[1]${ex}} + b^{[2]}`;
  const tail =
    layer === 1
      ? `a^{[1]${ex}}_{${i}} &= \\sigma\\bigl(z^{[1]${ex}}_{${i}}\\bigr) = ${formatEntry(u.a, 3)}`
      : `\\hat{y}${ex === '' ? '' : `^{${ex}}`} = a^{[2]${ex}} &= \\sigma\\bigl(z^{[2]${ex}}\\bigr) = ${formatEntry(u.a, 3)}`;
  return `\\begin{aligned} ${head} \\\\ ${productsTex(u)} \\\\ &= ${formatEntry(u.z, 3)} \\\\ ${tail} \\end{aligned}`;
}

/** The same equation in words and digits, for the live region and for tests. */
export function unitEquationText(layer: 1 | 2, unit: number, u: UnitNumbers): string {
  const name = layer === 1 ? `z[1]_${unit + 1}` : 'z[2]';
  const products = u.w.map((w, k) => `${formatEntry(w)} × ${formatEntry(u.inputs[k]!)}`);
  const aName = layer === 1 ? `a[1]_${unit + 1}` : 'a[2]';
  return `${name} = ${[...products, formatEntry(u.b)].join(' + ')} = ${formatEntry(u.z, 3)}; ${aName} = σ(${name}) = ${formatEntry(u.a, 3)}`;
}
