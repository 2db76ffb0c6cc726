/**
 * The training loop. One step (iteration) on a batch of m examples, full or mini:
 *
 *   forward:   A[L] = network(X_batch)          cost J = computeCost(A[L], Y_batch)
 *   backward:  dW[l], db[l] for l = L..1
 *   update:    W[l] := W[l] - alpha dW[l] (or momentum / Adam), same for b[l]
 *
 * Mini-batches walk a permutation of the m examples, reshuffled from the seeded RNG at the start
 * of every epoch; the last batch of an epoch holds the remainder. Every buffer (batch copies,
 * caches, gradients, optimizer state) is allocated once per batch size and reused, so a step
 * allocates nothing.
 *
 * Divergence stops training at once: a cost or parameter that is NaN or infinite, or a cost
 * over EXPLOSION_FACTOR times the first (cross-entropy from logits grows without bound when
 * the weights do), is reported with its step and a likely cause; no update is applied after it.
 * The parameters are checked by the optimizer as it writes them (update() returns the verdict,
 * see nn/optimizers.ts): every parameter, every step, with no pass of its own.
 */
import { type Matrix, ShapeError, gatherColumns, shapeText, zeros } from '../math/matrix';
import { logisticGradientInto } from '../math/fused-logistic';
import { createRng, type Rng } from '../math/rng';
import { type BackwardWorkspace, backward, createBackwardWorkspace } from '../nn/backward';
import { validateConfig, validateParameters } from '../nn/config';
import { computeCost } from '../nn/cost';
import { createCache, forward } from '../nn/forward';
import { initializeParameters } from '../nn/initialize';
import { type Optimizer, createOptimizer } from '../nn/optimizers';
import {
  type Cache,
  type Gradients,
  type InitName,
  type NetworkConfig,
  type OptimizerName,
  type Parameters,
  layerCount,
} from '../nn/types';
import { BatchGatherer } from './batch-gather';
import type { Dataset } from './dataset';
import { countCorrect } from './metrics';

export type { Dataset } from './dataset';

export interface TrainingOptions {
  config: NetworkConfig;
  init: InitName;
  /** for init 'random': W = randn * initScale, default 0.01 */
  initScale?: number;
  optimizer: OptimizerName;
  learningRate: number;
  /** examples per step; null or undefined = full batch (all m) */
  batchSize?: number | null;
  seed: number;
}

export interface Divergence {
  /** the step (1-based) at which the problem was found */
  iteration: number;
  cause: string;
  /** the cause's stable code and numbers, for wording it in another language */
  code: 'diverged-nan-at-start' | 'diverged-cost-grew' | 'diverged-parameters';
  params: { learningRate: string; firstCost: string; cost: string; step: number };
}

export interface StepResult {
  /** gradient steps taken so far */
  iteration: number;
  /** cost of the last batch, before its update (NaN before the first step) */
  cost: number;
  diverged: Divergence | null;
}

/** A cost above this multiple of the first cost (and above 100) counts as divergence. */
export const EXPLOSION_FACTOR = 1000;
/**
 * Columns evaluated at a time, to bound the memory of evaluate() on 60,000 examples. MNIST's
 * 10,000 test images fit in one chunk, which needs no copy of X's columns (evaluate() runs after
 * every epoch on the way to the target accuracy; three gathered chunks of 4096 made it ~2x slower).
 */
export const EVALUATION_CHUNK = 10_000;

interface BatchBuffers {
  X: Matrix;
  Y: Matrix;
  cache: Cache;
  back: BackwardWorkspace;
}

function formatNumber(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(3))) : String(x);
}

export class Trainer {
  params: Parameters;
  readonly config: NetworkConfig;
  readonly data: Dataset;
  readonly options: TrainingOptions;
  private readonly optimizer: Optimizer;
  private readonly rng: Rng;
  private readonly batchSize: number;
  private readonly order: Uint32Array;
  private cursor = 0;
  private steps = 0;
  private epochs = 0;
  private firstCost = NaN;
  private lastCost = NaN;
  private divergence: Divergence | null = null;
  private readonly buffers = new Map<number, BatchBuffers>();
  /** Copies mini-batches out of X (made at the first mini-batch: it may copy X once). */
  private gatherer: BatchGatherer | null = null;
  /** evaluate()'s forward cache, kept for the next call with the same number of columns */
  private evaluationCache: Cache | undefined;
  /** z scratch (length m) of the fused full-batch logistic-regression step, when it applies. */
  private readonly logisticZ: Float64Array | null;

