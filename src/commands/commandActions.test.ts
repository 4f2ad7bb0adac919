import { readFileSync } from "fs";
import * as path from "path";
import { COMMAND_ACTIONS } from "./commandActions";

describe("ribbon commands", () => {
  it("register exactly the FunctionNames that manifest.xml's buttons call", () => {
    const manifest = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
    const functionNames = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functionNames.length).toBeGreaterThan(0);
    expect(Object.keys(COMMAND_ACTIONS).sort()).toEqual([...new Set(functionNames)].sort());
  });
});
