// The offline manifest checks behind `npm run validate` (scripts/validate-manifest.mjs) and
// test/manifest/validateManifest.test.ts. CommonJS so that jest (ts-jest, CommonJS) and the
// ESM script can both load it without a build step. Each check returns
// { name, ok, messages } and never throws for a bad manifest: a user wants every problem at once.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const DEFAULT_BASE_URL = "https://localhost:3000/";
const SECOND_LOCALE = "sv-SE";
const DEFAULT_LOCALE = "en-US";

// ---------------------------------------------------------------- a tiny XML reader
// The manifest is our own, simple XML (elements, attributes, no DTD, no CDATA). A full XML
// parser would be a new dependency; the XSD check (libxml2) already proves well-formedness.

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decode(text) {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()];
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Parses XML text into { name, attrs, children, parent, line }. Returns null if tags don't nest. */
function parseXml(xml) {
  const root = { name: "#document", attrs: {}, children: [], parent: null, line: 1 };
  let current = root;
  const stripped = xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (m) => m.replace(/[^\n]/g, " "));
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let match;
  while ((match = tag.exec(stripped)) !== null) {
    const [, closing, name, attrText, selfClosing] = match;
    const line = stripped.slice(0, match.index).split("\n").length;
    if (closing) {
      if (current.name !== name) return null;
      current = current.parent;
      continue;
    }
    const attrs = {};
    for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[a[1]] = decode(a[2] ?? a[3] ?? "");
    }
    const node = { name, attrs, children: [], parent: current, line };
    current.children.push(node);
    if (!selfClosing) current = node;
  }
  return current === root ? root : null;
}

function* walk(node) {
  for (const child of node.children) {
    yield child;
    yield* walk(child);
  }
}

const local = (name) => name.slice(name.indexOf(":") + 1);
const result = (name, messages) => ({ name, ok: messages.length === 0, messages });

function loadDoc(xml) {
  const doc = parseXml(xml);
  if (doc === null) return { doc: null, error: "manifest.xml is not well-formed XML (tags do not nest)" };
  return { doc, error: null };
}

/** Resources by id: { kind: "Image" | "Url" | "String", node }. */
function resources(doc) {
  const byId = new Map();
  const duplicates = [];
  for (const node of walk(doc)) {
    const kind = local(node.name);
    const inResources =
      node.parent && local(node.parent.name).match(/^(Images|Urls|ShortStrings|LongStrings)$/);
    if (!inResources || !node.attrs.id) continue;
    if (byId.has(node.attrs.id)) duplicates.push(node);
    byId.set(node.attrs.id, { kind, node });
  }
  return { byId, duplicates };
}

/** What kind of resource each resid-bearing element must point at. */
function expectedKind(node) {
  const name = local(node.name);
  if (name === "Image") return "Image";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(name)) return "Url";
  return "String";
}

// ---------------------------------------------------------------- checks

/** Every resid resolves to a defined bt:Image / bt:Url / bt:String of the right kind. */
function checkResids(xml) {
  const name = "every resid resolves to a defined resource";
  const { doc, error } = loadDoc(xml);
  if (!doc) return result(name, [error]);
  const { byId, duplicates } = resources(doc);
  const messages = duplicates.map((n) => `line ${n.line}: resource id "${n.attrs.id}" is defined twice`);
  for (const node of walk(doc)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    const target = byId.get(resid);
    const want = expectedKind(node);
    if (!target) {
      messages.push(
        `line ${node.line}: <${node.name} resid="${resid}"> points at no bt:${want} in <Resources>`,
      );
    } else if (target.kind !== want) {
      messages.push(
        `line ${node.line}: <${node.name} resid="${resid}"> needs a bt:${want}, found a bt:${target.kind}`,
      );
    }
    if (resid.length > 32) messages.push(`line ${node.line}: resid "${resid}" is longer than 32 characters`);
  }
  return result(name, messages);
}

