// `flowgate run export --format otlp`.
import { readExportable } from "../../core/index";
import { loadOtlpExport } from "../../core/traces";
import { EXIT, type CliIO, UsageError } from "../io";
import { emit } from "../options";
import type { Values } from "./run-args";
import { refusal } from "./run-present";

/** `run export --format otlp`: the run as OTLP/JSON, to a file or stdout, or sent to --endpoint. */
export async function exportOtlp(io: CliIO, root: string, runId: string, values: Values): Promise<number> {
  if (values.format !== undefined && values.format !== "otlp") throw new UsageError(`export --format must be otlp (or absent for an evidence bundle); got "${values.format}"`);
  const read = readExportable({ root, runId });
  if (!read.ok) return refusal(io, "export", read, values.json);
  const { runAsOtlpJson, sendRun } = await loadOtlpExport();
  if (!values.endpoint) {
    emit(io, runAsOtlpJson(read.run), values.output);
    return EXIT.passed;
  }
  if (!/^https?:\/\//.test(values.endpoint)) throw new UsageError(`--endpoint must be an http(s) URL; got "${values.endpoint}"`);
  const error = await sendRun(read.run, values.endpoint);
  if (error) {
    io.stderr(`flowgate run export: sending ${runId} to ${values.endpoint} failed: ${error}\n`);
    return EXIT.failed;
  }
  io.stdout(`sent ${runId} to ${values.endpoint}\n`);
  return EXIT.passed;
}
