import { Equation } from '../../components/Equation.tsx';
import { useStrings } from '../../i18n/useStrings.ts';
import { useSession } from '../../engine/index.ts';
import { strings } from './strings.ts';

interface ProcedureStepsProps {
  session: string;
  /** n_x and m of the training set, m_test of the test set (null until known). */
  nx: number | null;
  m: number | null;
  mTest: number | null;
  learningRate: number;
}

const shape = (rows: number | string, cols: number | string) => `(${rows},\\,${cols})`;

/** The notes' procedure, each step with its equation and this run's shapes and numbers. */
export function ProcedureSteps({ session, nx, m, mTest, learningRate }: ProcedureStepsProps) {
  const text = useStrings(strings);
  const view = useSession(session);
  const n = nx ?? 'n_x';
  const mm = m ?? 'm';
  const mt = mTest ?? 'm_{\\text{test}}';
  const steps = [
    {
      key: 'look',
      tex: [
        `\\underset{${shape(n, mm)}}{X}, \\quad \\underset{${shape(1, mm)}}{Y}`,
        `\\underset{${shape(n, mt)}}{X_{\\text{test}}}, \\quad \\underset{${shape(1, mt)}}{Y_{\\text{test}}}`,
      ],
    },
    { key: 'activation', tex: `\\sigma(z) = \\frac{1}{1 + e^{-z}}` },
    { key: 'initialise', tex: `\\underset{${shape(n, 1)}}{w} = 0, \\qquad b = 0` },
    {
      key: 'forward',
      tex: [
        `\\underset{${shape(1, mm)}}{Z} = \\underset{${shape(1, n)}}{w^T}\\,\\underset{${shape(n, mm)}}{X} + b`,
        `\\underset{${shape(1, mm)}}{A} = \\sigma(Z)`,
        `J = -\\frac{1}{m}\\sum_{i=1}^{m} \\Big(y^{(i)} \\log a^{(i)} + (1 - y^{(i)}) \\log(1 - a^{(i)})\\Big)`,
      ],
      now:
        view?.cost != null
          ? text.costNow({ cost: view.cost.toFixed(4), iteration: view.iteration })
          : null,
    },
    {
      key: 'optimise',
      tex: [
        `\\underset{${shape(1, mm)}}{dZ} = A - Y, \\quad \\underset{${shape(n, 1)}}{dw} = \\frac{1}{m} X\\, dZ^T, \\quad db = \\frac{1}{m} \\sum_{i=1}^{m} dZ^{(i)}`,
        `w := w - \\alpha\\, dw, \\quad b := b - \\alpha\\, db \\quad (\\alpha = ${learningRate})`,
      ],
    },
    {
      key: 'predict',
      tex: `\\hat{y}^{(i)} = \\begin{cases} 1 & a^{(i)} > 0.5 \\\\ 0 & \\text{otherwise} \\end{cases}`,
      now:
        view?.trainAccuracy != null
          ? text.accuraciesNow({
              train: text.fmtPct({ fraction: view.trainAccuracy }),
              test: view.testAccuracy == null ? '–' : text.fmtPct({ fraction: view.testAccuracy }),
            })
          : null,
    },
    {
      key: 'model',
      tex: `\\text{model}(X, Y, X_{\\text{test}}, Y_{\\text{test}}, \\text{iterations}, \\alpha) \\to w, b`,
    },
  ] as const;

  return (
    <section className="mnist-lab__steps" aria-label={text.stepsTitle} data-testid="procedure">
      <h4 className="mnist-lab__subtitle">{text.stepsTitle}</h4>
      <ol>
        {steps.map((step) => (
          <li key={step.key} data-testid={`step-${step.key}`}>
            <strong>{text.steps[step.key]}</strong>
            {(typeof step.tex === 'string' ? [step.tex] : step.tex).map((tex) => (
              <Equation key={tex} tex={tex} />
            ))}
            {'now' in step && step.now && <p className="mnist-lab__now">{step.now}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
