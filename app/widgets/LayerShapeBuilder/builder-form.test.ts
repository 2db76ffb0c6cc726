import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../stores/url-settings.ts';
import {
  addHiddenLayer,
  builderSchema,
  canRemoveLayer,
  formFromSettings,
  keepLocked,
  MAX_HIDDEN,
  parseForm,
  removeHiddenLayer,
  settingsFromParsed,
} from './builder-form.ts';

const defaults = () => formFromSettings(parseSettings(builderSchema, new URLSearchParams()).values);

describe('builder form', () => {
  it('starts from the URL defaults: [3, 4, 3, 1], m = 5', () => {
    const parsed = parseForm(defaults());
    expect(parsed).toEqual({ ok: true, layerSizes: [3, 4, 3, 1], m: 5, edit: null });
  });

  it('reads layers from a link and writes them back', () => {
    const params = new URLSearchParams('nx=2&hidden=3&n1=5&n2=6&n3=7&ny=2&m=10');
    const form = formFromSettings(parseSettings(builderSchema, params).values);
    const parsed = parseForm(form);
    expect(parsed.ok && parsed.layerSizes).toEqual([2, 5, 6, 7, 2]);
    if (parsed.ok) expect(settingsFromParsed(parsed)).toMatchObject({ hidden: 3, n3: 7, ny: 2 });
  });

  it('names an empty box; passes impossible numbers on to the engine', () => {
    expect(parseForm({ ...defaults(), hidden: ['4', ''] })).toEqual({ ok: false, field: 'n[2]' });
    expect(parseForm({ ...defaults(), m: ' ' })).toEqual({ ok: false, field: 'm' });
    const odd = parseForm({ ...defaults(), hidden: ['0', '2.5'] });
    expect(odd.ok && odd.layerSizes).toEqual([3, 0, 2.5, 1]);
  });

  it('adds before the output and removes a chosen layer', () => {
    const added = addHiddenLayer(defaults());
    expect(added.hidden).toEqual(['4', '3', '3']);
    const removed = removeHiddenLayer({ ...added, editLayer: 4 }, 1);
    expect(removed.hidden).toEqual(['3', '3']);
    expect(removed.editLayer).toBe(3);
    let full = defaults();
    for (let k = 0; k < 10; k++) full = addHiddenLayer(full);
    expect(full.hidden).toHaveLength(MAX_HIDDEN);
  });

  it('carries a hand-typed shape', () => {
    const parsed = parseForm({ ...defaults(), edit: 'W', editLayer: 2, rows: '4', cols: '3' });
    expect(parsed.ok && parsed.edit).toEqual({ param: 'W', layer: 2, rows: 4, cols: 3 });
    expect(parseForm({ ...defaults(), edit: 'b', rows: '' })).toEqual({
      ok: false,
      field: 'b[1]',
      part: 'rows',
    });
  });

  it("puts an instructor's locked fields back to the link's values", () => {
    const link = parseSettings(
      builderSchema,
      new URLSearchParams('nx=2&n2=6&edit=W&er=7&ec=2'),
    ).values;
    const locked = new Set(['nx', 'n2', 'edit', 'er']);
    const typed = {
      ...defaults(),
      nx: '9',
      hidden: ['8', '8'],
      edit: 'b' as const,
      rows: '1',
      cols: '5',
    };
    const kept = keepLocked(typed, link, (field) => locked.has(field));
    expect(kept).toMatchObject({ nx: '2', hidden: ['8', '6'], edit: 'W', rows: '7', cols: '5' });
  });

  it('removes no layer whose removal would shift a locked size, nor any when hidden is locked', () => {
    const form = addHiddenLayer(defaults()); // three hidden layers
    const n2 = (field: string) => field === 'n2';
    expect(canRemoveLayer(form, 1, n2)).toBe(false);
    expect(canRemoveLayer(form, 2, n2)).toBe(false);
    expect(canRemoveLayer(form, 3, n2)).toBe(true);
    expect(canRemoveLayer(form, 3, (field) => field === 'hidden')).toBe(false);
    expect(canRemoveLayer(form, 1, () => false)).toBe(true);
  });
});
