import { defineRule } from "../kernel/rule";

const C = "trust";

/** Rules of the trust model: what a pull request may not do to the gate that judges it. */
export const configChanged = defineRule({
  id: "gate/config-changed",
  severity: "error",
  category: C,
  summary: "The change edits the gate's own configuration (.flowgate.yml, .flowgate/policy.json, the workflow running the Action or a reusable workflow or local action it calls, a .gitattributes re-encoding what the checkout holds).",
  help: "On a pull request (and with `flowgate check --base REV`) the gate runs with the configuration of the base commit: fail-on, excludes, scan allow lists and custom rules, rule levels and the run policy all come from the trusted side, so a change cannot loosen the verdict on itself. A change to those files is reported with the settings it changes. So is a change to the workflow file running the Action (GITHUB_WORKFLOW_REF), or to a reusable workflow (`uses: ./.github/workflows/x.yml`) or local action (`uses: ./path`) it calls, in turn, as the base has them: on `pull_request` GitHub runs the change's own copies, whose `with:` inputs and steps decide what the gate judges. So is a `.gitattributes` whose change sets, edits or drops `working-tree-encoding`: git then checks the files it names out re-encoded, and the gate reads the checkout, while the repository and an archive of it (`git archive`, GitHub's tarballs) hold other bytes — `*.py working-tree-encoding=IBM037` turns `os.system(…)` into EBCDIC no scan reads. In the GitHub Action the finding clears when someone other than the pull request's author, with write access, approves the pull request on its head commit; protect the files with CODEOWNERS so the right people are asked.",
  message: (file: string, changes: string) => `${file} changes the gate's own configuration (${changes}): this run used the base's; it needs an approving review by someone other than the author on the head commit`,
});

export const suppressionAdded = defineRule({
  id: "gate/suppression-added",
  severity: "error",
  category: C,
  summary: "The change adds a boundary suppression comment that hides a call from the gate, or makes an old one hide a call it did not hide.",
  help: "A `flowgate: ignore-boundary` / `ignore-next-line` comment is written by the author of the code it excuses. On a pull request (and with `flowgate check --base REV`), a suppression that hides a finding on a line the change adds (the comment's line or the line it covers) is reported here instead of passing silently: the call it hides is named, so a reviewer sees what is excused. So is an old suppression that hides at the head a finding it did not hide at the base (the same file, rule and covered line's text), whatever line the change edits to make it: an import edited (`import gateway as os` to `import os` above an old `os.system(…)  # flowgate: ignore-boundary`), or the helper it calls changed to `from subprocess import run` in another file — a comment that hid nothing is no excuse reviewed for the call it now covers. In the GitHub Action the finding clears when someone other than the pull request's author, with write access, approves the pull request on its head commit — the same review that clears `gate/config-changed`. Suppressions already on the base branch that hide there what they hid when they merged were reviewed then, and are not reported again. A Blueprint's own `lints` maps are suppressions too: an `allow` in `metadata.lints` or an agent's `lints` that the same map at the base did not have is reported at the lint it hides.",
  message: (marker: string, rules: string, line: number, how: "added" | "new") =>
    how === "added"
      ? `\`${marker}\` is added by this change and hides ${rules} on line ${line}: a suppression needs an approving review by someone other than the author on the head commit`
      : `\`${marker}\` hides ${rules} on line ${line}, which it did not hide on the base (the change makes the call it covers reach it): a suppression needs an approving review by someone other than the author on the head commit`,
});

export const suppressedCallChanged = defineRule({
  id: "gate/suppressed-call-changed",
  severity: "error",
  category: C,
  summary: "The change keeps a boundary suppression comment but alters the call it hides: an argument line, or a value its arguments read.",
  help: "A reviewed `flowgate: ignore-boundary` / `ignore-next-line` comment excuses the call it covered when it merged: `subprocess.run(CMD, shell=True)` with the `CMD` it ran then. On a pull request (and with `flowgate check --base REV`), when the change leaves the comment and the covered line alone but edits what the call does, the suppression is reported here instead of passing silently: a line of the call expression the change adds or edits (the argument line of a multi-line call), an assignment in the same file to a name its arguments read (`CMD = \"ruff check .\"` two lines above, or a name that assignment reads in turn), or a project file the change edits that such a name is imported from (`from cfg import CMD`, `require(\"./cfg\").URL`). The message says which. An edit elsewhere in the file (a comment, another function) is not reported. In the GitHub Action the finding clears when someone other than the pull request's author, with write access, approves the pull request on its head commit — the same review that clears `gate/suppression-added`.",
  message: (marker: string, rules: string, line: number, what: string) =>
    `\`${marker}\` hides ${rules} on line ${line}, and this change alters that call (${what}): the suppression was reviewed for the call as it was; it needs an approving review by someone other than the author on the head commit`,
});

