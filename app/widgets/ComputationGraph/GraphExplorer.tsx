import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  evaluate,
  levels,
  nudgeCheck,
  NOTES_NUDGE,
  type NodeValues,
  type NudgeCheck,
} from '../../../src/nn/scalar-graph.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { formatNumber } from './graph-layout.ts';
import { GraphView, type Flow } from './GraphView.tsx';
import { NodeTable } from './NodeTable.tsx';
import {
  HIDDEN,
  isComplete,
  reveal,
  type PassSizes,
  type RevealAction,
  type RevealState,
} from './pass-reveal.ts';
import { strings } from './strings.ts';
import type { GraphSpec } from './types.ts';
import { useOrientation, usePrefersReducedMotion } from './useGraphMotion.ts';
import './ComputationGraph.css';

/** Time per level while a pass is animated. */
const STEP_MS = 750;

interface Machine {
  reveal: RevealState;
  /** The level revealed last, for the status line and the pulses along its edges. */
  last: { direction: 'forward' | 'backward'; level: number } | null;
  serial: number;
}

function step(m: Machine, action: RevealAction, sizes: PassSizes): Machine {
  const next = reveal(m.reveal, action, sizes);
  let last = m.last;
  if (action.type === 'reset') last = null;
  else if (action.type === 'backward' || next.backward > m.reveal.backward)
    last = { direction: 'backward', level: next.backward - 1 };
  else if (action.type === 'forward' || next.forward > m.reveal.forward)
    last = { direction: 'forward', level: next.forward };
  return { reveal: next, last, serial: m.serial + 1 };
}

interface GraphExplorerProps {
  spec: GraphSpec;
  /** Values of the graph's inputs and constants. */
  given: NodeValues;
}

