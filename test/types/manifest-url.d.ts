declare module '*/scripts/manifest-url' {
  export const DEV_URL: string;
  export function withProductionUrl(manifest: string, productionUrl: string | undefined): string;
}
