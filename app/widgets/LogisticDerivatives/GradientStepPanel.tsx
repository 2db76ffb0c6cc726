import {
  gradientDescentStep,
  logisticDerivatives,
  type LogisticExample,
} from '../../../src/nn/scalar-graph-examples.ts';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { formatNumber } from '../ComputationGraph/graph-layout.ts';
import { NumberField } from '../DerivativeIntuition/NumberField.tsx';
import { ALPHA_MAX } from './settings.ts';
import { strings } from './strings.ts';

interface GradientStepPanelProps {
  example: LogisticExample;
  alpha: number;
  onAlphaChange: (alpha: number) => void;
  /** An instructor's link set α: the field shows it and cannot change it. */
  alphaLocked: boolean;
  /** An instructor's link sets w1, w2 or b: a step (or a restart) would move them, so both are off. */
  parametersLocked: boolean;
  /** The loss before the first step taken, then after each one. */
  history: readonly number[];
  onApply: (next: LogisticExample, lossBefore: number, lossAfter: number) => void;
  onRestart: () => void;
}

/** Rounded so the URL (6 significant digits) holds exactly the parameters on screen. */
export function roundParameter(x: number): number {
  return Number(x.toPrecision(6));
}

/** w := w - α dw for w1, w2 and b, the loss before and after, and a button to take the step. */
export function GradientStepPanel(props: GradientStepPanelProps) {
  const { example, alpha, history } = props;
  const s = useStrings(strings);
  const step = gradientDescentStep(example, alpha);
  const next = {
    ...step.next,
    w1: roundParameter(step.next.w1),
    w2: roundParameter(step.next.w2),
    b: roundParameter(step.next.b),
  };
  // The loss at the parameters the button will set (rounded for the URL), by a fresh forward pass.
  const lossAfter = logisticDerivatives(next).L;
  const change = lossAfter - step.lossBefore;
  const f = (x: number) => formatNumber(x, 4);
  const paren = (x: number) => (x < 0 ? `(${f(x)})` : f(x));
  const rows = [
    { name: 'w₁', key: 'w1', old: example.w1, d: step.dw1, dName: 'dw₁', value: next.w1 },
    { name: 'w₂', key: 'w2', old: example.w2, d: step.dw2, dName: 'dw₂', value: next.w2 },
    { name: 'b', key: 'b', old: example.b, d: step.db, dName: 'db', value: next.b },
  ] as const;

  return (
    <div className="logistic-panels__panel" data-testid="gradient-step">
      <h4>{s.stepTitle}</h4>
      <NumberField
        label={s.alphaLabel}
        value={alpha}
        format={(v) => formatNumber(v, 6)}
        testId="input-alpha"
        locked={props.alphaLocked}
        step={0.1}
        hint={s.range({ min: '0', max: formatNumber(ALPHA_MAX) })}
        problem={(v) =>
          Number.isFinite(v) && v >= 0 && v <= ALPHA_MAX
            ? null
            : s.alphaProblem({ max: formatNumber(ALPHA_MAX) })
        }
        onChange={props.onAlphaChange}
      />
      <p>{s.stepIntro}</p>
      <ul className="logistic-step__updates">
        {rows.map((row) => (
          <li key={row.key}>
            <span className="logistic-step__eq">
              {`${row.name} := ${row.name} − α ${row.dName} = ${f(row.old)} − ${f(alpha)} × ${paren(row.d)} = `}
            </span>
            <strong data-testid={`gd-${row.key}-next`} data-value={row.value}>
              {f(row.value)}
            </strong>
          </li>
        ))}
      </ul>
      <dl className="logistic-step__loss">
        <div>
          <dt>{s.lossBefore}</dt>
          <dd data-testid="gd-loss-before" data-value={step.lossBefore}>
            {formatNumber(step.lossBefore, 4)}
          </dd>
        </div>
        <div>
          <dt>{s.lossAfter}</dt>
          <dd data-testid="gd-loss-after" data-value={lossAfter}>
            {formatNumber(lossAfter, 4)}{' '}
            <span className="logistic-step__change">
              ({change <= 0 ? '↓' : '↑'} {s.lossChange({ change: formatNumber(change, 4) })})
            </span>
          </dd>
        </div>
      </dl>
      {change > 0 && (
        <p className="notice" role="status">
          {s.lossRose}
        </p>
      )}
      <div className="logistic-step__buttons">
        <LockBadge locked={props.parametersLocked} />
        <button
          type="button"
          data-testid="gd-apply"
          {...lockedControl(props.parametersLocked)}
          onClick={() => props.onApply(next, step.lossBefore, lossAfter)}
        >
          {s.apply}
        </button>
        <button
          type="button"
          data-testid="gd-restart"
          {...lockedControl(props.parametersLocked)}
          onClick={props.onRestart}
        >
          {s.restart}
        </button>
      </div>
      <p className="logistic-step__history" data-testid="gd-history" aria-live="polite">
        {history.length === 0
          ? s.historyEmpty
          : `${s.history} ${history.map((l) => formatNumber(l, 4)).join(' → ')}`}
      </p>
    </div>
  );
}
