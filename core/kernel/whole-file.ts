/**
 * The range of a finding about a file as a whole (an unreadable or skipped file): its first character. A module of
 * its own, so the scan worker (dist/scan-worker.js) takes it without findings.ts's schemas, and so zod.
 */
export const WHOLE_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