/** Every URL in the manifest, with where it is. */
function manifestUrls(doc) {
  const urls = [];
  for (const node of walk(doc)) {
    for (const attr of ["DefaultValue", "Value"]) {
      const value = node.attrs[attr];
      if (value && /^https?:\/\//i.test(value)) urls.push({ url: value, node });
    }
  }
  return urls;
}

/** Every URL is under baseUrl and names a file that exists in distDir. */
function checkUrls(xml, distDir, baseUrl = DEFAULT_BASE_URL) {
  const name = `every URL points at a file the build emits (${path.basename(distDir)}/)`;
  const { doc, error } = loadDoc(xml);
  if (!doc) return result(name, [error]);
  const messages = [];
  if (!fs.existsSync(distDir)) return result(name, [`build output ${distDir} does not exist`]);
  for (const { url, node } of manifestUrls(doc)) {
    if (!url.startsWith(baseUrl)) {
      messages.push(`line ${node.line}: ${url} is not under ${baseUrl}`);
      continue;
    }
    const relative = decodeURIComponent(url.slice(baseUrl.length).split(/[?#]/)[0]);
    const file = path.join(distDir, relative);
    if (relative === "" || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      messages.push(
        `line ${node.line}: ${url} -> ${path.join(path.basename(distDir), relative)} is not in the build`,
      );
    }
  }
  return result(name, messages);
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  if (bytes.subarray(12, 16).toString("latin1") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every icon exists in assetsDir as a PNG at the size the manifest declares for it. */
function checkIcons(xml, assetsDir, baseUrl = DEFAULT_BASE_URL) {
  const name = "every icon exists in assets/ at its declared size";
  const { doc, error } = loadDoc(xml);
  if (!doc) return result(name, [error]);
  const { byId } = resources(doc);
  const declared = []; // { url, size, line }
  for (const node of walk(doc)) {
    const tag = local(node.name);
    if (tag === "IconUrl") declared.push({ url: node.attrs.DefaultValue, size: 32, line: node.line });
    if (tag === "HighResolutionIconUrl")
      declared.push({ url: node.attrs.DefaultValue, size: 64, line: node.line });
    if (tag === "Image" && node.attrs.resid && node.attrs.size) {
      const target = byId.get(node.attrs.resid);
      if (target && target.kind === "Image") {
        declared.push({
          url: target.node.attrs.DefaultValue,
          size: Number(node.attrs.size),
          line: target.node.line,
        });
      }
    }
  }
  const messages = [];
  const seen = new Set();
  for (const { url, size, line } of declared) {
    const key = `${url}@${size}`;
    if (!url || seen.has(key)) continue;
    seen.add(key);
    const relative = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
    const file = path.join(assetsDir, relative.replace(/^assets\//, ""));
    if (!fs.existsSync(file)) {
      messages.push(
        `line ${line}: icon ${path.basename(file)} (${size}px) is missing from ${path.basename(assetsDir)}/`,
      );
      continue;
    }
    const dims = pngSize(fs.readFileSync(file));
    if (!dims) messages.push(`line ${line}: ${path.basename(file)} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      messages.push(
        `line ${line}: ${path.basename(file)} is ${dims.width}x${dims.height}, declared ${size}x${size}`,
      );
    }
  }
  return result(name, messages);
}

/** en-US is the default locale and every string has an sv-SE override (and only sv-SE). */
function checkLocales(xml) {
  const name = `every ${DEFAULT_LOCALE} string has a ${SECOND_LOCALE} override and vice versa`;
  const { doc, error } = loadDoc(xml);
  if (!doc) return result(name, [error]);
  const messages = [];
  const defaultLocale = [...walk(doc)].find((n) => local(n.name) === "DefaultLocale");
  const localeText = defaultLocale
    ? xml.match(/<DefaultLocale>\s*([^<]*?)\s*<\/DefaultLocale>/)?.[1]
    : undefined;
  if (localeText !== DEFAULT_LOCALE)
    messages.push(`<DefaultLocale> is "${localeText ?? ""}", expected ${DEFAULT_LOCALE}`);
  for (const node of walk(doc)) {
    const tag = local(node.name);
    const isString = tag === "String" && node.parent && /Strings$/.test(local(node.parent.name));
    const isTop =
      (tag === "DisplayName" || tag === "Description") &&
      node.parent &&
      local(node.parent.name) === "OfficeApp";
    if (isString || isTop) {
      const label = isString ? `bt:String "${node.attrs.id}"` : `<${tag}>`;
      const overrides = node.children.filter((c) => local(c.name) === "Override");
      const sv = overrides.filter((c) => c.attrs.Locale === SECOND_LOCALE);
      if (!node.attrs.DefaultValue || !node.attrs.DefaultValue.trim()) {
        messages.push(`line ${node.line}: ${label} has no ${DEFAULT_LOCALE} text (DefaultValue)`);
      }
      if (sv.length === 0) messages.push(`line ${node.line}: ${label} has no ${SECOND_LOCALE} <Override>`);
      if (sv.length > 1)
        messages.push(`line ${node.line}: ${label} has ${sv.length} ${SECOND_LOCALE} overrides`);
      for (const o of sv) {
        if (!o.attrs.Value || !o.attrs.Value.trim())
          messages.push(`line ${o.line}: ${label} has an empty ${SECOND_LOCALE} text`);
      }
    }
    if (tag === "Override" && node.attrs.Value !== undefined && !/^https?:/.test(node.attrs.Value)) {
      if (node.attrs.Locale !== SECOND_LOCALE) {
        messages.push(
          `line ${node.line}: override for locale "${node.attrs.Locale}" has no ${DEFAULT_LOCALE} / ${SECOND_LOCALE} pair`,
        );
      }
    }
  }
  return result(name, messages);
}

/** The manifest XSDs shipped in the repository (origin note: schemas/office-manifest/README.md). */
const XSD_DIR = path.resolve(__dirname, "..", "schemas", "office-manifest");

/** The main schema and the schemas it imports, as xmllint-wasm wants them. */
function loadSchemas(xsdDir) {
  const main = "OfficeAppManifestV1_1.xsd";
  const files = fs.readdirSync(xsdDir).filter((f) => f.endsWith(".xsd"));
  if (!files.includes(main)) throw new Error(`${main} not found in ${xsdDir}`);
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(xsdDir, f), "utf8") });
  return { schema: [read(main)], preload: files.filter((f) => f !== main).map(read) };
}

/** Validates against the Office manifest XSDs with libxml2 (xmllint-wasm, no system package). */
async function checkXsd(xml, xsdDir) {
  const name = `valid against the Office manifest XSDs (${path.basename(xsdDir)})`;
  if (!fs.existsSync(xsdDir)) {
    return result(name, [
      `schema folder ${xsdDir} not found (the repository ships it in schemas/office-manifest)`,
    ]);
  }
  const { validateXML } = require("xmllint-wasm");
  const { schema, preload } = loadSchemas(xsdDir);
  const outcome = await validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], schema, preload });
  return result(name, outcome.valid ? [] : outcome.errors.map((e) => e.rawMessage));
}

/** Runs every check. options: { xml, xsdDir, distDir, assetsDir, baseUrl }. */
async function runAllChecks({ xml, xsdDir, distDir, assetsDir, baseUrl = DEFAULT_BASE_URL }) {
  return [
    await checkXsd(xml, xsdDir),
    checkResids(xml),
    checkLocales(xml),
    checkIcons(xml, assetsDir, baseUrl),
    checkUrls(xml, distDir, baseUrl),
  ];
}

module.exports = {
  DEFAULT_BASE_URL,
  XSD_DIR,
  parseXml,
  pngSize,
  checkXsd,
  checkResids,
  checkUrls,
  checkIcons,
  checkLocales,
  runAllChecks,
};
