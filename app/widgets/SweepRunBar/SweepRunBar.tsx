import type { ReactNode } from 'react';
import './SweepRunBar.css';

interface SweepRunBarProps {
  running: boolean;
  canRun: boolean;
  onRun(): void;
  onStop(): void;
  runLabel: string;
  stopLabel: string;
  /** Announced as it changes: the phase and how many runs have finished. */
  status: ReactNode;
  /** Start of the test ids: `${prefix}-run`, `${prefix}-stop`, `${prefix}-status`. */
  testIdPrefix: string;
}

/** Run / Stop for a sweep of several trainings started together, with its live status. */
export function SweepRunBar({
  running,
  canRun,
  onRun,
  onStop,
  runLabel,
  stopLabel,
  status,
  testIdPrefix,
}: SweepRunBarProps) {
  return (
    <div className="sweep-run-bar">
      {running ? (
        <button type="button" onClick={onStop} data-testid={`${testIdPrefix}-stop`}>
          {stopLabel}
        </button>
      ) : (
        <button
          type="button"
          className="button--primary"
          onClick={onRun}
          disabled={!canRun}
          data-testid={`${testIdPrefix}-run`}
        >
          {runLabel}
        </button>
      )}
      <p className="sweep-run-bar__status" role="status" data-testid={`${testIdPrefix}-status`}>
        {status}
      </p>
    </div>
  );
}
