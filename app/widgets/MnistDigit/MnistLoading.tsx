import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';
import './MnistDigit.css';

interface MnistLoadingProps {
  /** Bytes so far, when the worker reports them; otherwise the bar is indeterminate. */
  progress?: { loadedBytes: number; totalBytes: number } | null;
  /** Why loading failed, or null while it is still going. */
  error?: string | null;
  onRetry?(): void;
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** MNIST's first download (55 MB, cached afterwards): a progress bar, or the error and a retry. */
export function MnistLoading({ progress, error, onRetry }: MnistLoadingProps) {
  const text = useStrings(strings);
  if (error) {
    return (
      <div className="mnist-loading notice notice--error" role="alert" data-testid="mnist-error">
        <p>{text.failed({ reason: error })}</p>
        {onRetry && (
          <p>
            <button type="button" data-testid="mnist-retry" onClick={onRetry}>
              {text.retry}
            </button>
          </p>
        )}
      </div>
    );
  }
  const known = progress && progress.totalBytes > 0;
  return (
    <div className="mnist-loading" role="status" data-testid="mnist-loading">
      <progress
        aria-label={text.loadingLabel}
        {...(known ? { value: progress.loadedBytes, max: progress.totalBytes } : {})}
      />
      <p>
        {known
          ? text.loadingBytes({ loaded: mb(progress.loadedBytes), total: mb(progress.totalBytes) })
          : text.loading}
      </p>
    </div>
  );
}
