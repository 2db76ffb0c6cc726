import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies the page's address, which holds every widget's settings, to the clipboard. */
export function ShareButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = typeof window === 'undefined' ? '' : window.location.href;

  async function share() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="share">
      <button type="button" data-testid="share" onClick={() => void share()}>
        <span aria-hidden="true">🔗</span> {t('share')}
      </button>
      <span role="status" className="share__status" data-testid="share-status">
        {state === 'copied' && t('shareCopied')}
        {state === 'failed' && (
          <>
            {t('shareFailed')}{' '}
            <input
              readOnly
              value={url}
              aria-label={t('share')}
              onFocus={(e) => e.target.select()}
            />
          </>
        )}
      </span>
    </span>
  );
}