export const allowedCallAdded = defineRule({
  id: "gate/allowed-call-added",
  severity: "error",
  category: C,
  summary: "The change adds a boundary call in a file the scan's allow list exempts (the gateway's own code).",
  help: "`scan.allow` names the gateway's own implementation, whose calls are not findings. It works like a suppression written once for whole files, so a change could put its call there and import it. On a pull request (and with `flowgate check --base REV`) the calls a change adds or edits in allowed files are reported here, each naming the rule the allow list hides. In the GitHub Action the finding clears when someone other than the pull request's author, with write access, approves the pull request on its head commit — the same review that clears `gate/suppression-added`. Calls merged earlier, on lines the change leaves alone, are not reported.",
  message: (glob: string, rules: string, line: number) =>
    `this change adds ${rules} on line ${line} in a file \`scan.allow\` exempts (\`${glob}\`): a call in the gateway's own code needs an approving review by someone other than the author on the head commit`,
});

export const compiledCodeAdded = defineRule({
  id: "gate/compiled-code-added",
  severity: "error",
  category: C,
  summary: "The change adds or edits compiled code a runtime imports (Python bytecode or extension modules, Node addons, shared libraries) or a zip archive of Python modules, which no scan can read.",
  help: "The boundary scan reads source. Python imports a `helper.pyc` placed next to the sources without any source, `.so`/`.pyd` extension modules and Node `.node` addons are native code, and none of them can be checked for calls that bypass the gateway; nor can modules packed in a zip archive, which Python imports from once the archive is on its path (`sys.path.insert(0, \"vendor/lib.dat\")`), whatever the archive is called (a wheel, a `.pyz` with a `#!` line before it, `lib.dat`): an archive is known by its zip directory, and reported when it lists Python modules (or cannot be listed to its end). On a pull request (and with `flowgate check --base REV`) each compiled module the change adds or edits is reported; in the GitHub Action the finding clears when someone other than the pull request's author, with write access, approves the pull request on its head commit. Binaries the repository vendors on purpose can be excluded in the base's configuration (`exclude`).",
  message: (file: string, what: string) => `${file} is ${what} the change adds or edits: no scan can read it, so it needs an approving review by someone other than the author on the head commit`,
});

export const submoduleChanged = defineRule({
  id: "gate/submodule-changed",
  severity: "error",
  category: C,
  summary: "The change adds a git submodule or moves one to another commit: code the gate does not read.",
  help: "A submodule is another repository's commit, recorded by its id. GitHub's checkout (and most CI) leaves it empty, so the gate reads none of its files, yet a recursive clone, `git submodule update --init` or a deployment brings the code in, and the agent imports it like its own (`from tools.shell import run`). On a pull request (and with `flowgate check --base REV`) each submodule the change adds or moves to another commit is reported; in the GitHub Action the finding clears when someone other than the pull request's author, with write access, approves the pull request on its head commit. A submodule the repository vendors on purpose can be left out in the base's configuration (`exclude`).",
  message: (path: string, commit: string) => `${path} is a submodule the change adds or moves (to commit ${commit}): the gate does not read its code, so it needs an approving review by someone other than the author on the head commit`,
});

export const baseUnavailable = defineRule({
  id: "gate/base-unavailable",
  severity: "error",
  category: C,
  summary: "The pull request's base commit could not be read, so the gate has no trusted configuration.",
  help: "The gate reads its configuration from the pull request's base commit, never from the pull request. When that commit is not in the checkout and cannot be fetched, the run uses the built-in defaults and fails: check out with `fetch-depth: 0` (or let the Action fetch the base).",
  message: (sha: string) => `the base commit ${sha} could not be read: the gate's configuration cannot come from the trusted side`,
});

export const notFollowed = defineRule({
  id: "workspace/not-read",
  severity: "note",
  category: C,
  summary: "A symbolic link leading outside the workspace or into .git/, or a special file, was not read.",
  help: "Flowgate reads only regular files inside the workspace. A symbolic link whose target resolves outside the workspace root (or into .git/) is not followed — its target could be a secret such as /proc/self/environ or .git/config, which would otherwise be quoted into findings, annotations and the pull request comment — and FIFOs, sockets and devices are skipped (reading one can block forever). The note names the link, never its target. Replace the link with the file itself if it should be checked.",
  message: (path: string, reason: string) => `${path} ${reason}: it was not read`,
});
