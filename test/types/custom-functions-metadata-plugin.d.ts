declare module 'custom-functions-metadata-plugin' {
  import type { Compiler } from 'webpack';
  export default class CustomFunctionsMetadataPlugin {
    constructor(options: { input: string | string[]; output: string });
    apply(compiler: Compiler): void;
  }
}
