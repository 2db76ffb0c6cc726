import { LockIcon } from './LockBadge.tsx';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { linkWith, lockedNames } from '../stores/link-contract.ts';
import { useKnownLinkFields } from '../stores/link-fields.ts';
import { useCopy } from './useCopy.ts';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

/**
 * The instructor's link: the lesson as it is now, with the ticked settings locked
 * (`lock=lr,hidden`), so students open it in this state and cannot change those settings.
 */
export function InstructorLink() {
  const s = useStrings(shellStrings);
  const id = useId();
  const [params] = useSearchParams();
  const fields = useKnownLinkFields();
  // Starts from the link's own locks, so an instructor can adjust a link they opened.
  const [ticked, setTicked] = useState<string[]>(() => lockedNames(params));
  const { state, copy } = useCopy();
  const chosen = fields.filter((name) => ticked.includes(name));
  const link = typeof window === 'undefined' ? '' : linkWith(window.location.href, chosen);

  return (
    <details className="instructor-link" data-testid="instructor-link">
      <summary>
        <LockIcon /> {s.instructorLink}
      </summary>
      <div className="instructor-link__panel">
        {fields.length === 0 ? (
          <p>{s.instructorLinkNone}</p>
        ) : (
          <fieldset>
            <legend>{s.instructorLinkLegend}</legend>
            <ul className="instructor-link__fields">
              {fields.map((name) => (
                <li key={name}>
                  <label>
                    <input
                      type="checkbox"
                      data-testid={`lock-field-${name}`}
                      checked={ticked.includes(name)}
                      onChange={(event) =>
                        setTicked((current) =>
                          event.target.checked
                            ? [...current, name]
                            : current.filter((other) => other !== name),
                        )
                      }
                    />{' '}
                    <code>{name}</code> = {params.get(name) ?? s.instructorLinkDefault}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <label htmlFor={`${id}-url`}>{s.instructorLinkAddress}</label>
        <input
          id={`${id}-url`}
          readOnly
          className="instructor-link__url"
          data-testid="instructor-link-url"
          value={link}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" data-testid="copy-instructor-link" onClick={() => void copy(link)}>
          {s.instructorLinkCopy}
        </button>
        <span role="status" data-testid="instructor-link-status">
          {state === 'copied' && s.instructorLinkCopied({ count: chosen.length })}
          {state === 'failed' && s.instructorLinkFailed}
        </span>
      </div>
    </details>
  );
}
