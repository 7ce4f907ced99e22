#!/usr/bin/env node
// Validates JSON documents against the flowrun JSON Schemas (draft 2020-12) with
// Ajv and ajv-formats (date-time checked in full). Usage:
//
//   node schema/validate.mjs [--strict] SCHEMA_OR_KIND FILE...
//
// SCHEMA_OR_KIND is a kind (run, page, logs, log-entry), a kind in the strict
// directory (strict/run, ...), a schema file (schema/strict/page.schema.json)
// or a schema $id (https://flowrun.dev/schema/run.schema.json); --strict picks
// the strict variant of a kind. FILE is a path or '-' for standard input.
//
// Prints one JSON line per file: {"file":...,"valid":true|false,"errors":[...]}
// where each error is an Ajv error (instancePath, schemaPath, keyword, params,
// message); a file that is not JSON gets one error with keyword "parse".
// Exit status: 0 when every file is valid, 1 when any is invalid or not JSON,
// 2 on a usage error or when a file cannot be read.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const kinds = ["run", "page", "logs", "log-entry"];

function usage(message) {
  process.stderr.write(`validate.mjs: ${message}\nUsage: node schema/validate.mjs [--strict] SCHEMA_OR_KIND FILE...\n`);
  process.exit(2);
}

// Every *.schema.json under this directory (node_modules aside), keyed by $id.
function loadSchemas() {
  const out = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".schema.json")) {
        const schema = JSON.parse(readFileSync(path, "utf8"));
        out.set(schema.$id, { path, schema });
      }
    }
  };
  walk(here);
  return out;
}

const args = process.argv.slice(2);
let strict = false;
const rest = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === "--") rest.push(...args.slice(i + 1)), (i = args.length);
  else if (args[i] === "--strict") strict = true;
  else if (args[i] === "-h" || args[i] === "--help") {
    process.stdout.write("Usage: node schema/validate.mjs [--strict] SCHEMA_OR_KIND FILE...\n");
    process.exit(0);
  } else rest.push(args[i]);
}
if (rest.length < 2) usage("expected a schema or kind and at least one file");
const [target, ...files] = rest;

const schemas = loadSchemas();
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv, { mode: "full" });
for (const { schema } of schemas.values()) ajv.addSchema(schema);

// Resolve SCHEMA_OR_KIND to a $id.
let id;
let name = target.replace(/\.schema\.json$/, "");
if (name.startsWith("strict/") && kinds.includes(name.slice(7))) (strict = true), (name = name.slice(7));
if (kinds.includes(name)) {
  id = `https://flowrun.dev/schema/${strict ? "strict/" : ""}${name}.schema.json`;
} else if (schemas.has(target)) {
  id = target;
} else {
  const wanted = resolve(target);
  for (const [key, { path }] of schemas) if (resolve(path) === wanted) id = key;
  if (!id) {
    try { // a schema file outside this directory
      const schema = JSON.parse(readFileSync(target, "utf8"));
      if (!schema.$id) schema.$id = "file://" + wanted;
      if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema);
      id = schema.$id;
    } catch (e) {
      usage(`'${target}' is neither a kind (${kinds.join(", ")}, strict/KIND) nor a schema file: ${e.message}`);
    }
  }
  if (strict && !id.includes("/strict/")) usage("--strict applies to a kind, not to a schema file");
}
const validate = ajv.getSchema(id);
if (!validate) usage(`no schema with $id ${id}`);

let status = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    process.stderr.write(`validate.mjs: cannot read '${file}': ${e.message}\n`);
    status = 2;
    continue;
  }
  let doc;
  let errors;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    errors = [{ instancePath: "", schemaPath: "", keyword: "parse", params: {}, message: e.message }];
  }
  if (!errors) errors = validate(doc) ? [] : validate.errors;
  const valid = errors.length === 0;
  if (!valid && status === 0) status = 1;
  process.stdout.write(JSON.stringify({ file, valid, errors }) + "\n");
}
process.exitCode = status;
