import { useTranslation } from 'react-i18next';
import { applyUpdate, useOfflineStatus } from '../offline/service-worker.ts';

/** "A new version is ready": the student chooses when to reload, never mid-lesson by force. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const waiting = useOfflineStatus((state) => state.waiting);
  if (!waiting) return null;
  return (
    <div className="notice" role="status" data-testid="update-notice">
      {t('updateReady')}{' '}
      <button type="button" onClick={applyUpdate}>
        {t('updateReload')}
      </button>{' '}
      <button type="button" onClick={() => useOfflineStatus.setState({ waiting: null })}>
        {t('updateLater')}
      </button>
    </div>
  );
}
