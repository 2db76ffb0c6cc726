import { useTranslation } from 'react-i18next';
import { linkWith } from '../stores/link-contract.ts';
import { InstructorLink } from './InstructorLink.tsx';
import { useCopy } from './useCopy.ts';

/**
 * Copies the page's address, which holds every widget's settings and the link's version, to
 * the clipboard; beside it, the instructor's link that also locks chosen settings.
 */
export function ShareButton() {
  const { t } = useTranslation();
  const { state, copy } = useCopy();
  const url = typeof window === 'undefined' ? '' : linkWith(window.location.href);

  return (
    <span className="share">
      <button
        type="button"
        data-testid="share"
        onClick={() => void copy(linkWith(window.location.href))}
      >
        <span aria-hidden="true">🔗</span> {t('share')}
      </button>
      <InstructorLink />
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
