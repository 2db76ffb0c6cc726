import { engine, useTraining } from '../engine/index.ts';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** Says so when the training worker crashed and was restarted (training is paused, nothing lost). */
export function WorkerNotice() {
  const s = useStrings(shellStrings);
  const reason = useTraining((state) => state.workerNotice);
  if (reason === null) return null;
  return (
    <div className="notice notice--error" role="alert" data-testid="worker-notice">
      {s.workerRestarted({ reason })}{' '}
      <button type="button" onClick={() => engine.dismissWorkerNotice()}>
        {s.dismiss}
      </button>
    </div>
  );
}
