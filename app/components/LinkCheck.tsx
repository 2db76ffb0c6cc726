import { LockIcon } from './LockBadge.tsx';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { LINK_VERSION, linkProblems, linkVersionOf, lockedNames } from '../stores/link-contract.ts';
import { useInvalidLinkFields, useKnownLinkFields } from '../stores/link-fields.ts';
import { LOCK_NOTE_ID } from './locked-control.ts';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

/**
 * What the page says about its link as a whole (each widget names its own bad fields):
 * that an instructor locked some settings, that a lock names a setting this lesson does not
 * have, and that a link from another version had settings that no longer apply.
 * It also holds the one description every locked control points to (LOCK_NOTE_ID).
 * `ready`: the lesson's widgets are on the page (before that every name looks unknown).
 */
export function LinkCheck({ ready }: { ready: boolean }) {
  const s = useStrings(shellStrings);
  const [params] = useSearchParams();
  const known = useKnownLinkFields();
  const invalid = useInvalidLinkFields();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const checked = ready && known.length > 0;
  const { unknownLocks, unknownParams } = linkProblems(params, new Set(known));
  const locks = lockedNames(params).filter((name) => known.includes(name));
  const { version, outdated } = linkVersionOf(params);
  const dropped = [...unknownParams, ...invalid];
  const key = params.toString();

  const notices: { id: string; text: string }[] = [];
  if (checked && outdated) {
    const from =
      version !== null && version < LINK_VERSION
        ? s.linkOlder({ version, current: LINK_VERSION })
        : s.linkOtherVersion({ version: params.get('v') ?? '', current: LINK_VERSION });
    const what = dropped.length > 0 ? s.linkDropped({ names: dropped.join(', ') }) : s.linkAllKept;
    notices.push({ id: 'link-version-notice', text: `${from} ${what}` });
  }
  if (checked && unknownLocks.length > 0)
    notices.push({
      id: 'lock-notice',
      text: s.linkUnknownLocks({ names: unknownLocks.join(', ') }),
    });

  return (
    <>
      <span id={LOCK_NOTE_ID} hidden>
        {s.lockedBy}
      </span>
      {locks.length > 0 && (
        <p className="notice lock-banner" data-testid="locked-banner">
          <LockIcon /> {s.lockedBanner({ names: locks.join(', ') })}
        </p>
      )}
      {dismissed !== key &&
        notices.map((notice) => (
          <p key={notice.id} className="notice" role="status" data-testid={notice.id}>
            {notice.text}{' '}
            <button type="button" onClick={() => setDismissed(key)}>
              {s.dismiss}
            </button>
          </p>
        ))}
    </>
  );
}
