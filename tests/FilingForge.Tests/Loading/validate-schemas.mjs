// Validates FilingForge data files against their JSON Schemas with Ajv (draft 2020-12) and ajv-formats.
// Usage: node validate-schemas.mjs SCHEMA_DIR DATA_DIR
// Each data file <name>.yaml (or .json) is checked against SCHEMA_DIR/<name>.schema.json.
// Prints "ok <file>" per valid file and "<file>: <instancePath> <message>" per error; exits 1 on any error.
// Packages come from tools/schema-check/node_modules (`npm ci` there), found relative to this script.
import { createRequire } from "node:module";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, basename, extname } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const require = createRequire(join(repoRoot, "tools", "schema-check", "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const YAML = require("yaml");

const [schemaDir, dataDir] = process.argv.slice(2);
if (!schemaDir || !dataDir) {
  console.error("usage: node validate-schemas.mjs SCHEMA_DIR DATA_DIR");
  process.exit(2);
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);

function parse(file) {
  const text = readFileSync(file, "utf8");
  if (extname(file) === ".json") return JSON.parse(text);
  // YAML 1.2 core schema: 2003-05-30 stays a string, as the loader reads it; duplicate keys are errors.
  const doc = YAML.parseDocument(text, { schema: "core", uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join("; "));
  return doc.toJS();
}

let failures = 0;
const dataFiles = readdirSync(dataDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
for (const file of dataFiles) {
  const name = basename(file, extname(file));
  const schemaPath = join(schemaDir, `${name}.schema.json`);
  if (!existsSync(schemaPath)) {
    console.log(`${file}: no schema ${name}.schema.json`);
    failures++;
    continue;
  }
  let data;
  try {
    data = parse(join(dataDir, file));
  } catch (e) {
    console.log(`${file}: cannot parse: ${e.message}`);
    failures++;
    continue;
  }
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  if (validate(data)) {
    console.log(`ok ${file}`);
  } else {
    failures++;
    for (const e of validate.errors) {
      const extra = e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : "";
      console.log(`${file}: ${e.instancePath || "/"} ${e.message}${extra}`);
    }
  }
}
process.exit(failures === 0 ? 0 : 1);
