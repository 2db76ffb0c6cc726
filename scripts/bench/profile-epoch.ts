/**
 * `npx tsx scripts/bench/profile-epoch.ts [--ts]`: where one epoch of 784-128-10 training on
 * all 60,000 MNIST images goes, in Node (the Chromium worker's figures come from `npm run bench`).
 * --ts forces the TypeScript kernels.
 */
import { mnistTask } from '../../src/data/mnist';
import { loadMnistNode } from '../../src/data/mnist-node';
import { useWasmKernels } from '../../src/math/wasm/kernels';
import { profileEpoch } from './epoch-profile';

if (process.argv.includes('--ts')) useWasmKernels(false);
const train = loadMnistNode('train');
const { X, Y } = mnistTask(train.images, train.labels, { kind: 'all' });
for (let run = 0; run < 3; run++) console.log(JSON.stringify(profileEpoch(X, Y)));
