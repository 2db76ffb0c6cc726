/**
 * The drawing pad's shipped models, public/models/digits-*.json, are generated, never committed:
 * each is trained by the command line (`npm run train -- <recipe.cliArgs>`, the recipes in
 * src/train/digit-recipes.ts) when it is missing or its recipe changed, and the run fails loudly
 * when the model misses its test accuracy target. `npm run models` regenerates them; the Vite
 * plugin (vite-plugin-digit-models.ts) makes sure they exist before `npm start` and `vite build`.
 *
 * Beside the models, public/models/digit-models.json records how each file was made: the
 * command, the test accuracy the CLI measured on MNIST's 10,000 test images and the seconds it
 * took. The page may show that accuracy; this script uses it to notice a changed recipe.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import {
  DIGIT_MODELS_DIRECTORY,
  DIGIT_RECIPES,
  type DigitRecipe,
} from '../src/train/digit-recipes.ts';

/** The record of how the shipped models were made, beside them. */
export const BUILD_RECORD = 'digit-models.json';

export interface BuiltModel {
  /** `npm run train -- ...`, exactly as run. */
  command: string;
  cliArgs: string[];
  /** Accuracy on the 10,000 test images, measured by the CLI. */
  testAccuracy: number;
  targetAccuracy: number;
  /** Wall-clock seconds of the CLI run (data loading and evaluation included). */
  seconds: number;
}

export type BuildRecord = Record<string, BuiltModel>;

export interface EnsureOptions {
  /** The repository root (the CLI runs there). */
  root: string;
  /** Defaults to every recipe in DIGIT_RECIPES. */
  recipes?: readonly DigitRecipe[];
  /** Retrain even when a file is there and its recipe is unchanged. */
  force?: boolean;
  log?: (line: string) => void;
}

/** `npm run train -- <args>` as one line a reader can paste. */
export function trainCommand(cliArgs: readonly string[]): string {
  return ['npm run train --', ...cliArgs].join(' ');
}

/** The process that runs `npm run train -- <args>` without npm in between: node + tsx's CLI. */
export function trainProcess(cliArgs: readonly string[]): { command: string; args: string[] } {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  return { command: process.execPath, args: [tsx, 'src/cli/main.ts', ...cliArgs] };
}

/** Where a recipe's --save puts its file, relative to the root. */
export function savedPath(recipe: DigitRecipe): string {
  const at = recipe.cliArgs.indexOf('--save');
  const path = at >= 0 ? recipe.cliArgs[at + 1] : undefined;
  if (!path) throw new Error(`the recipe for ${recipe.file} has no --save argument`);
  return path;
}

export function readBuildRecord(root: string): BuildRecord {
  const path = join(root, DIGIT_MODELS_DIRECTORY, BUILD_RECORD);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BuildRecord;
  } catch {
    return {};
  }
}

function writeBuildRecord(root: string, record: BuildRecord): void {
  const path = join(root, DIGIT_MODELS_DIRECTORY, BUILD_RECORD);
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
}

/** True when the file is there and was made by exactly this recipe. */
export function isUpToDate(root: string, recipe: DigitRecipe, record: BuildRecord): boolean {
  const built = record[recipe.file];
  return (
    existsSync(join(root, savedPath(recipe))) &&
    built !== undefined &&
    JSON.stringify(built.cliArgs) === JSON.stringify(recipe.cliArgs)
  );
}

interface CliEvent {
  event: string;
  [key: string]: unknown;
}

/** Runs the CLI for one recipe, logging its progress; resolves with its `done` event. */
function runTraining(
  root: string,
  recipe: DigitRecipe,
  log: (line: string) => void,
): Promise<CliEvent> {
  const { command, args } = trainProcess(recipe.cliArgs);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let done: CliEvent | null = null;
    let steps = 0;
    const errors: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      let event: CliEvent;
      try {
        event = JSON.parse(line) as CliEvent;
      } catch {
        log(`  ${line}`);
        return;
      }
      if (event.event === 'start') steps = Number(event.steps);
      if (event.event === 'progress') {
        const epoch = (Number(event.iteration) / steps) * recipe.epochs;
        log(
          `  epoch ${epoch.toFixed(1)} of ${recipe.epochs}: batch cost ${Number(event.cost).toFixed(4)}`,
        );
      }
      if (event.event === 'diverged') log(`  diverged: ${String(event.cause)}`);
      if (event.event === 'done') done = event;
    });
    createInterface({ input: child.stderr }).on('line', (line) => errors.push(line));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && done) resolve(done);
      else {
        reject(
          new Error(
            `${trainCommand(recipe.cliArgs)} failed (exit code ${code}): ${errors.join(' ') || 'no done line'}`,
          ),
        );
      }
    });
  });
}