  constructor(options: TrainingOptions, data: Dataset, params?: Parameters) {
    const { config } = options;
    validateConfig(config);
    const m = data.X.cols;
    const L = layerCount(config);
    if (data.X.rows !== config.layerSizes[0]) {
      throw new ShapeError(
        `X is ${shapeText(data.X)} but the network has n_x = ${config.layerSizes[0]}: X must be (n_x, m)`,
      );
    }
    if (data.Y.rows !== config.layerSizes[L] || data.Y.cols !== m) {
      throw new ShapeError(
        `Y is ${shapeText(data.Y)} but X is ${shapeText(data.X)} and n[L] = ${config.layerSizes[L]}: Y must be (n[L], m) = (${config.layerSizes[L]}, ${m})`,
      );
    }
    if (m === 0) throw new Error('the training set is empty (m = 0)');
    const batch = options.batchSize;
    if (batch !== null && batch !== undefined && (!Number.isInteger(batch) || batch < 1)) {
      throw new Error(`the batch size must be a whole number of at least 1, got ${batch}`);
    }
    this.options = options;
    this.config = config;
    this.data = data;
    this.rng = createRng(options.seed);
    this.params =
      params ?? initializeParameters(config, options.init, this.rng, options.initScale ?? 0.01);
    validateParameters(config, this.params);
    this.optimizer = createOptimizer(options.optimizer, this.params, {
      learningRate: options.learningRate,
    });
    this.batchSize = batch === null || batch === undefined ? m : Math.min(batch, m);
    this.order = new Uint32Array(this.batchSize < m ? m : 0);
    for (let i = 0; i < this.order.length; i++) this.order[i] = i;
    // Full-batch logistic regression (lesson 9, MNIST one-vs-rest) takes the fused kernel: one
    // pass for Z, J and dZ and one for dw, instead of forward, cost and backward separately.
    const logistic =
      L === 1 && config.outputActivation === 'sigmoid' && config.loss === 'cross-entropy';
    this.logisticZ = logistic && this.batchSize === m ? new Float64Array(m) : null;
  }

  /** Gradient steps taken so far. */
  get iteration(): number {
    return this.steps;
  }

  /** Complete passes over the training set. */
  get epoch(): number {
    return this.fullBatch ? this.steps : this.epochs;
  }

  get learningRate(): number {
    return this.optimizer.learningRate;
  }

  /** The divergence that stopped training, or null. */
  get diverged(): Divergence | null {
    return this.divergence;
  }

  /** True when every step uses all m examples. */
  get fullBatch(): boolean {
    return this.batchSize === this.data.X.cols;
  }

  /** Steps per epoch: ceil(m / batch size). */
  get stepsPerEpoch(): number {
    return Math.ceil(this.data.X.cols / this.batchSize);
  }

  setLearningRate(alpha: number): void {
    this.optimizer.learningRate = alpha;
  }

  /** Takes up to `count` steps; stops early (and for good) on divergence. */
  step(count: number): StepResult {
    if (!Number.isInteger(count) || count < 0) {
      throw new Error(`step(count) needs a whole number of steps, got ${count}`);
    }
    const L = layerCount(this.config);
    for (let s = 0; s < count && this.divergence === null; s++) {
      const batch = this.nextBatch();
      let cost: number;
      let cache: Cache | null = null;
      if (this.logisticZ) cost = this.logisticGradient(batch);
      else {
        cache = forward(this.config, this.params, batch.X, batch.cache);
        cost = computeCost(this.config, cache.A[L]!, batch.Y, cache.Z[L]);
      }
      const stepNumber = this.steps + 1;
      if (this.steps === 0) this.firstCost = cost;
      this.lastCost = cost;
      if (!Number.isFinite(cost) || this.exploded(cost)) {
        this.divergence = { iteration: stepNumber, ...this.cause(cost, stepNumber) };
        break;
      }
      const grads = cache
        ? backward(this.config, this.params, cache, batch.Y, batch.back)
        : batch.back.grads;
      const finite = this.optimizer.update(this.params, grads);
      this.steps++;
      if (!finite) {
        this.divergence = {
          iteration: stepNumber,
          cause: `the parameters became NaN or infinite at step ${stepNumber}: learning rate ${formatNumber(this.learningRate)} is too large (the cost was ${formatNumber(cost)})`,
          code: 'diverged-parameters',
          params: this.causeParams(cost, stepNumber),
        };
      }
    }
    return { iteration: this.steps, cost: this.lastCost, diverged: this.divergence };
  }

