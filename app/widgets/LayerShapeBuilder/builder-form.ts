/**
 * Lesson 18's layer builder as the student types it: every size is kept as typed text, so a
 * half-typed or impossible value ("", "0", "2.5", "99999") stays on screen while the engine
 * explains what is wrong with it. Framework-free; the URL schema lives here too.
 */
import { MAX_INPUTS, MAX_UNITS } from '../../../src/nn/config.ts';
import { BUILDER_LIMITS } from '../../engine/index.ts';
import type { Schema, Values } from '../../stores/url-settings.ts';

/** Hidden layers the builder holds: L - 1, with L capped by the builder. */
export const MAX_HIDDEN = BUILDER_LIMITS.layers - 1;
export const NEW_LAYER_SIZE = 3;

const unitsField = (fallback: number) =>
  ({ kind: 'number', default: fallback, min: 1, max: MAX_UNITS, integer: true }) as const;

/** ?nx=3&hidden=2&n1=4&n2=3&ny=1&m=5, and the hand-typed shape: &edit=W&el=2&er=3&ec=4 */
export const builderSchema = {
  nx: { kind: 'number', default: 3, min: 1, max: MAX_INPUTS, integer: true },
  hidden: { kind: 'number', default: 2, min: 0, max: MAX_HIDDEN, integer: true },
  n1: unitsField(4),
  n2: unitsField(3),
  n3: unitsField(3),
  n4: unitsField(3),
  n5: unitsField(3),
  n6: unitsField(3),
  n7: unitsField(3),
  ny: unitsField(1),
  m: { kind: 'number', default: 5, min: 1, max: BUILDER_LIMITS.m, integer: true },
  edit: { kind: 'enum', default: 'off', values: ['off', 'W', 'b'] },
  el: { kind: 'number', default: 1, min: 1, max: BUILDER_LIMITS.layers, integer: true },
  er: unitsField(4),
  ec: unitsField(3),
} satisfies Schema;

export type BuilderSettings = Values<typeof builderSchema>;
export const HIDDEN_KEYS = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'] as const;

export interface BuilderForm {
  nx: string;
  hidden: string[];
  ny: string;
  m: string;
  edit: 'off' | 'W' | 'b';
  /** the notes' l of the edited parameter */
  editLayer: number;
  rows: string;
  cols: string;
}

export function formFromSettings(v: BuilderSettings): BuilderForm {
  return {
    nx: String(v.nx),
    hidden: HIDDEN_KEYS.slice(0, v.hidden).map((key) => String(v[key])),
    ny: String(v.ny),
    m: String(v.m),
    edit: v.edit === 'W' || v.edit === 'b' ? v.edit : 'off',
    editLayer: v.el,
    rows: String(v.er),
    cols: String(v.ec),
  };
}

export type ParsedForm =
  | {
      ok: true;
      layerSizes: number[];
      m: number;
      edit: { param: 'W' | 'b'; layer: number; rows: number; cols: number } | null;
    }
  /** `field` names the empty box in the notes' symbols: "n[2]", "m", or "W[1]" with its part */
  | { ok: false; field: string; part?: 'rows' | 'cols' };

/** Text to numbers. Anything numeric goes on to the engine, which judges it. */
export function parseForm(form: BuilderForm): ParsedForm {
  const read = (text: string) => (text.trim() === '' ? null : Number(text));
  const sizes: (number | null)[] = [read(form.nx), ...form.hidden.map(read), read(form.ny)];
  const names = [
    'n_x',
    ...form.hidden.map((_, k) => `n[${k + 1}]`),
    `n[${form.hidden.length + 1}]`,
  ];
  const empty = sizes.findIndex((n) => n === null || Number.isNaN(n));
  if (empty >= 0) return { ok: false, field: names[empty]! };
  const m = read(form.m);
  if (m === null || Number.isNaN(m)) return { ok: false, field: 'm' };
  let edit = null;
  if (form.edit !== 'off') {
    const L = form.hidden.length + 1;
    const layer = Math.min(form.editLayer, L);
    const rows = read(form.rows);
    const cols = read(form.cols);
    const field = `${form.edit}[${layer}]`;
    if (rows === null || Number.isNaN(rows)) return { ok: false, field, part: 'rows' };
    if (cols === null || Number.isNaN(cols)) return { ok: false, field, part: 'cols' };
    edit = { param: form.edit, layer, rows, cols };
  }
  return { ok: true, layerSizes: sizes as number[], m, edit };
}

/** The URL fields for a form the engine accepted. */
export function settingsFromParsed(
  parsed: Extract<ParsedForm, { ok: true }>,
): Partial<BuilderSettings> {
  const sizes = parsed.layerSizes;
  const hidden = sizes.slice(1, -1);
  const changes: Partial<BuilderSettings> = {
    nx: sizes[0]!,
    hidden: hidden.length,
    ny: sizes[sizes.length - 1]!,
    m: parsed.m,
    edit: parsed.edit ? parsed.edit.param : 'off',
  };
  hidden.forEach((n, k) => (changes[HIDDEN_KEYS[k]!] = n));
  if (parsed.edit) {
    changes.el = parsed.edit.layer;
    changes.er = parsed.edit.rows;
    changes.ec = parsed.edit.cols;
  }
  return changes;
}

/** A new hidden layer just before the output layer. */
export function addHiddenLayer(form: BuilderForm): BuilderForm {
  if (form.hidden.length >= MAX_HIDDEN) return form;
  return { ...form, hidden: [...form.hidden, String(NEW_LAYER_SIZE)] };
}

/** Removes hidden layer l (1-based); the edited layer keeps pointing at a layer that exists. */
export function removeHiddenLayer(form: BuilderForm, l: number): BuilderForm {
  const hidden = form.hidden.filter((_, k) => k !== l - 1);
  return { ...form, hidden, editLayer: Math.min(form.editLayer, hidden.length + 1) };
}

export type BuilderField = keyof typeof builderSchema & string;

/**
 * The form with every field an instructor's link locks put back to the link's value: a
 * change elsewhere (turning the editor on starts from the rule's shape) never moves them.
 */
export function keepLocked(
  form: BuilderForm,
  settings: BuilderSettings,
  isLocked: (field: BuilderField) => boolean,
): BuilderForm {
  const text = (field: 'nx' | 'ny' | 'm' | 'er' | 'ec', typed: string) =>
    isLocked(field) ? String(settings[field]) : typed;
  return {
    ...form,
    nx: text('nx', form.nx),
    hidden: form.hidden.map((typed, k) =>
      isLocked(HIDDEN_KEYS[k]!) ? String(settings[HIDDEN_KEYS[k]!]) : typed,
    ),
    ny: text('ny', form.ny),
    m: text('m', form.m),
    edit: isLocked('edit') ? formFromSettings(settings).edit : form.edit,
    editLayer: isLocked('el') ? settings.el : form.editLayer,
    rows: text('er', form.rows),
    cols: text('ec', form.cols),
  };
}

/**
 * Whether hidden layer l (1-based) can be removed under an instructor's locks: not when the
 * number of layers is locked, nor when it would shift a locked size down into its place.
 */
export function canRemoveLayer(
  form: BuilderForm,
  l: number,
  isLocked: (field: BuilderField) => boolean,
): boolean {
  if (isLocked('hidden')) return false;
  return !HIDDEN_KEYS.slice(l - 1, form.hidden.length).some((key) => isLocked(key));
}
