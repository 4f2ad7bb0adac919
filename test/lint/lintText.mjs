// Lints in-memory files with ESLint's Node API and prints the rule ids per file as JSON.
// A separate process because jest's CommonJS runtime cannot import eslint.config.mjs.
// stdin: [{ "code": "...", "filePath": "src/domain/x.ts" }, ...]   stdout: [["rule-id", ...], ...]
import { ESLint } from "eslint";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const files = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { code, filePath } of files) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  out.push((result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`));
}
process.stdout.write(JSON.stringify(out));
