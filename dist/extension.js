"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// extension/extension.ts
var extension_exports = {};
__export(extension_exports, {
  activate: () => activate,
  deactivate: () => deactivate
});
module.exports = __toCommonJS(extension_exports);
var vscode2 = __toESM(require("vscode"));

// extension/ids.ts
var COMMAND = {
  scanWorkspace: "flowgate.scanWorkspace",
  refresh: "flowgate.refresh",
  startRun: "flowgate.startRun",
  advanceStep: "flowgate.advanceStep",
  attachEvidence: "flowgate.attachEvidence",
  requestApproval: "flowgate.requestApproval",
  approve: "flowgate.approve",
  deny: "flowgate.deny",
  mintConsent: "flowgate.mintConsent",
  cancelRun: "flowgate.cancelRun",
  verifyLedgers: "flowgate.verifyLedgers",
  openReport: "flowgate.openReport",
  compareGolden: "flowgate.compareGolden",
  showProblems: "flowgate.showProblems"
};
var VIEW = {
  container: "flowgate",
  runs: "flowgate.runs",
  approvals: "flowgate.approvals",
  flows: "flowgate.flows",
  evidence: "flowgate.evidence"
};

// extension/lazyTree.ts
var vscode = __toESM(require("vscode"));
var LazyTree = class {
  constructor(resolve) {
    this.resolve = resolve;
  }
  resolve;
  changed = new vscode.EventEmitter();
  onDidChangeTreeData = this.changed.event;
  target;
  forward;
  get real() {
    if (!this.target) {
      this.target = this.resolve();
      this.forward = this.target.onDidChangeTreeData?.((e) => this.changed.fire(e));
    }
    return this.target;
  }
  getTreeItem(element) {
    return this.real.getTreeItem(element);
  }
  getChildren(element) {
    return this.real.getChildren(element);
  }
  getParent(element) {
    return this.real.getParent?.(element);
  }
  dispose() {
    this.forward?.dispose();
    this.changed.dispose();
  }
};

// extension/extension.ts
var TREES = [VIEW.runs, VIEW.approvals, VIEW.flows, VIEW.evidence];
function activate(context) {
  const started = performance.now();
  const log = vscode2.window.createOutputChannel("Flowgate", { log: true });
  let client;
  const connect = () => client ??= require("./extension-client.js").startClient(context, log);
  let host;
  const load = () => {
    if (!host) {
      const t0 = performance.now();
      host = require("./extension-host.js").startHost(context, connect());
      log.info(`core loaded in ${(performance.now() - t0).toFixed(1)} ms`);
    }
    return host;
  };
  context.subscriptions.push(log);
  for (const id of TREES) {
    const tree = new LazyTree(() => load().trees[id]);
    context.subscriptions.push(tree, vscode2.window.createTreeView(id, { treeDataProvider: tree, showCollapseAll: id !== VIEW.approvals && id !== VIEW.evidence }));
  }
  for (const id of Object.values(COMMAND)) context.subscriptions.push(vscode2.commands.registerCommand(id, (...args) => load().commands[id](...args)));
  const timer = setTimeout(() => {
    try {
      connect();
    } catch (error) {
      log.error(`starting the Flowgate language client failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
}
function deactivate() {
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  activate,
  deactivate
});
