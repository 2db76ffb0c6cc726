import { useEffect, useRef } from 'react';
import type { Matrix } from '../../../src/math/matrix.ts';
import { useThemeVersion } from './useThemeVersion.ts';
import { columnOf, greyPixels, putPixels, SIDE, themeInk } from './draw-digit.ts';
import '../../styles/pixel-tile.css';
import './MnistDigit.css';

interface DigitCanvasProps {
  /** (784, k) images as columns. */
  X: Matrix;
  column: number;
  /** Text alternative; omit when a surrounding control already names the digit. */
  label?: string;
  className?: string;
}

/** One 28 x 28 MNIST digit, painted from column `column` of X. */
export function DigitCanvas({ X, column, label, className }: DigitCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    if (!canvas.current || column >= X.cols) return;
    const { ink, paper } = themeInk(canvas.current);
    putPixels(canvas.current, greyPixels(columnOf(X, column), ink, paper), SIDE, SIDE);
  }, [X, column, theme]);
  return (
    <canvas
      ref={canvas}
      className={`pixel-tile ${className ?? ''}`}
      width={SIDE}
      height={SIDE}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    />
  );
}
