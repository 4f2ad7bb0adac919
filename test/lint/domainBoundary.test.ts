/**
 * The rule that keeps src/domain pure (no React, Fluent, Office, DOM, or imports from the edges)
 * must keep working: lint in-memory files placed under src/domain and expect the errors.
 * All files are linted in one child process (ESLint's Node API, lintText with filePath): jest's
 * CommonJS runtime cannot import eslint.config.mjs, and one process keeps the test quick.
 */
import { execFileSync } from "child_process";
import * as path from "path";

const root = path.resolve(__dirname, "../..");

const FORBIDDEN_IN_DOMAIN = [
  'import { useState } from "react";',
  'import { Button } from "@fluentui/react-components";',
  'import { createMemoryWorkbook } from "../excel/memoryWorkbook";',
  'import { App } from "../../taskpane/App";',
  'import "office-addin-mock";',
];
const GLOBALS_IN_DOMAIN = "export const title = (): string => document.title + String(Office);\n";
const REACT_IN_TASKPANE = 'import { useState } from "react";\nexport const x = useState;\n';
const EXCEL_READ_WITHOUT_LOAD = [
  "export async function f(): Promise<unknown> {",
  "  return Excel.run(async (context) => {",
  "    const range = context.workbook.getSelectedRange();",
  "    await context.sync();",
  "    return range.values;",
  "  });",
  "}",
  "",
].join("\n");

const files = [
  ...FORBIDDEN_IN_DOMAIN.map((line) => ({
    code: `${line}\nexport const x = 1;\n`,
    filePath: "src/domain/x.ts",
  })),
  { code: GLOBALS_IN_DOMAIN, filePath: "src/domain/x.ts" },
  { code: REACT_IN_TASKPANE, filePath: "src/taskpane/x.ts" },
  { code: EXCEL_READ_WITHOUT_LOAD, filePath: "src/excel/x.ts" },
];

let results: string[][] = [];

beforeAll(() => {
  const output = execFileSync(process.execPath, [path.join(__dirname, "lintText.mjs")], {
    cwd: root,
    input: JSON.stringify(files),
    encoding: "utf8",
  });
  results = JSON.parse(output) as string[][];
}, 120_000);

function idsFor(index: number): string[] {
  return results[index] ?? [];
}

describe("src/domain import boundary", () => {
  it.each(FORBIDDEN_IN_DOMAIN.map((line, index) => [line, index] as const))(
    "rejects %s in src/domain/x.ts",
    (_line, index) => {
      expect(idsFor(index)).toContain("no-restricted-imports");
    },
  );

  it("rejects the DOM and Office globals in src/domain", () => {
    const ids = idsFor(FORBIDDEN_IN_DOMAIN.length);
    expect(ids.filter((id) => id === "no-restricted-globals")).toHaveLength(2);
  });

  it("allows the same React import outside src/domain", () => {
    const ids = idsFor(FORBIDDEN_IN_DOMAIN.length + 1);
    expect(ids).not.toContain("no-restricted-imports");
    expect(ids.filter((id) => id.startsWith("fatal"))).toEqual([]);
  });
});

describe("eslint-plugin-office-addins rules", () => {
  it("flag reading an Excel property that was never loaded, in src/excel", () => {
    expect(idsFor(FORBIDDEN_IN_DOMAIN.length + 2)).toContain("office-addins/load-object-before-read");
  });
});
