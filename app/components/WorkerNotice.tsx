import { useTranslation } from 'react-i18next';
import { engine, useTraining } from '../engine/index.ts';

/** Says so when the training worker crashed and was restarted (training is paused, nothing lost). */
export function WorkerNotice() {
  const { t } = useTranslation();
  const reason = useTraining((state) => state.workerNotice);
  if (reason === null) return null;
  return (
    <div className="notice notice--error" role="alert" data-testid="worker-notice">
      {t('workerRestarted', { reason })}{' '}
      <button type="button" onClick={() => engine.dismissWorkerNotice()}>
        {t('dismiss')}
      </button>
    </div>
  );
}
