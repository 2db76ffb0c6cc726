import { useEffect, useRef } from 'react';
import { DIGIT_SIZE } from '../../../src/data/digit-preprocess.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useDigitLab } from '../../stores/digit-lab.ts';
import { greyPixels, putPixels, themeInk } from '../MnistDigit/draw-digit.ts';
import { useThemeVersion } from '../MnistDigit/useThemeVersion.ts';
import { inkSummary } from './ink-summary.ts';
import { strings } from './strings.ts';
import '../../styles/pixel-tile.css';

/**
 * The 28 x 28 image the models receive, scaled up with hard pixel edges, so a student sees
 * exactly the grey levels that go into x (pixel p = 28 r + c is x_p).
 */
export function PreprocessedView() {
  const text = useStrings(strings);
  const pixels = useDigitLab((state) => state.digit.pixels);
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    if (!canvas.current) return;
    const { ink, paper } = themeInk(canvas.current);
    const values = pixels ?? new Float32Array(DIGIT_SIZE * DIGIT_SIZE);
    putPixels(canvas.current, greyPixels(values, ink, paper), DIGIT_SIZE, DIGIT_SIZE);
  }, [pixels, theme]);
  const summary = pixels ? inkSummary(pixels) : null;
  return (
    <figure className="digit-pad__preprocessed">
      <figcaption className="digit-pad__subtitle">{text.preprocessedTitle}</figcaption>
      <canvas
        ref={canvas}
        className="pixel-tile"
        width={DIGIT_SIZE}
        height={DIGIT_SIZE}
        role="img"
        data-testid="digit-preprocessed"
        data-ink={summary ? summary.inkPixels : 0}
        aria-label={summary ? text.preprocessedDescription({ summary }) : text.preprocessedEmpty}
      />
      <p className="digit-pad__note">{text.preprocessedCaption}</p>
    </figure>
  );
}
