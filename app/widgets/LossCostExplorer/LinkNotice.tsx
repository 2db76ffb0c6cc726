import { useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { strings } from './strings.ts';

/** Says which URL settings could not be used (they fell back to their defaults). */
export function LinkNotice({ invalid }: { invalid: string[] }) {
  const s = useStrings(strings);
  const [dismissed, setDismissed] = useState(false);
  if (invalid.length === 0 || dismissed) return null;
  return (
    <p className="notice" role="status" data-testid="link-notice">
      {s.badLink(invalid.join(', '))}{' '}
      <button type="button" onClick={() => setDismissed(true)}>
        {s.dismiss}
      </button>
    </p>
  );
}