  /** Cost and accuracy of the current parameters on (X, Y), in chunks of columns. */
  evaluate(X: Matrix, Y: Matrix): { cost: number; accuracy: number } {
    const m = X.cols;
    if (Y.cols !== m) {
      throw new ShapeError(`X is ${shapeText(X)} but Y is ${shapeText(Y)}: both need m columns`);
    }
    if (m === 0) return { cost: NaN, accuracy: NaN };
    const L = layerCount(this.config);
    let costSum = 0;
    let correct = 0;
    for (let start = 0; start < m; start += EVALUATION_CHUNK) {
      const n = Math.min(EVALUATION_CHUNK, m - start);
      const Xc = n === m ? X : zeros(X.rows, n);
      const Yc = n === m ? Y : zeros(Y.rows, n);
      if (n !== m) {
        const indices = new Uint32Array(n);
        for (let i = 0; i < n; i++) indices[i] = start + i;
        gatherColumns(X, indices, Xc);
        gatherColumns(Y, indices, Yc);
      }
      // forward() writes into the kept cache when it fits n columns, else allocates one.
      const cache = forward(this.config, this.params, Xc, this.evaluationCache);
      if (n === Math.min(EVALUATION_CHUNK, m)) this.evaluationCache = cache;
      costSum += computeCost(this.config, cache.A[L]!, Yc, cache.Z[L]) * n;
      correct += countCorrect(cache.A[L]!, Yc);
    }
    return { cost: costSum / m, accuracy: correct / m };
  }

  /**
   * The fused logistic-regression step (math/fused-logistic.ts): writes dW[1] and db[1] into
   * the batch's gradient buffers and returns J, the same numbers as forward, computeCost and
   * backward give (to float32 rounding).
   */
  private logisticGradient(batch: BatchBuffers): number {
    const grads: Gradients = batch.back.grads;
    const { cost, db } = logisticGradientInto(
      this.params.W[0]!.data,
      this.params.b[0]!.data[0]!,
      batch.X,
      batch.Y,
      grads.dW[0]!.data,
      this.logisticZ!,
    );
    grads.db[0]!.data[0] = db;
    return cost;
  }

  private exploded(cost: number): boolean {
    return this.steps > 0 && cost > 100 && cost > EXPLOSION_FACTOR * this.firstCost;
  }

  private cause(cost: number, step: number): Omit<Divergence, 'iteration'> {
    const params = this.causeParams(cost, step);
    if (this.steps === 0) {
      return {
        cause: `the cost is ${formatNumber(cost)} before any step: the data or the initial parameters contain NaN or infinite values`,
        code: 'diverged-nan-at-start',
        params,
      };
    }
    return {
      cause: `learning rate ${formatNumber(this.learningRate)} is too large: the cost grew from ${formatNumber(this.firstCost)} to ${formatNumber(cost)}`,
      code: 'diverged-cost-grew',
      params,
    };
  }

  private causeParams(cost: number, step: number): Divergence['params'] {
    return {
      learningRate: formatNumber(this.learningRate),
      firstCost: formatNumber(this.firstCost),
      cost: formatNumber(cost),
      step,
    };
  }

  /** The buffers for a batch of n examples, allocated the first time n is seen. */
  private buffersFor(n: number): BatchBuffers {
    let buffers = this.buffers.get(n);
    if (buffers === undefined) {
      const dtype = this.params.W[0]!.data instanceof Float64Array ? 'float64' : 'float32';
      const full = n === this.data.X.cols && this.fullBatch;
      buffers = {
        X: full
          ? this.data.X
          : zeros(
              this.data.X.rows,
              n,
              this.data.X.data instanceof Float64Array ? 'float64' : 'float32',
            ),
        Y: full
          ? this.data.Y
          : zeros(
              this.data.Y.rows,
              n,
              this.data.Y.data instanceof Float64Array ? 'float64' : 'float32',
            ),
        cache: createCache(this.config, n, dtype),
        back: createBackwardWorkspace(this.config, n, dtype),
      };
      this.buffers.set(n, buffers);
    }
    return buffers;
  }

  /** The next batch: all of X and Y, or the next slice of this epoch's shuffled order. */
  private nextBatch(): BatchBuffers {
    const m = this.data.X.cols;
    if (this.fullBatch) return this.buffersFor(m);
    if (this.cursor === 0) this.rng.shuffle(this.order);
    const n = Math.min(this.batchSize, m - this.cursor);
    const indices = this.order.subarray(this.cursor, this.cursor + n);
    const buffers = this.buffersFor(n);
    this.gatherer ??= new BatchGatherer(this.data.X, this.data.Y);
    this.gatherer.gather(indices, buffers.X, buffers.Y);
    this.cursor += n;
    if (this.cursor >= m) {
      this.cursor = 0;
      this.epochs++;
    }
    return buffers;
  }
}
