import { useMemo } from 'react';
import type { RaceRow } from '../../engine/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import {
  decadeTicks,
  FLOOR_MS,
  formatCount,
  formatTick,
  PLOT,
  raceScales,
  seriesPath,
} from './race-view.ts';
import { strings } from './strings.ts';

interface RacePlotProps {
  /** every m of the race, measured or not (fixes the x axis while the race runs) */
  ms: number[];
  rows: RaceRow[];
  label: string;
}

/** Time per gradient step against m on log-log axes: d3 computes scales and paths, React draws. */
export function RacePlot({ ms, rows, label }: RacePlotProps) {
  const s = useStrings(strings);
  const scales = useMemo(() => raceScales(ms, rows), [ms, rows]);
  const { x, y } = scales;
  const { width, height, margin } = PLOT;
  const lastRow = rows.at(-1);
  const series = [
    { key: 'loop', name: s.loop, pick: (r: RaceRow) => r.loopMs },
    { key: 'vectorised', name: s.vectorised, pick: (r: RaceRow) => r.vectorisedMs },
  ] as const;
  return (
    <svg
      className="race__plot"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-testid="race-plot"
      data-points={rows.length}
    >
      {decadeTicks(y).map((t) => (
        <g key={`y${t}`}>
          <line className="grid" x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} />
          <text className="tick" x={margin.left - 6} y={y(t) + 4} textAnchor="end">
            {formatTick(t)}
          </text>
        </g>
      ))}
      {ms.map((m) => (
        <g key={`x${m}`}>
          <line className="grid" y1={margin.top} y2={height - margin.bottom} x1={x(m)} x2={x(m)} />
          <text className="tick" x={x(m)} y={height - margin.bottom + 16} textAnchor="middle">
            {formatCount(m)}
          </text>
        </g>
      ))}
      <text
        className="axis-title"
        x={(margin.left + width - margin.right) / 2}
        y={height - 6}
        textAnchor="middle"
      >
        {s.axisM}
      </text>
      <text
        className="axis-title"
        transform={`translate(13 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {s.axisTime}
      </text>
      {series.map(({ key, name, pick }) => (
        <g key={key} className={`series series--${key}`} data-testid={`race-series-${key}`}>
          <path d={seriesPath(rows, pick, scales)} />
          {rows.map((r) =>
            key === 'loop' ? (
              <rect
                key={r.m}
                x={x(r.m) - 4.5}
                y={y(Math.max(pick(r), FLOOR_MS)) - 4.5}
                width={9}
                height={9}
              />
            ) : (
              <circle key={r.m} cx={x(r.m)} cy={y(Math.max(pick(r), FLOOR_MS))} r={5} />
            ),
          )}
          {lastRow && (
            <text
              className="series-label"
              x={x(lastRow.m) + 10}
              y={y(Math.max(pick(lastRow), FLOOR_MS)) + 4}
            >
              {name}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
