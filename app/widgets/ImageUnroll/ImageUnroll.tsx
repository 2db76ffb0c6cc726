import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { featureIndex, syntheticImage, unrollImage } from '../../../src/data/synthetic-image.ts';
import { Equation } from '../../components/Equation.tsx';
import { LockBadge } from '../../components/LockBadge.tsx';
import { lockedControl } from '../../components/locked-control.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { useUrlSettings } from '../../stores/url-settings.ts';
import { greyPixels, putPixels, themeInk } from '../MnistDigit/draw-digit.ts';
import { useThemeVersion } from '../MnistDigit/useThemeVersion.ts';
import { channelOf, rgbaOf } from './draw-image.ts';
import { IMAGE_SIZE, unrollSchema } from './settings.ts';
import { strings } from './strings.ts';
import './ImageUnroll.css';

/** Lesson 1: a generated 64 x 64 colour picture, its three channels, and x with 12288 entries. */
export function ImageUnroll() {
  const text = useStrings(strings);
  const id = useId();
  const [settings, update, invalid, isLocked] = useUrlSettings(unrollSchema);
  const { seed, prow, pcol } = settings;
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const image = useMemo(() => syntheticImage(seed, IMAGE_SIZE), [seed]);
  const x = useMemo(() => unrollImage(image), [image]);
  const picture = useRef<HTMLCanvasElement>(null);
  const red = useRef<HTMLCanvasElement>(null);
  const green = useRef<HTMLCanvasElement>(null);
  const blue = useRef<HTMLCanvasElement>(null);
  const channels = [red, green, blue];
  const theme = useThemeVersion();
  const { width, height } = image;
  const perChannel = width * height;

  useEffect(() => {
    if (picture.current) putPixels(picture.current, rgbaOf(image), width, height);
    [red, green, blue].forEach((ref, c) => {
      if (!ref.current) return;
      const { ink, paper } = themeInk(ref.current);
      putPixels(ref.current, greyPixels(channelOf(image, c), ink, paper), width, height);
    });
  }, [image, width, height, theme]);

  // The chosen pixel, 1-based in the interface, 0-based in the arrays.
  const r = prow - 1;
  const c = pcol - 1;
  const rows = [0, 1, 2].map((channel) => {
    const index = featureIndex(image, channel, r, c);
    return { channel, index, value: x[index]! };
  });
  const marker = {
    left: `${(c / width) * 100}%`,
    top: `${(r / height) * 100}%`,
    size: `${100 / width}%`,
  };

  return (
    <section
      className="widget image-unroll"
      aria-labelledby={`${id}-title`}
      data-testid="image-unroll"
    >
      <h3 id={`${id}-title`} className="widget__title">
        {text.title}
      </h3>
      {invalid.length > 0 && !noticeDismissed && (
        <p className="notice" role="status" data-testid="unroll-link-notice">
          {text.badLink({ fields: invalid.join(', ') })}{' '}
          <button type="button" onClick={() => setNoticeDismissed(true)}>
            OK
          </button>
        </p>
      )}
      <p className="image-unroll__intro">{text.intro}</p>
      <div className="image-unroll__controls">
        <label>
          {text.seed} <LockBadge locked={isLocked('seed')} />{' '}
          <input
            type="number"
            min={0}
            max={99999}
            value={seed}
            data-testid="image-seed"
            {...lockedControl(isLocked('seed'))}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isInteger(value) && value >= 0 && value <= 99999) update({ seed: value });
            }}
          />
        </label>
        <button
          type="button"
          data-testid="new-picture"
          {...lockedControl(isLocked('seed'))}
          onClick={() => update({ seed: (seed * 7919 + 13) % 99991 })}
        >
          {text.newPicture}
        </button>
        <label>
          {text.pixelRow} <LockBadge locked={isLocked('prow')} />{' '}
          <input
            type="range"
            min={1}
            max={height}
            value={prow}
            data-testid="pixel-row"
            {...lockedControl(isLocked('prow'))}
            onChange={(e) => update({ prow: Number(e.target.value) })}
          />
          <output>{prow}</output>
        </label>
        <label>
          {text.pixelCol} <LockBadge locked={isLocked('pcol')} />{' '}
          <input
            type="range"
            min={1}
            max={width}
            value={pcol}
            data-testid="pixel-col"
            {...lockedControl(isLocked('pcol'))}
            onChange={(e) => update({ pcol: Number(e.target.value) })}
          />
          <output>{pcol}</output>
        </label>
      </div>
      <div className="image-unroll__images">
        <figure className="image-unroll__figure image-unroll__figure--picture">
          <div className="image-unroll__frame">
            <canvas
              ref={picture}
              data-testid="colour-picture"
              data-seed={seed}
              role="img"
              aria-label={text.pictureLabel({ width, height, seed })}
            />
            <span
              className="image-unroll__marker"
              style={{
                left: marker.left,
                top: marker.top,
                width: marker.size,
                height: marker.size,
              }}
              aria-hidden="true"
            />
          </div>
          <figcaption>
            {width} × {height}
          </figcaption>
        </figure>
        <span className="image-unroll__equals" aria-hidden="true">
          =
        </span>
        {channels.map((ref, channel) => (
          <figure key={channel} className="image-unroll__figure">
            <div className="image-unroll__frame">
              <canvas
                ref={ref}
                role="img"
                aria-label={text.channelLabel({
                  name: text.channels[channel]!,
                  width,
                  height,
                  value: rows[channel]!.value,
                })}
              />
              <span
                className="image-unroll__marker"
                style={{
                  left: marker.left,
                  top: marker.top,
                  width: marker.size,
                  height: marker.size,
                }}
                aria-hidden="true"
              />
            </div>
            <figcaption>
              {['R', 'G', 'B'][channel]} · {text.channels[channel]}
            </figcaption>
          </figure>
        ))}
      </div>
      <div className="image-unroll__arithmetic" data-testid="unroll-arithmetic" data-nx={x.length}>
        <span>{text.arithmetic}</span>
        <Equation
          tex={`n_x = ${width} \\times ${height} \\times 3 = ${x.length}, \\qquad x = \\begin{bmatrix} ${x[0]} & ${x[1]} & \\cdots & ${x[perChannel - 1]} & ${x[perChannel]} & \\cdots & ${x[2 * perChannel]} & \\cdots & ${x[x.length - 1]} \\end{bmatrix}^T`}
        />
        <p className="image-unroll__order">{text.orderNote({ perChannel })}</p>
      </div>
      <table className="image-unroll__table" data-testid="pixel-table">
        <caption>{text.tableCaption({ row: prow, col: pcol })}</caption>
        <thead>
          <tr>
            <th scope="col">{text.channelHead}</th>
            <th scope="col">{text.valueHead}</th>
            <th scope="col">{text.indexHead}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.channel}>
              <th scope="row">{text.channels[row.channel]}</th>
              <td data-testid={`pixel-value-${row.channel}`}>{row.value}</td>
              <td>
                x<sub>{row.index + 1}</sub> = {row.channel} × {perChannel} + ({prow} − 1) × {width}{' '}
                + {pcol}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
