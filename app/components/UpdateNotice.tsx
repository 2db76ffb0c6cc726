import { applyUpdate, useOfflineStatus } from '../offline/service-worker.ts';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** "A new version is ready": the student chooses when to reload, never mid-lesson by force. */
export function UpdateNotice() {
  const s = useStrings(shellStrings);
  const waiting = useOfflineStatus((state) => state.waiting);
  if (!waiting) return null;
  return (
    <div className="notice" role="status" data-testid="update-notice">
      {s.updateReady}{' '}
      <button type="button" onClick={applyUpdate}>
        {s.updateReload}
      </button>{' '}
      <button type="button" onClick={() => useOfflineStatus.setState({ waiting: null })}>
        {s.updateLater}
      </button>
    </div>
  );
}
