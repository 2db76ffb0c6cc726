export * from './network';
export * from './optimizers';
export * from './gradient-check';
export * from './model-file';
export * from './loop-logistic-regression';
export * from './logistic-regression';
