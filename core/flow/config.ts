import { z } from "zod";

const globs = z.array(z.string().min(1));

/** `.flowgate.yml` `flows:` — the flow feature's section. */
export const flowsConfigSchema = z.strictObject({
  include: globs.default(["**/*.flow.json", "**/*.flow.yaml", "**/*.flow.yml"]).describe("Globs of flow bundles."),
  files: globs.default([]).describe("More files (globs) to validate as flow bundles whatever their names."),
  profile: z.enum(["spec", "code"]).default("spec").describe("`spec` enforces Knowtation's documented rules too; `code` only what its code enforces."),
  policy: z
    .strictObject({
      "automatable-forbidden": z.boolean().default(false).describe("Knowtation's import sandbox: only manual steps allowed."),
    })
    .default({ "automatable-forbidden": false }),
});
