import { setFlagsFromString } from "node:v8";

/**
 * How much V8 may grow the heap past what survived its last full collection while a bundle streams
 * (percent). By default V8 grows it up to 4× when collecting is cheap, which a streaming pass always
 * makes it (a high allocation rate, a small live set): 600 MB of bundle held ~100 MiB live in a 500 MiB
 * process. 25 % keeps the heap near the live set for more frequent full collections.
 */
const STREAM_HEAP_GROWING_PERCENT = 25;

/** Runs `pass` with the heap kept near its live set, then gives V8 back its own growing policy (0 = V8's default). */
export function withTightHeap<T>(pass: () => T): T {
  setFlagsFromString(`--heap-growing-percent=${STREAM_HEAP_GROWING_PERCENT}`);
  try {
    return pass();
  } finally {
    setFlagsFromString("--heap-growing-percent=0");
  }
}
