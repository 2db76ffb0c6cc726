import type { Schema } from '../../stores/url-settings.ts';
import { OPS, SHAPE_KINDS } from './broadcast-view.ts';

/** The explorer's settings in the URL: the two shapes, the operation and the sizes n and m. */
export const broadcastSchema = {
  left: { kind: 'enum', default: 'nxm', values: SHAPE_KINDS },
  right: { kind: 'enum', default: 'nx1', values: SHAPE_KINDS },
  op: { kind: 'enum', default: '+', values: OPS },
  n: { kind: 'number', default: 2, min: 1, max: 4, integer: true },
  m: { kind: 'number', default: 3, min: 1, max: 6, integer: true },
} satisfies Schema;
