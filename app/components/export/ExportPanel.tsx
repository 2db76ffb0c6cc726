import { useState, type RefObject } from 'react';
import { download, findPlots, plotPng, plotSvg } from './plot-export.ts';
import { shellStrings } from '../../i18n/shell-strings.ts';
import { useStrings } from '../../i18n/useStrings.ts';

interface ExportPanelProps {
  /** The lesson body whose plots are offered. */
  body: RefObject<HTMLDivElement | null>;
  /** Start of every file name, e.g. the lesson id. */
  filePrefix: string;
}

/** Every plot of the lesson as PNG or SVG, for slides; the list is read when opened. */
export function ExportPanel({ body, filePrefix }: ExportPanelProps) {
  const s = useStrings(shellStrings);
  const [plots, setPlots] = useState<ReturnType<typeof findPlots>>([]);
  const [error, setError] = useState<string | null>(null);

  return (
    <details
      className="export-panel"
      data-testid="export"
      onToggle={(event) => {
        if (event.currentTarget.open && body.current) setPlots(findPlots(body.current));
      }}
    >
      <summary>
        <span aria-hidden="true">⤓</span> {s.exportPlots}
      </summary>
      {plots.length === 0 ? (
        <p>{s.exportNone}</p>
      ) : (
        <ul>
          {plots.map((plot, i) => (
            <li key={i}>
              <span className="export-panel__label">{plot.label}</span>{' '}
              <button
                type="button"
                data-testid="export-png"
                onClick={() => {
                  setError(null);
                  plotPng(plot.element).then(
                    (blob) => download(blob, `${filePrefix}-plot-${i + 1}.png`),
                    (e: unknown) => setError(String(e)),
                  );
                }}
              >
                PNG
              </button>{' '}
              <button
                type="button"
                data-testid="export-svg"
                onClick={() => {
                  setError(null);
                  try {
                    const markup = plotSvg(plot.element);
                    download(
                      new Blob([markup], { type: 'image/svg+xml' }),
                      `${filePrefix}-plot-${i + 1}.svg`,
                    );
                  } catch (e) {
                    setError(String(e));
                  }
                }}
              >
                SVG
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </details>
  );
}
