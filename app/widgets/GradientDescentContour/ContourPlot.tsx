import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { DescentPath } from '../../../src/train/descent-2d.ts';
import type { InkCostSurfaceOutput } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { contourLevels, contourSegments, segmentsPath } from './draw-contours.ts';
import {
  formatNumber,
  gridToView,
  MARGIN,
  paintSurface,
  parametersAt,
  plotScales,
  surfaceColours,
  VIEW,
} from './draw-surface.ts';
import { strings } from './strings.ts';

interface ContourPlotProps {
  surface: InkCostSurfaceOutput;
  path: DescentPath | null;
  /** how many steps of the path are shown */
  step: number;
  start: { w: number; b: number };
  /** A click on the plot picks the start; absent when an instructor's link locks the start. */
  onStart?: (start: { w: number; b: number }) => void;
}

const LEVELS = 12;

/** J(w, b) painted and contoured, with the descent path up to `step`; a click picks the start. */
export function ContourPlot({ surface, path, step, start, onStart }: ContourPlotProps) {
  const s = useStrings(strings);
  const labelId = useId();
  const clipId = useId();
  const host = useRef<SVGSVGElement>(null);
  const { bounds, resolution, J, minimum } = surface;
  const scales = useMemo(() => plotScales(bounds), [bounds]);
  const toView = useMemo(
    () => gridToView(scales, bounds, resolution),
    [scales, bounds, resolution],
  );
  const levels = useMemo(() => contourLevels(J, minimum.J, LEVELS), [J, minimum.J]);
  const contours = useMemo(
    () =>
      levels.map((level) =>
        segmentsPath(contourSegments(J, resolution, level), toView.x, toView.y),
      ),
    [levels, J, resolution, toView],
  );
  const [image, setImage] = useState('');
  useEffect(() => {
    const paint = () => {
      if (host.current)
        setImage(paintSurface(J, resolution, minimum.J, surfaceColours(host.current)));
    };
    paint();
    // The theme lives in data-theme on <html>: repaint with its colours when it changes.
    const observer = new MutationObserver(paint);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => observer.disconnect();
  }, [J, resolution, minimum.J]);

  const shown = path ? Math.min(step, path.w.length - 1) : 0;
  const points = path
    ? Array.from(
        { length: shown + 1 },
        (_, k) => [scales.w(path.w[k]!), scales.b(path.b[k]!)] as const,
      )
    : [];
  const line = points
    .map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`)
    .join('');
  const [x0, x1] = scales.w.range() as [number, number];
  const [y1, y0] = scales.b.range() as [number, number];
  const current = points[points.length - 1];

  function onClick(event: MouseEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / Math.max(1, box.width)) * VIEW;
    const y = ((event.clientY - box.top) / Math.max(1, box.height)) * VIEW;
    if (!onStart || x < x0 || x > x1 || y < y0 || y > y1) return;
    onStart(parametersAt(scales, bounds, x, y));
  }

  return (
    <figure className="gd-plot">
      <svg
        ref={host}
        className={onStart ? 'gd-plot__svg gd-plot__svg--pick' : 'gd-plot__svg'}
        viewBox={`0 0 ${VIEW} ${VIEW}`}
        role="img"
        aria-labelledby={labelId}
        data-testid="contour-plot"
        data-step={shown}
        onClick={onClick}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} />
          </clipPath>
        </defs>
        {image && (
          <image
            href={image}
            x={x0}
            y={y0}
            width={x1 - x0}
            height={y1 - y0}
            preserveAspectRatio="none"
            data-testid="surface-image"
          />
        )}
        <g clipPath={`url(#${clipId})`}>
          {contours.map((d, i) => (
            <path key={i} className="gd-plot__contour" d={d} data-testid="contour-line" />
          ))}
          <path
            className="gd-plot__path"
            d={line}
            data-testid="descent-path"
            data-points={points.length}
          />
          {points.map(([x, y], k) => (
            <circle key={k} className="gd-plot__step" cx={x} cy={y} r={2.2} />
          ))}
          {current && <circle className="gd-plot__current" cx={current[0]} cy={current[1]} r={6} />}
        </g>
        <path
          className="gd-plot__minimum"
          d={`M${scales.w(minimum.w) - 6},${scales.b(minimum.b) - 6}l12,12m0,-12l-12,12`}
        />
        <rect
          className="gd-plot__start"
          x={scales.w(start.w) - 5}
          y={scales.b(start.b) - 5}
          width={10}
          height={10}
        />
        <g aria-hidden="true">
          <rect className="gd-plot__frame" x={x0} y={y0} width={x1 - x0} height={y1 - y0} />
          {scales.w.ticks(5).map((t) => (
            <text
              key={`w${t}`}
              className="gd-plot__tick"
              x={scales.w(t)}
              y={y1 + 14}
              textAnchor="middle"
            >
              {t}
            </text>
          ))}
          {scales.b.ticks(5).map((t) => (
            <text
              key={`b${t}`}
              className="gd-plot__tick"
              x={x0 - 5}
              y={scales.b(t)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {t}
            </text>
          ))}
          <text className="gd-plot__axis-label" x={x1} y={VIEW - 4} textAnchor="end">
            w
          </text>
          <text className="gd-plot__axis-label" x={4} y={MARGIN.top + 8}>
            b
          </text>
        </g>
      </svg>
      <figcaption id={labelId} className="gd-plot__caption">
        {s.plotLabel({
          wMin: String(bounds.wMin),
          wMax: String(bounds.wMax),
          bMin: String(bounds.bMin),
          bMax: String(bounds.bMax),
          minW: formatNumber(minimum.w, 2),
          minB: formatNumber(minimum.b, 2),
          minJ: formatNumber(minimum.J, 4),
          levels: levels.map((v) => formatNumber(v, 3)).join(', '),
        })}{' '}
        {path &&
          current &&
          s.pathLabel({
            step: shown,
            w: formatNumber(path.w[shown]!),
            b: formatNumber(path.b[shown]!),
            J: formatNumber(path.J[shown]!, 4),
          })}
      </figcaption>
    </figure>
  );
}
