import { useMemo } from 'react';
import { pixelContributions, type DigitModel } from '../../../src/nn/digit-models.ts';
import { Equation } from '../../components/Equation.tsx';
import { useStrings } from '../../i18n/useStrings.ts';
import { DivergingKey, DivergingScale } from '../DivergingKey/DivergingKey.tsx';
import { contributionSums, largestMagnitude } from './model-internals.ts';
import { strings } from './strings.ts';
import { WeightTile } from './WeightTile.tsx';

interface ContributionPanelProps {
  model: DigitModel;
  pixels: Float32Array;
  digit: number;
  /** The classifier's output sigma(z) from the engine's forward pass. */
  output: number;
}

const fmt = (x: number) => (Math.abs(x) < 0.0005 ? '0.000' : x.toFixed(3));

/**
 * Classifier `digit` on the drawn digit, pixel by pixel: w_i x_i is where the ink meets the
 * weights. Their sum plus b is z, and sigma(z) is the classifier's output.
 */
export function ContributionPanel({ model, pixels, digit, output }: ContributionPanelProps) {
  const text = useStrings(strings);
  const { contributions, bias } = useMemo(
    () => pixelContributions(model, pixels, digit),
    [model, pixels, digit],
  );
  const sums = useMemo(() => contributionSums(contributions), [contributions]);
  const limit = useMemo(() => largestMagnitude(contributions), [contributions]);
  const z = sums.positive + sums.negative + bias;
  const sign = (x: number) => (x < 0 ? '-' : '+');
  const tex = [
    `\\begin{aligned} z_{${digit}} &= \\textstyle\\sum_{i=1}^{784} w_i x_i + b_{${digit}} \\\\`,
    `&= ${fmt(sums.positive)} ${sign(sums.negative)} ${fmt(Math.abs(sums.negative))}`,
    ` ${sign(bias)} ${fmt(Math.abs(bias))} = ${fmt(z)} \\\\`,
    `\\hat{y}_{${digit}} &= \\sigma(z_{${digit}}) = ${output.toFixed(3)} \\end{aligned}`,
  ].join('');
  return (
    <figure
      className="digit-views__contributions"
      data-testid="contributions"
      data-digit={digit}
      data-z={z}
    >
      <figcaption className="digit-views__subtitle">
        {text.contributionsTitle({ digit })}
      </figcaption>
      <WeightTile
        values={contributions}
        limit={limit}
        className="digit-views__tile--large"
        testId="contribution-image"
        label={text.contributionsDescription({
          digit,
          positive: fmt(sums.positive),
          negative: fmt(sums.negative),
          argMax: sums.argMax,
          argMin: sums.argMin,
        })}
      />
      <DivergingScale low={fmt(-limit)} high={fmt(limit)} />
      <DivergingKey negative={text.contributionNegative} positive={text.contributionPositive} />
      <div data-testid="contribution-equation">
        <Equation tex={tex} />
      </div>
      <p className="digit-views__note">{text.contributionsCaption}</p>
    </figure>
  );
}
