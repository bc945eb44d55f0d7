/**
 * The scan settings of a workspace that sets none: the schema's defaults (config.ts reads each from here), kept
 * apart from the schema so the scan worker (dist/scan-worker.js) does not load zod, a third of its start-up.
 * Typed by the values (the schema's type is made from them); scan.ts holds it as a ScanConfig.
 */
export const DEFAULT_SCAN_CONFIG = {
  include: ["**/*.py", "**/*.pyw", "**/*.pth", "**/.pdbrc", "**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", "**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx", "**/*.ipynb"],
  exclude: [] as string[],
  allow: [] as string[],
  rules: {} as Record<string, never>,
  custom: [] as never[],
  "require-reason": false,
  "skip-declarations": true,
  "default-excludes": true,
};
