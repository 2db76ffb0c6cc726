/**
 * Plots as files for slides: an SVG made standalone (every computed colour, stroke and
 * font written into the elements, so theme variables and stylesheets are not needed),
 * and a PNG composed from the plot's canvases and SVGs at twice the screen resolution.
 */

/** The style properties a plot's look depends on. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** A copy of `svg` with computed styles inlined and its size fixed, as standalone markup. */
export function standaloneSvg(svg: SVGSVGElement, withBackground = true): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  originals.forEach((original, i) => {
    const style = getComputedStyle(original);
    const target = copies[i] as SVGElement;
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) target.style.setProperty(property, value);
    }
  });
  const box = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  // The page background, so the file reads on a white or dark slide alike (layers stay clear).
  if (withBackground)
    copy.style.setProperty('background', getComputedStyle(document.body).backgroundColor);
  else copy.style.removeProperty('background');
  return new XMLSerializer().serializeToString(copy);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the plot could not be drawn as an image'));
    image.src = url;
  });
}

/** Below this size an svg is a legend swatch or an icon, not a plot layer. */
const MIN_LAYER_PX = 40;

/**
 * The drawn layers of a plot (its canvases and top-level svgs, in paint order) and the
 * box around them: HTML around a plot (titles, legends) is left out, and so is its space.
 */
function layersOf(element: Element): { layers: Element[]; frame: DOMRect } {
  const candidates =
    element instanceof SVGSVGElement
      ? [element]
      : Array.from(element.querySelectorAll('canvas, svg'));
  const layers = candidates.filter((layer) => {
    if (layer !== element && layer.parentElement?.closest('svg')) return false;
    const box = layer.getBoundingClientRect();
    return box.width >= MIN_LAYER_PX && box.height >= MIN_LAYER_PX;
  });
  const boxes = layers.map((layer) => layer.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  const frame = layers.length
    ? new DOMRect(left, top, right - left, bottom - top)
    : element.getBoundingClientRect();
  return { layers, frame };
}

/** The plot (every canvas and svg inside `element`, in paint order) as a PNG blob. */
export async function plotPng(element: Element, scale = 2): Promise<Blob> {
  const { layers, frame } = layersOf(element);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * scale);
  canvas.height = Math.round(frame.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the plot as an image');
  context.fillStyle = getComputedStyle(document.body).backgroundColor;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.imageSmoothingEnabled = true;
  for (const layer of layers) {
    const box = layer.getBoundingClientRect();
    const x = box.left - frame.left;
    const y = box.top - frame.top;
    if (layer instanceof HTMLCanvasElement) {
      context.drawImage(layer, x, y, box.width, box.height);
    } else if (layer instanceof SVGSVGElement) {
      const markup = standaloneSvg(layer, false);
      const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
      try {
        context.drawImage(await loadImage(url), x, y, box.width, box.height);
      } finally {
        URL.revokeObjectURL(url);
      }
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** Offers `blob` as a download named `filename`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The plot as one SVG file: its SVG layers inlined, its canvas layers (heatmaps) embedded
 * as images, each at its place in the plot.
 */
export function plotSvg(element: Element): string {
  if (element instanceof SVGSVGElement) return standaloneSvg(element);
  const { layers, frame } = layersOf(element);
  const parts: string[] = [];
  for (const layer of layers) {
    const box = layer.getBoundingClientRect();
    const x = (box.left - frame.left).toFixed(1);
    const y = (box.top - frame.top).toFixed(1);
    const size = `width="${box.width.toFixed(1)}" height="${box.height.toFixed(1)}"`;
    if (layer instanceof HTMLCanvasElement) {
      parts.push(
        `<image x="${x}" y="${y}" ${size} preserveAspectRatio="none" href="${layer.toDataURL('image/png')}"/>`,
      );
    } else if (layer instanceof SVGSVGElement) {
      parts.push(standaloneSvg(layer, false).replace('<svg', `<svg x="${x}" y="${y}"`));
    }
  }
  const background = getComputedStyle(document.body).backgroundColor;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(frame.width)}" height="${Math.round(frame.height)}">` +
    `<rect width="100%" height="100%" fill="${background}"/>${parts.join('')}</svg>`
  );
}

/** The plots of a lesson: its figures with an svg or canvas, and lone svg images. */
export function findPlots(root: Element): { element: Element; label: string }[] {
  const plots: { element: Element; label: string }[] = [];
  const seen = new Set<Element>();
  for (const candidate of Array.from(root.querySelectorAll('figure, svg[role="img"]'))) {
    const element =
      candidate.tagName === 'FIGURE' ? candidate : (candidate.closest('figure') ?? candidate);
    if (seen.has(element) || (!element.querySelector('svg, canvas') && element.tagName !== 'svg'))
      continue;
    if (element.getBoundingClientRect().width === 0) continue; // hidden (another step, a closed panel)
    seen.add(element);
    const caption = element.querySelector('figcaption')?.textContent?.trim();
    const aria = (
      element.tagName === 'svg' ? element : element.querySelector('[role="img"]')
    )?.getAttribute('aria-label');
    plots.push({ element, label: (caption || aria || `Plot ${plots.length + 1}`).slice(0, 90) });
  }
  return plots;
}