/** Trains one recipe's model file and checks its accuracy; removes the file if it misses. */
export async function buildDigitModel(
  root: string,
  recipe: DigitRecipe,
  log: (line: string) => void = console.log,
): Promise<BuiltModel> {
  const command = trainCommand(recipe.cliArgs);
  log(`digit models: training ${savedPath(recipe)} (${recipe.epochs} epochs on 60,000 images)`);
  log(`  ${command}`);
  mkdirSync(dirname(join(root, savedPath(recipe))), { recursive: true });
  const done = await runTraining(root, recipe, log);
  const testAccuracy = Number(done.testAccuracy);
  const seconds = Number(done.seconds);
  if (!(testAccuracy >= recipe.targetAccuracy)) {
    rmSync(join(root, savedPath(recipe)), { force: true });
    throw new Error(
      `digit models: ${recipe.file} reached ${percent(testAccuracy)} on the 10,000 test images, below its target of ${percent(recipe.targetAccuracy)}; the file was removed. Fix the recipe in src/train/digit-recipes.ts.`,
    );
  }
  log(
    `digit models: ${recipe.file} reached ${percent(testAccuracy)} test accuracy (target ${percent(recipe.targetAccuracy)}) in ${seconds.toFixed(1)} s`,
  );
  return {
    command,
    cliArgs: [...recipe.cliArgs],
    testAccuracy,
    targetAccuracy: recipe.targetAccuracy,
    seconds,
  };
}

function percent(x: number): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(2)}%` : String(x);
}

/** True while process `pid` runs (signal 0 only checks that it exists). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` holding a lock directory (with the holder's process id inside), so two builds in
 * one checkout (a test run and `vite build`) never train the same file at once: the second
 * waits, then finds the file made. A lock whose process has died is taken over.
 */
async function withLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const lock = join(root, DIGIT_MODELS_DIRECTORY, '.building');
  const owner = join(lock, 'pid');
  mkdirSync(join(root, DIGIT_MODELS_DIRECTORY), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(owner, String(process.pid));
      break;
    } catch {
      let pid = NaN;
      try {
        pid = Number(readFileSync(owner, 'utf8'));
      } catch {
        // just created, its pid not written yet, or released meanwhile
      }
      if (Number.isInteger(pid) && pid > 0 && !isRunning(pid)) {
        rmSync(lock, { recursive: true, force: true });
      } else {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Makes sure every recipe's model file exists and was made by its current recipe, training
 * the ones that are missing or stale (or all, with `force`). Throws when one misses its target.
 */
export async function ensureDigitModels(options: EnsureOptions): Promise<BuildRecord> {
  const { root, force = false, log = console.log } = options;
  const recipes = options.recipes ?? Object.values(DIGIT_RECIPES);
  const stale = (record: BuildRecord) =>
    recipes.filter((recipe) => force || !isUpToDate(root, recipe, record));
  if (stale(readBuildRecord(root)).length === 0) return readBuildRecord(root);
  return withLock(root, async () => {
    const record = readBuildRecord(root); // another build may have made them while we waited
    for (const recipe of stale(record)) {
      delete record[recipe.file];
      writeBuildRecord(root, record);
      record[recipe.file] = await buildDigitModel(root, recipe, log);
      writeBuildRecord(root, record);
    }
    const directory = relative(root, join(root, DIGIT_MODELS_DIRECTORY)) || '.';
    log(`digit models: ${recipes.map((r) => r.file).join(', ')} ready in ${directory}/`);
    return record;
  });
}
