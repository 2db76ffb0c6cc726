/**
 * A control whose setting an instructor's link locks (`lock=...`): disabled, described to
 * screen readers as set by the instructor (the page holds that text once, under
 * LOCK_NOTE_ID, see LinkCheck), and marked for styling. Spread onto the native control.
 */
export const LOCK_NOTE_ID = 'setting-locked-note';

export interface LockedControlProps {
  disabled?: true;
  'aria-disabled'?: true;
  'aria-describedby'?: string;
  'data-locked'?: 'true';
}

/** Props for a control; `describedBy` keeps the control's own description (e.g. a message). */
export function lockedControl(locked: boolean, describedBy?: string): LockedControlProps {
  if (!locked) return describedBy ? { 'aria-describedby': describedBy } : {};
  return {
    disabled: true,
    'aria-disabled': true,
    'aria-describedby': describedBy ? `${describedBy} ${LOCK_NOTE_ID}` : LOCK_NOTE_ID,
    'data-locked': 'true',
  };
}

/**
 * The same for a custom ARIA control (a `role="slider"` div): `aria-disabled` only, since
 * `disabled` belongs to native controls. It stays focusable so a screen reader still finds
 * it and its value; the widget itself ignores its keys and drags while locked.
 */
export function lockedAriaControl(
  locked: boolean,
  describedBy?: string,
): Omit<LockedControlProps, 'disabled'> {
  const { disabled: _native, ...aria } = lockedControl(locked, describedBy);
  return aria;
}
