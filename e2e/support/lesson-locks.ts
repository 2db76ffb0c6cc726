/**
 * Every lesson's URL settings and the controls that set them, for the check that an
 * instructor's link locking all of a lesson's settings shows every one of them locked.
 * The spec reads the settings from the lesson's own instructor-link panel and compares
 * them with this table, so a new setting without an entry here fails the check.
 */
export interface LessonLocks {
  /** Folder name, as in /lessons/<id> */
  id: string;
  /** A query to open the lesson with, so controls that only some states show are on screen */
  query?: string;
  /** Each setting's controls (test ids; every element with the id must be locked) */
  controls: Record<string, readonly string[]>;
  /** Settings this view has no control for, and why; another row (or nothing) covers them */
  offscreen?: Record<string, string>;
  /** The lesson first loads MNIST or a model, which takes longer */
  slow?: boolean;
}

export const LESSON_LOCKS: readonly LessonLocks[] = [
  {
    id: '01-binary-classification',
    slow: true,
    controls: {
      seed: ['image-seed', 'new-picture'],
      prow: ['pixel-row'],
      pcol: ['pixel-col'],
      start: ['next-images'],
      pick: ['candidate-0', 'clear'],
      target: ['target-digit'],
      row: ['trace-row'],
    },
  },
  {
    id: '02-logistic-regression',
    controls: {
      z: ['z-input', 'z-slider'],
      seed: ['seed'],
      lr: ['learning-rate'],
      w1: ['slider-w1'],
      w2: ['slider-w2'],
      b: ['slider-b'],
    },
    offscreen: {
      m: 'the number of generated points has no control on the page',
      noise: 'the noise of the generated points has no control on the page',
    },
  },
  {
    id: '03-loss-and-cost',
    controls: {
      yhat: ['yhat-slider'],
      seed: ['seed-input'],
      b: ['b-slider'],
      w: ['w-slider'],
    },
  },
  {
    id: '04-gradient-descent',
    slow: true,
    controls: {
      lr: ['learning-rate', 'preset-good'],
      sw: ['start-w'],
      sb: ['start-b'],
      steps: ['steps'],
    },
  },
  {
    id: '05-derivative-intuition',
    controls: {
      f: ['function-square', 'function-log'],
      a: ['a-input', 'a-slider'],
      nudge: ['nudge-input', 'nudge-shrink', 'nudge-grow'],
    },
  },
  {
    id: '06-computation-graph',
    controls: { a: ['input-a'], b: ['input-b'], c: ['input-c'] },
  },
  {
    id: '07-logistic-regression-derivatives',
    controls: {
      x1: ['input-x1'],
      x2: ['input-x2'],
      y: ['input-y-0', 'input-y-1'],
      w1: ['input-w1', 'gd-apply', 'gd-restart'],
      w2: ['input-w2'],
      b: ['input-b'],
      alpha: ['input-alpha'],
    },
  },
  {
    id: '08-gradient-descent-m-examples',
    controls: {
      m: ['loop-m'],
      seed: ['loop-seed', 'loop-new-data'],
      w1: ['loop-w1'],
      w2: ['loop-w2'],
      b: ['loop-b'],
      lr: ['loop-lr'],
      step: ['loop-next', 'loop-next-example', 'loop-run-to-end'],
    },
  },
  {
    id: '09-vectorisation-broadcasting',
    controls: {
      nx: ['race-nx'],
      mfrom: ['race-mfrom'],
      mto: ['race-mto'],
      reps: ['race-reps'],
      seed: ['race-seed'],
      left: ['broadcast-left'],
      right: ['broadcast-right'],
      op: ['broadcast-op'],
      n: ['broadcast-n'],
      m: ['broadcast-m'],
    },
  },
  {
    id: '10-logistic-regression-mnist',
    controls: {
      task: ['task-rest', 'task-pair'],
      d: ['digit'],
      lr: ['learning-rate'],
    },
    offscreen: { d1: 'shown for the pair task (next row)', d2: 'shown for the pair task' },
  },
  {
    id: '10-logistic-regression-mnist',
    query: 'task=pair',
    controls: {
      task: ['task-rest', 'task-pair'],
      d1: ['digit-1'],
      d2: ['digit-2'],
      lr: ['learning-rate'],
    },
    offscreen: { d: 'shown for the one-against-the-rest task (row above)' },
  },
  {
    id: '11-network-representation',
    controls: { nx: ['select-nx'], n1: ['select-n1'], ex: ['select-ex'] },
  },
  {
    id: '12-vectorising-across-examples',
    controls: { m: ['select-m'] },
  },
  {
    id: '13-activation-functions',
    controls: { z: ['z-input', 'z-slider'] },
  },
  {
    id: '14-why-nonlinear-activations',
    controls: {
      dataset: ['dataset', 'csv-upload'],
      seed: ['seed'],
      hidden: ['hidden-units'],
      lr: ['learning-rate'],
    },
  },
  {
    id: '15-backpropagation',
    controls: {
      dataset: ['dataset', 'csv-upload'],
      seed: ['seed'],
      hidden: ['hidden-units'],
      lr: ['learning-rate'],
      eps: ['gradient-check-epsilon'],
    },
  },
  {
    id: '16-random-initialisation',
    controls: {
      dataset: ['dataset', 'csv-upload'],
      seed: ['seed'],
      hidden: ['hidden-units'],
      lr: ['learning-rate'],
      small: ['small-scale'],
      large: ['large-scale'],
    },
  },
  {
    id: '17-planar-data-classification',
    controls: {
      iterations: ['sweep-iterations'],
      lr: ['sweep-learning-rate'],
      seed: ['sweep-seed'],
    },
  },
  {
    id: '18-deep-network-shapes',
    // All seven hidden layers and the hand-typed shape, so every size has its box.
    query: 'hidden=7&edit=W&el=2',
    controls: {
      nx: ['size-nx'],
      hidden: ['add-layer', 'remove-layer-1', 'remove-layer-7'],
      n1: ['size-n1'],
      n2: ['size-n2'],
      n3: ['size-n3'],
      n4: ['size-n4'],
      n5: ['size-n5'],
      n6: ['size-n6'],
      n7: ['size-n7'],
      ny: ['size-ny'],
      m: ['size-m'],
      edit: ['edit-toggle', 'edit-param'],
      el: ['edit-layer'],
      er: ['edit-rows'],
      ec: ['edit-cols'],
    },
  },
  {
    id: '19-hyperparameters',
    controls: {
      data: ['hp-data'],
      sweep: ['hp-swept'],
      lr: ['hp-fixed-lr'],
      iterations: ['hp-fixed-iterations'],
      hidden: ['hp-fixed-hidden'],
      layers: ['hp-fixed-layers'],
      activation: ['hp-fixed-activation'],
      seed: ['hp-fixed-seed'],
      values: ['hp-values'],
    },
  },
  {
    id: '20-draw-a-digit',
    slow: true,
    controls: {
      ova: ['model-source-one-vs-all'],
      net: ['model-source-hidden'],
      view: ['view-one-vs-all', 'view-hidden'],
      class: ['class-auto', 'w-tile'],
      mistakes: ['mistakes-hidden', 'mistakes-one-vs-all'],
    },
  },
];
