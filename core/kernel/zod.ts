import { z } from "zod";

// Without eval: zod otherwise compiles a fast path for each object schema (`new Function`) at its first parse.
// A run parses a few documents per schema, so that compilation cost more start-up time than it saved
// (bench/RESULTS.md, "Start-up"); the results are the same either way. Every feature's schemas build on the
// kernel's findings, which import z from here, so this is set before any schema parses.
z.config({ jitless: true });

export { z };
