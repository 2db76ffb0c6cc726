import { useState } from 'react';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

interface LinkNoticeProps {
  /** The URL settings that could not be used (they fell back to their defaults). */
  invalid: readonly string[];
  /** The widget's own sentence naming those settings, in the current language. */
  message: (p: { fields: string }) => string;
}

/**
 * Says which settings in a shared link could not be used, until the student dismisses it.
 * Every widget that reads its settings from the URL shows this same notice.
 */
export function LinkNotice({ invalid, message }: LinkNoticeProps) {
  const s = useStrings(shellStrings);
  const [dismissed, setDismissed] = useState(false);
  if (invalid.length === 0 || dismissed) return null;
  return (
    <p className="notice" role="status" data-testid="link-notice">
      {message({ fields: invalid.join(', ') })}{' '}
      <button type="button" onClick={() => setDismissed(true)}>
        {s.linkNoticeOk}
      </button>
    </p>
  );
}
