import { linkWith } from '../stores/link-contract.ts';
import { InstructorLink } from './InstructorLink.tsx';
import { useCopy } from './useCopy.ts';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

/**
 * Copies the page's address, which holds every widget's settings and the link's version, to
 * the clipboard; beside it, the instructor's link that also locks chosen settings.
 */
export function ShareButton() {
  const s = useStrings(shellStrings);
  const { state, copy } = useCopy();
  const url = typeof window === 'undefined' ? '' : linkWith(window.location.href);

  return (
    <span className="share">
      <button
        type="button"
        data-testid="share"
        onClick={() => void copy(linkWith(window.location.href))}
      >
        <span aria-hidden="true">🔗</span> {s.share}
      </button>
      <InstructorLink />
      <span role="status" className="share__status" data-testid="share-status">
        {state === 'copied' && s.shareCopied}
        {state === 'failed' && (
          <>
            {s.shareFailed}{' '}
            <input readOnly value={url} aria-label={s.share} onFocus={(e) => e.target.select()} />
          </>
        )}
      </span>
    </span>
  );
}
