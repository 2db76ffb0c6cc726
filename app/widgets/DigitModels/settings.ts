import type { DigitModelKind } from '../../../src/nn/digit-models.ts';
import type { Schema, Values } from '../../stores/url-settings.ts';

const SOURCES = ['shipped', 'trained'] as const;
export type ModelSource = (typeof SOURCES)[number];

/**
 * The lesson's settings, shared by its widgets and all in the URL: which model of each kind
 * the pad uses (the shipped file or the one trained in this page), which model "what the
 * model sees" shows, the digit class it looks at ('auto' follows the prediction), and whose
 * mistakes the test-set browser lists.
 */
export const digitLabSchema = {
  ova: { kind: 'enum', default: 'shipped', values: SOURCES },
  net: { kind: 'enum', default: 'shipped', values: SOURCES },
  view: { kind: 'enum', default: 'one-vs-all', values: ['one-vs-all', 'hidden'] },
  class: {
    kind: 'enum',
    default: 'auto',
    values: ['auto', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  },
  mistakes: { kind: 'enum', default: 'hidden', values: ['hidden', 'one-vs-all'] },
} satisfies Schema;

export type DigitLabSettings = Values<typeof digitLabSchema>;

/** The URL field that holds each kind's model source. */
export const SOURCE_FIELD = { 'one-vs-all': 'ova', hidden: 'net' } as const satisfies Record<
  DigitModelKind,
  'ova' | 'net'
>;
