import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** The visible mark beside a control an instructor's link locks: a lock and who set it. */
export function LockBadge({ locked }: { locked: boolean }) {
  const s = useStrings(shellStrings);
  if (!locked) return null;
  return (
    <span className="lock-badge" data-testid="lock-badge">
      <LockIcon /> {s.lockedBy}
    </span>
  );
}

/** A padlock drawn in the text colour (an emoji needs a font that projectors and phones may lack). */
export function LockIcon() {
  return (
    <svg className="lock-badge__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <path
        d="M5 7V5a3 3 0 0 1 6 0v2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}
