/** The data set named by the command line: a toy set, a CSV file or MNIST (with its test set). */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../data/csv';
import { mnistTask, taskName } from '../data/mnist';
import { loadMnistNode } from '../data/mnist-node';
import { makeToyDataset } from '../data/toy';
import type { Dataset } from '../train/dataset';
import type { CliOptions } from './options';

export interface LoadedData extends Dataset {
  labels: Uint8Array;
  /** K */
  classes: number;
  name: string;
}

export function loadData(o: CliOptions): LoadedData {
  if (o.data !== null) {
    let text: string;
    try {
      text = readFileSync(o.data, 'utf8');
    } catch (error) {
      throw new Error(`--data: cannot read ${o.data}: ${(error as Error).message}`);
    }
    const csv = parseCsv(text);
    return { X: csv.X, Y: csv.Y, labels: csv.labels, classes: csv.classes, name: o.data };
  }
  if (o.dataset === 'mnist') {
    const train = loadMnistNode('train');
    const test = loadMnistNode('test');
    const t = mnistTask(train.images, train.labels, o.task, o.limit ?? Infinity);
    const e = mnistTask(test.images, test.labels, o.task);
    return {
      X: t.X,
      Y: t.Y,
      labels: t.labels,
      Xtest: e.X,
      Ytest: e.Y,
      testLabels: e.labels,
      classes: o.task.kind === 'all' ? 10 : 2,
      name: `mnist ${taskName(o.task)}`,
    };
  }
  const toy = makeToyDataset(o.dataset, {
    m: o.m,
    seed: o.seed,
    ...(o.noise === null ? {} : { noise: o.noise }),
    ...(o.dataset === 'blobs' ? { classes: o.classes } : {}),
  });
  return { ...toy, classes: o.dataset === 'blobs' ? o.classes : 2, name: o.dataset };
}
