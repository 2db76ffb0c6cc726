/**
 * Which steps of the forward and backward passes are on show, as a pure state machine so
 * tests can drive it. A step is one level of the graph (scalar-graph.ts `levels`): every node
 * in a level is revealed together.
 */

export interface RevealState {
  /** Forward steps shown (values of the computed nodes, level by level). */
  forward: number;
  /** Backward steps shown (derivatives, from the output back). */
  backward: number;
  /** The pass being animated, or null when nothing moves. */
  running: 'forward' | 'backward' | null;
}

export interface PassSizes {
  forwardSteps: number;
  backwardSteps: number;
}

export type RevealAction =
  /** Play the forward pass from the start (all at once when motion is reduced). */
  | { type: 'forward'; animate: boolean }
  /** Play the backward pass from the output; the forward pass is completed first. */
  | { type: 'backward'; animate: boolean }
  /** One step: the next forward level, then the next backward level. */
  | { type: 'step' }
  /** The animation timer's tick. */
  | { type: 'tick' }
  /** Finish the running pass at once. */
  | { type: 'skip' }
  | { type: 'show-all' }
  | { type: 'reset' };

export const HIDDEN: RevealState = { forward: 0, backward: 0, running: null };

export function reveal(state: RevealState, action: RevealAction, sizes: PassSizes): RevealState {
  const { forwardSteps: F, backwardSteps: B } = sizes;
  switch (action.type) {
    case 'forward':
      return action.animate
        ? { forward: Math.min(1, F), backward: 0, running: F > 1 ? 'forward' : null }
        : { forward: F, backward: 0, running: null };
    case 'backward':
      return action.animate
        ? { forward: F, backward: Math.min(1, B), running: B > 1 ? 'backward' : null }
        : { forward: F, backward: B, running: null };
    case 'step':
      if (state.forward < F) return { ...state, forward: state.forward + 1, running: null };
      if (state.backward < B) return { ...state, backward: state.backward + 1, running: null };
      return { ...state, running: null };
    case 'tick': {
      if (state.running === 'forward') {
        const forward = Math.min(F, state.forward + 1);
        return { ...state, forward, running: forward < F ? 'forward' : null };
      }
      if (state.running === 'backward') {
        const backward = Math.min(B, state.backward + 1);
        return { ...state, backward, running: backward < B ? 'backward' : null };
      }
      return state;
    }
    case 'skip':
      if (state.running === 'forward') return { ...state, forward: F, running: null };
      if (state.running === 'backward') return { ...state, backward: B, running: null };
      return state;
    case 'show-all':
      return { forward: F, backward: B, running: null };
    case 'reset':
      return HIDDEN;
  }
}

/** True when every step of both passes is on show. */
export function isComplete(state: RevealState, sizes: PassSizes): boolean {
  return state.forward >= sizes.forwardSteps && state.backward >= sizes.backwardSteps;
}
