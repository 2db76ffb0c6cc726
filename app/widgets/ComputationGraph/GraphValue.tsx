import { NOTES_ABC, threeAPlusBC } from '../../../src/nn/scalar-graph-examples.ts';
import { evaluate, forward, NOTES_NUDGE, nudgeCheck } from '../../../src/nn/scalar-graph.ts';
import { formatFixed, formatNumber } from './graph-layout.ts';

interface GraphValueProps {
  node: 'a' | 'b' | 'c' | 'u' | 'v' | 'J';
  /** value: the node's value; grad: dJ/d(node); nudged: J (or `of`) after the node moves by 0.001; ratio: the nudge's change ÷ 0.001. */
  kind?: 'value' | 'grad' | 'nudged' | 'ratio';
  /** With kind="nudged": the node to read after the nudge, J by default. */
  of?: 'u' | 'v' | 'J';
  /** Inputs other than the notes' a = 5, b = 3, c = 2. */
  a?: number;
  b?: number;
  c?: number;
  digits?: number;
}

/** A number in lesson 6's prose, computed by src/nn/scalar-graph.ts on J = 3(a + bc). */
export function GraphValue({ node, kind = 'value', of, a, b, c, digits }: GraphValueProps) {
  const given = { a: a ?? NOTES_ABC.a, b: b ?? NOTES_ABC.b, c: c ?? NOTES_ABC.c };
  const { values, grad } = evaluate(threeAPlusBC, given);
  const value =
    kind === 'value'
      ? values[node]!
      : kind === 'grad'
        ? grad[node]!
        : kind === 'nudged'
          ? forward(threeAPlusBC, given, { id: node, delta: NOTES_NUDGE })[of ?? 'J']!
          : nudgeCheck(threeAPlusBC, given, node).ratio;
  const text = digits === undefined ? formatNumber(value, 6) : formatFixed(value, digits);
  return (
    <span className="graph-computed" data-value={value}>
      {text}
    </span>
  );
}