/** A scalar computation graph with animated forward and backward passes and nudge checks. */
export function GraphExplorer({ spec, given }: GraphExplorerProps) {
  const s = useStrings(strings);
  const host = useRef<HTMLDivElement>(null);
  const orientation = useOrientation(host);
  const reducedMotion = usePrefersReducedMotion();
  const { graph } = spec;
  const { values, grad, local } = evaluate(graph, given);

  // Level 0 of the forward order is the inputs: always shown, never animated.
  const forwardLevels = useMemo(() => levels(graph, 'forward').slice(1), [graph]);
  const backwardLevels = useMemo(() => levels(graph, 'backward'), [graph]);
  const sizes = { forwardSteps: forwardLevels.length, backwardSteps: backwardLevels.length };
  const [machine, dispatch] = useReducer(
    (m: Machine, action: RevealAction) => step(m, action, sizes),
    { reveal: HIDDEN, last: null, serial: 0 },
  );
  const state = machine.reveal;

  useEffect(() => {
    if (!state.running) return;
    const timer = window.setTimeout(() => dispatch({ type: 'tick' }), STEP_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const forwardIndex = new Map(forwardLevels.flatMap((ids, i) => ids.map((id) => [id, i])));
  const backwardIndex = new Map(backwardLevels.flatMap((ids, i) => ids.map((id) => [id, i])));
  const valueShown = (id: string) => {
    const i = forwardIndex.get(id);
    return i === undefined || i < state.forward;
  };
  const gradShown = (id: string) => {
    const i = backwardIndex.get(id);
    return i !== undefined && i < state.backward;
  };

  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [allChecks, setAllChecks] = useState(false);
  const checks: Record<string, NudgeCheck | undefined> = {};
  for (const node of graph.nodes) {
    if (node.op.kind === 'constant') continue;
    if (allChecks || opened.has(node.id)) checks[node.id] = nudgeCheck(graph, given, node.id);
  }
  function toggleCheck(id: string) {
    setOpened((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  // The newest level's nodes, and the edges its numbers travelled along.
  const lastIds = machine.last
    ? machine.last.direction === 'forward'
      ? (forwardLevels[machine.last.level - 1] ?? [])
      : (backwardLevels[machine.last.level] ?? [])
    : [];
  const flow: Flow | null =
    machine.last && !reducedMotion && lastIds.length > 0
      ? {
          key: `${machine.serial}`,
          direction: machine.last.direction,
          edges: new Set(
            graph.nodes.flatMap((node) =>
              node.inputs
                .filter((from) =>
                  machine.last!.direction === 'forward'
                    ? lastIds.includes(node.id)
                    : lastIds.includes(from),
                )
                .map((from) => `${from}->${node.id}`),
            ),
          ),
        }
      : null;

  const name = (id: string) => spec.nodes[id]!.short;
  const status = (() => {
    if (!machine.last || lastIds.length === 0) return s.statusIdle;
    const items =
      machine.last.direction === 'forward'
        ? lastIds.map((id) => `${name(id)} = ${formatNumber(values[id]!)}`)
        : lastIds.map((id) => `${spec.nodes[id]!.gradLabel} = ${formatNumber(grad[id]!)}`);
    const text = (machine.last.direction === 'forward' ? s.statusForward : s.statusBackward)({
      items: items.join(', '),
    });
    return isComplete(state, sizes) ? `${text} ${s.statusDone}` : text;
  })();

  const shownValues = graph.nodes
    .filter((n) => valueShown(n.id))
    .map((n) => `${name(n.id)} = ${formatNumber(values[n.id]!)}`);
  const shownGrads = graph.nodes
    .filter((n) => n.op.kind !== 'constant' && gradShown(n.id))
    .map((n) => `${spec.nodes[n.id]!.gradLabel} = ${formatNumber(grad[n.id]!)}`);
  const summary = s.graphSummary({ shown: [...shownValues, ...shownGrads].join(', ') + '.' });
  const animate = !reducedMotion;

  return (
    <div
      className="graph-explorer"
      ref={host}
      data-testid="graph-explorer"
      data-forward={state.forward}
      data-backward={state.backward}
    >
      <div className="graph-explorer__controls" role="group" aria-label={s.controlsLabel}>
        <button
          type="button"
          data-testid="pass-forward"
          onClick={() => dispatch({ type: 'forward', animate })}
        >
          {s.forward}
        </button>
        <button
          type="button"
          data-testid="pass-backward"
          onClick={() => dispatch({ type: 'backward', animate })}
        >
          {s.backward}
        </button>
        <button
          type="button"
          data-testid="pass-step"
          disabled={isComplete(state, sizes)}
          onClick={() => dispatch({ type: 'step' })}
        >
          {s.step}
        </button>
        <button
          type="button"
          data-testid="pass-skip"
          disabled={!state.running}
          onClick={() => dispatch({ type: 'skip' })}
        >
          {s.skip}
        </button>
        <button
          type="button"
          data-testid="pass-show-all"
          onClick={() => dispatch({ type: 'show-all' })}
        >
          {s.showAll}
        </button>
        <button type="button" data-testid="pass-reset" onClick={() => dispatch({ type: 'reset' })}>
          {s.reset}
        </button>
        <label className="graph-explorer__toggle">
          <input
            type="checkbox"
            checked={allChecks}
            data-testid="show-all-nudges"
            onChange={(event) => setAllChecks(event.currentTarget.checked)}
          />
          {s.showNudges}
        </label>
      </div>
      <p className="graph-explorer__hint">{s.keyboardHint}</p>
      <p className="graph-explorer__status" role="status" data-testid="pass-status">
        {status}
      </p>
      <div className="graph-explorer__canvas">
        <GraphView
          spec={spec}
          orientation={orientation}
          values={values}
          grad={grad}
          local={local}
          valueShown={valueShown}
          gradShown={gradShown}
          checks={checks}
          flow={flow}
          summary={summary}
        />
      </div>
      <ul className="graph-explorer__legend">
        <li className="graph-explorer__legend-value">{s.legendForward}</li>
        <li className="graph-explorer__legend-grad">{s.legendBackward}</li>
        <li className="graph-explorer__legend-check">{s.legendNudge}</li>
      </ul>
      <NodeTable
        spec={spec}
        values={values}
        grad={grad}
        valueShown={valueShown}
        gradShown={gradShown}
        checks={checks}
        onToggleCheck={toggleCheck}
        nudge={NOTES_NUDGE}
      />
    </div>
  );
}
