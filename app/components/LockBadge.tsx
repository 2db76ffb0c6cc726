import { useTranslation } from 'react-i18next';

/** The visible mark beside a control an instructor's link locks: a lock and who set it. */
export function LockBadge({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  if (!locked) return null;
  return (
    <span className="lock-badge" data-testid="lock-badge">
      <span aria-hidden="true">🔒</span> {t('lockedBy')}
    </span>
  );
}
