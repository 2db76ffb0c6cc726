import { useEffect, useRef } from 'react';
import { putPixels, SIDE } from '../MnistDigit/draw-digit.ts';
import { useThemeVersion } from '../MnistDigit/useThemeVersion.ts';
import { themeDiverging, weightPixels } from '../MnistLogisticLab/draw-weights.ts';
import '../../styles/pixel-tile.css';

interface WeightTileProps {
  /** 784 numbers, row-major 28 x 28: a weight or a contribution per pixel. */
  values: Float32Array;
  /** The scale's end: values at +-limit get the full colour. */
  limit: number;
  /** Text alternative; omit when a surrounding control names the picture. */
  label?: string;
  className?: string;
  testId?: string;
}

/** 784 signed numbers as a 28 x 28 picture on the theme's diverging scale (as lesson 10's w). */
export function WeightTile({ values, limit, label, className, testId }: WeightTileProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    if (!canvas.current) return;
    putPixels(
      canvas.current,
      weightPixels(values, limit, themeDiverging(canvas.current)),
      SIDE,
      SIDE,
    );
  }, [values, limit, theme]);
  return (
    <canvas
      ref={canvas}
      className={`pixel-tile ${className ?? ''}`}
      width={SIDE}
      height={SIDE}
      data-testid={testId}
      data-limit={limit}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    />
  );
}
