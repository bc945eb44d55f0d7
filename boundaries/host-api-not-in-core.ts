// core/tsconfig.json resolves `vscode` and `@actions/*` here: core/ never uses a host's API (ARCHITECTURE.md).
// This file is in no project, so a core file importing one of them fails the build with TS6307 naming this file.
export {};
