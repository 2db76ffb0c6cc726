import { describe, expect, it } from 'vitest';
import { unitEquationTex, unitEquationText } from './unit-equation.ts';

const u = { w: [0.5, -1.25, 2], inputs: [1, 0.4, -0.3], b: 0.1, z: -0.5, a: 0.3775 };

describe('unit equation', () => {
  it('writes each product and the engine result, with negatives in parentheses', () => {
    const tex = unitEquationTex(1, 1, u);
    expect(tex).toContain('z^{[1]}_{2}');
    expect(tex).toContain('0.50 \\cdot 1.00');
    expect(tex).toContain('(-1.25) \\cdot 0.40');
    expect(tex).toContain('&= -0.500');
    expect(tex).toContain('0.378');
  });
  it('has a plain-text twin', () => {
    expect(unitEquationText(2, 0, u)).toBe(
      'z[2] = 0.50 × 1.00 + -1.25 × 0.40 + 2.00 × -0.30 + 0.10 = -0.500; a[2] = σ(z[2]) = 0.378',
    );
  });
});
