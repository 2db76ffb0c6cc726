/**
 * The values a sweep tries, as the student types them ("0.01, 0.1, 0.5") and as the URL
 * keeps them ("0.01,0.1,0.5"): parsed per hyperparameter, with a reason when unusable.
 */
import {
  HIDDEN_ACTIVATIONS,
  MAX_RUNS,
  type Swept,
  type SweptValue,
  hyperSchema,
} from './settings.ts';

export const DEFAULT_VALUES: Readonly<Record<Swept, readonly SweptValue[]>> = {
  lr: [0.01, 0.1, 0.5, 1.2, 3],
  iterations: [100, 500, 1000, 2000, 5000],
  hidden: [1, 2, 4, 8, 16],
  layers: [1, 2, 3],
  activation: ['tanh', 'relu', 'leaky-relu', 'sigmoid'],
};

export type ValueListResult =
  | { ok: true; values: SweptValue[] }
  | { ok: false; reason: 'empty' | 'too-many' | 'bad-value'; item?: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Splits on commas, semicolons or blanks; drops repeats, keeping the first. */
export function parseValueList(swept: Swept, text: string): ValueListResult {
  const items = text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return { ok: false, reason: 'empty' };
  const values: SweptValue[] = [];
  for (const item of items) {
    const value = parseItem(swept, item);
    if (value === null) return { ok: false, reason: 'bad-value', item };
    if (!values.includes(value)) values.push(value);
  }
  if (values.length > MAX_RUNS) return { ok: false, reason: 'too-many' };
  return { ok: true, values };
}

function parseItem(swept: Swept, item: string): SweptValue | null {
  if (swept === 'activation') {
    const name = item.toLowerCase();
    return (HIDDEN_ACTIVATIONS as readonly string[]).includes(name) ? name : null;
  }
  if (!DECIMAL.test(item)) return null;
  const value = Number(item);
  const spec = hyperSchema[swept];
  if (!Number.isFinite(value) || value < spec.min || value > spec.max) return null;
  if ('integer' in spec && spec.integer && !Number.isInteger(value)) return null;
  return value;
}

export function formatValueList(values: readonly SweptValue[]): string {
  return values.join(', ');
}

/** The URL form: no blanks. */
export function valueListParam(values: readonly SweptValue[]): string {
  return values.join(',');
}
