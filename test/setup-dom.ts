/** jsdom lacks ResizeObserver, which Fluent UI's MessageBar uses to reflow; a browser has it. */
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverShim {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: typeof ResizeObserverShim }).ResizeObserver = ResizeObserverShim;
}

/** jsdom's globals lack TextDecoder, which the workbook reader decodes parts with; a browser and Node have it. */
if (typeof globalThis.TextDecoder === 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (globalThis as unknown as { TextDecoder: unknown }).TextDecoder = require('util').TextDecoder;
}
