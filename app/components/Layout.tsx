import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { usePreferences } from '../stores/preferences.ts';
import { useProgress } from '../stores/progress.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { TableOfContents } from './TableOfContents.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';
import { WorkerNotice } from './WorkerNotice.tsx';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** The shell: header, table of contents, and the page. */
export function Layout() {
  const s = useStrings(shellStrings);
  const theme = usePreferences((state) => state.theme);
  const locale = usePreferences((state) => state.locale);
  const storageWasReset = usePreferences((state) => state.storageWasReset);
  const dismissStorageNotice = usePreferences((state) => state.dismissStorageNotice);
  const progressWasReset = useProgress((state) => state.storageWasReset);
  const dismissProgressNotice = useProgress((state) => state.dismissStorageNotice);
  const [contentsOpen, setContentsOpen] = useState(false);
  const location = useLocation();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // On a phone the contents are a drawer: close it once a lesson is chosen.
  useEffect(() => setContentsOpen(false), [location.pathname]);

  return (
    <div className="shell" data-contents-open={contentsOpen}>
      <a className="skip-link" href="#main">
        {s.skipToContent}
      </a>
      <header className="shell__header">
        <button
          type="button"
          className="shell__contents-toggle"
          aria-expanded={contentsOpen}
          aria-controls="contents"
          onClick={() => setContentsOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">{contentsOpen ? s.hideContents : s.showContents}</span>
        </button>
        <a className="shell__brand" href="/">
          {s.appName}
        </a>
        <div className="shell__tools">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </header>
      {storageWasReset && (
        <div className="notice" role="status">
          {s.storageReset}{' '}
          <button type="button" onClick={dismissStorageNotice}>
            {s.dismiss}
          </button>
        </div>
      )}
      {progressWasReset && (
        <div className="notice" role="status">
          {s.progressReset}{' '}
          <button type="button" onClick={dismissProgressNotice}>
            {s.dismiss}
          </button>
        </div>
      )}
      <WorkerNotice />
      <UpdateNotice />
      <div className="shell__body">
        <nav id="contents" className="shell__contents" aria-label={s.contents}>
          <TableOfContents />
        </nav>
        <main id="main" className="shell__main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
