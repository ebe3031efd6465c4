export * from './capaian';
export * from './growth';
export * from './ikm';
export * from './sakip';
export * from './rounding';
