// Writes schemas/<file>.schema.json (JSON Schema draft 2020-12) from the C# data model in src/FilingForge/Model.
// The model is the contract; the schemas are derived from it so that editors can complete and check data files.
// Run after changing the model: `node tools/schema-check/generate-schemas.mjs` (no packages needed).
// The C# test SchemasMatchModelTest fails when a schema's keys drift from the model.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const modelDir = join(root, "src", "FilingForge", "Model");
const schemaDir = join(root, "schemas");

// Same rule as src/FilingForge/Loading/DataKeyNaming.cs.
export function toDataKey(name) {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (i > 0) {
      const p = name[i - 1];
      const isUpper = (ch) => ch >= "A" && ch <= "Z";
      const isLower = (ch) => ch >= "a" && ch <= "z";
      const isDigit = (ch) => ch >= "0" && ch <= "9";
      const isLetter = (ch) => isUpper(ch) || isLower(ch);
      if ((isUpper(c) && (isLower(p) || isDigit(p))) || (isDigit(c) && isLetter(p))) out += "_";
    }
    out += c.toLowerCase();
  }
  return out;
}

function docText(lines) {
  const text = lines
    .map((l) => l.replace(/^\s*\/\/\/ ?/, ""))
    .join(" ")
    .replace(/<see cref="([^"]+)"\s*\/>/g, (_, c) => toDataKey(c.split(".").pop()))
    .replace(/<\/?(summary|c|para)>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return text || undefined;
}

// Parses classes, their properties and enums, with the doc comment that precedes each.
function parseModel() {
  const classes = new Map();
  const enums = new Map();
  for (const file of readdirSync(modelDir).filter((f) => f.endsWith(".cs")).sort()) {
    const lines = readFileSync(join(modelDir, file), "utf8").split(/\r?\n/);
    let doc = [];
    let current = null;
    for (const line of lines) {
      const t = line.trim();
      if (t.startsWith("///")) { doc.push(t); continue; }
      let m;
      if ((m = t.match(/^public sealed class (\w+)\s*:\s*ModelNode/))) {
        current = { kind: "class", name: m[1], doc: docText(doc), props: [] };
        classes.set(m[1], current);
      } else if ((m = t.match(/^public enum (\w+)/))) {
        current = { kind: "enum", name: m[1], doc: docText(doc), members: [] };
        enums.set(m[1], current);
      } else if (current?.kind === "class" && (m = t.match(/^public (required )?([\w<>,? ]+?) (\w+) \{ get; init; \}/))) {
        current.props.push({ name: m[3], type: m[2].replace(/\s+/g, ""), required: !!m[1], doc: docText(doc) });
      } else if (current?.kind === "enum" && (m = t.match(/^(\w+),?$/))) {
        current.members.push({ name: m[1], doc: docText(doc) });
      } else if (t.startsWith("public sealed class") || t.startsWith("public sealed record") || t.startsWith("public abstract")) {
        current = null;
      }
      if (t !== "" && !t.startsWith("[")) doc = [];
    }
  }
  return { classes, enums };
}

// The data files: one per property of Filing (except Name and Directory).
function parseFiling() {
  const text = readFileSync(join(modelDir, "Filing.cs"), "utf8");
  return [...text.matchAll(/public required (\w+) (\w+) \{ get; init; \}/g)]
    .filter((m) => m[1] !== "string")
    .map((m) => ({ className: m[1], file: toDataKey(m[2]).replace(/_/g, "-") }));
}

const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

function schemaForType(type, model, used) {
  const nullable = type.endsWith("?");
  const t = nullable ? type.slice(0, -1) : type;
  let s;
  let m;
  if ((m = t.match(/^List<(.+)>$/))) s = { type: "array", items: schemaForType(m[1], model, used) };
  else if ((m = t.match(/^Dictionary<string,(.+)>$/)))
    s = { type: "object", propertyNames: { pattern: "^[a-z][a-z0-9_]*$" }, additionalProperties: schemaForType(m[1], model, used) };
  else if (t === "string") s = { type: "string" };
  else if (t === "MarkdownText") s = { type: "string", contentMediaType: "text/markdown" };
  else if (t === "int" || t === "long") s = { type: "integer" };
  else if (t === "decimal") s = { type: "number" };
  else if (t === "bool") s = { type: "boolean" };
  else if (t === "DateOnly") s = { type: "string", format: "date", pattern: DATE_PATTERN };
  else if (model.classes.has(t) || model.enums.has(t)) {
    collect(t, model, used);
    s = { $ref: `#/$defs/${t}` };
  } else throw new Error(`No JSON Schema mapping for C# type ${type}`);
  if (!nullable) return s;
  if (s.$ref) return { anyOf: [s, { type: "null" }] };
  return { ...s, type: [s.type, "null"] };
}

function collect(name, model, used) {
  if (used.has(name)) return;
  used.set(name, null);
  used.set(name, model.enums.has(name) ? enumSchema(model.enums.get(name)) : objectSchema(model.classes.get(name), model, used));
}

function enumSchema(e) {
  const values = e.members.map((m) => toDataKey(m.name));
  const docs = e.members.filter((m) => m.doc).map((m) => `${toDataKey(m.name)}: ${m.doc}`);
  const description = [e.doc, ...docs].filter(Boolean).join(" ");
  return { ...(description ? { description } : {}), type: "string", enum: values };
}

function objectSchema(c, model, used) {
  const properties = {};
  for (const p of c.props) {
    const s = schemaForType(p.type, model, used);
    properties[toDataKey(p.name)] = p.doc ? { description: p.doc, ...s } : s;
  }
  const required = c.props.filter((p) => p.required).map((p) => toDataKey(p.name));
  return {
    ...(c.doc ? { description: c.doc } : {}),
    type: "object",
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

const model = parseModel();
mkdirSync(schemaDir, { recursive: true });
for (const { className, file } of parseFiling()) {
  const used = new Map();
  const rootSchema = objectSchema(model.classes.get(className), model, used);
  const defs = Object.fromEntries([...used.entries()].sort(([a], [b]) => a.localeCompare(b)));
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://filingforge.local/schemas/${file}.schema.json`,
    title: `${file}.yaml`,
    ...rootSchema,
    ...(Object.keys(defs).length ? { $defs: defs } : {}),
  };
  writeFileSync(join(schemaDir, `${file}.schema.json`), JSON.stringify(schema, null, 2) + "\n");
  console.log(`schemas/${file}.schema.json`);
}
