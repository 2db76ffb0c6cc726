/**
 * Paints a drawing (drawing.ts) into a canvas, and reads it back as ink: the grey level
 * of every pad pixel, which is what the preprocessing turns into MNIST's 28 x 28 image.
 * Framework-free; the canvas does the anti-aliasing, so the edges of a stroke come out as
 * grey levels, as a scanned pen stroke does.
 */
import { DIGIT_SIZE, upscaleDigit, type InkImage } from '../../../src/data/digit-preprocess.ts';
import { type Drawing, PAD_SIZE, PEN_WIDTH, type Stroke } from './drawing.ts';

export interface PadColours {
  /** CSS colour of the ink. */
  ink: string;
  /** CSS colour of the paper, or null to leave it transparent. */
  paper: string | null;
}

let scratch: HTMLCanvasElement | null = null;
let inkCanvas: HTMLCanvasElement | null = null;

function canvasOfSize(existing: HTMLCanvasElement | null, side: number): HTMLCanvasElement {
  const canvas = existing ?? document.createElement('canvas');
  if (canvas.width !== side) canvas.width = side;
  if (canvas.height !== side) canvas.height = side;
  return canvas;
}

function paintStroke(context: CanvasRenderingContext2D, stroke: Stroke): void {
  const [first, ...rest] = stroke;
  if (!first) return;
  if (rest.length === 0) {
    // A tap leaves a round dot as wide as the pen.
    context.beginPath();
    context.arc(first.x, first.y, PEN_WIDTH / 2, 0, 2 * Math.PI);
    context.fill();
    return;
  }
  context.beginPath();
  context.moveTo(first.x, first.y);
  for (const point of rest) context.lineTo(point.x, point.y);
  context.stroke();
}

/**
 * Paints the loaded test digit over the whole pad, each of its 28 x 28 pixels a square block
 * (no smoothing), exactly as upscaleDigit turns it into ink.
 */
function paintBackground(
  context: CanvasRenderingContext2D,
  pixels: Float32Array,
  ink: string,
): void {
  scratch = canvasOfSize(scratch, 28);
  const small = scratch.getContext('2d');
  if (!small) return;
  // The ink colour at each pixel's grey level as its opacity.
  small.clearRect(0, 0, 28, 28);
  small.fillStyle = ink;
  small.fillRect(0, 0, 28, 28);
  const image = small.getImageData(0, 0, 28, 28);
  for (let p = 0; p < 784; p++) image.data[4 * p + 3] = Math.round(255 * pixels[p]!);
  small.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = false;
  context.drawImage(scratch, 0, 0, PAD_SIZE, PAD_SIZE);
}

/** Paints `drawing` over the whole of `context` (PAD_SIZE x PAD_SIZE). */
export function paintDrawing(
  context: CanvasRenderingContext2D,
  drawing: Drawing,
  colours: PadColours,
): void {
  context.save();
  context.clearRect(0, 0, PAD_SIZE, PAD_SIZE);
  if (colours.paper) {
    context.fillStyle = colours.paper;
    context.fillRect(0, 0, PAD_SIZE, PAD_SIZE);
  }
  if (drawing.background) paintBackground(context, drawing.background, colours.ink);
  context.strokeStyle = colours.ink;
  context.fillStyle = colours.ink;
  context.lineWidth = PEN_WIDTH;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  for (const stroke of drawing.strokes) paintStroke(context, stroke);
  context.restore();
}

/** A loaded test digit as pad ink, made once per digit (upscaleDigit takes bytes 0..255). */
const backgroundInk = new WeakMap<Float32Array, Float32Array>();

function inkOfBackground(pixels: Float32Array): Float32Array {
  let ink = backgroundInk.get(pixels);
  if (!ink) {
    const bytes = Uint8Array.from(pixels, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255));
    ink = upscaleDigit(bytes, PAD_SIZE / DIGIT_SIZE).ink;
    backgroundInk.set(pixels, ink);
  }
  return ink;
}

/**
 * The drawing as ink, 0 (paper) to 1 (full ink), one value per pad pixel, row-major. The
 * strokes are painted in opaque ink on transparent paper and read back from the alpha
 * channel, so the theme's colours never change what the model receives; where a test digit
 * lies underneath, the darker of the two counts. Allocates the ink array.
 */
export function inkOf(drawing: Drawing): InkImage {
  inkCanvas = canvasOfSize(inkCanvas, PAD_SIZE);
  const context = inkCanvas.getContext('2d', { willReadFrequently: true });
  const ink = new Float32Array(PAD_SIZE * PAD_SIZE);
  if (drawing.background) ink.set(inkOfBackground(drawing.background));
  if (!context || drawing.strokes.length === 0) return { width: PAD_SIZE, height: PAD_SIZE, ink };
  paintDrawing(
    context,
    { strokes: drawing.strokes, background: null },
    { ink: '#000', paper: null },
  );
  const { data } = context.getImageData(0, 0, PAD_SIZE, PAD_SIZE);
  for (let i = 0; i < ink.length; i++) ink[i] = Math.max(ink[i]!, data[4 * i + 3]! / 255);
  return { width: PAD_SIZE, height: PAD_SIZE, ink };
}
