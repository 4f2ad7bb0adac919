/**
 * office-js #2744 / #3378: a ribbon click that arrives before Office.onReady resolves fails when
 * the actions are associated inside onReady. commands.ts must associate at module top level.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

describe("the ribbon entry (commands.ts)", () => {
  it("associates every FunctionName of manifest.xml while loading, before Office.onReady resolves", () => {
    const associated: string[] = [];
    const onReady = jest.fn(() => new Promise<never>(() => undefined)); // never ready
    (globalThis as unknown as { Office: unknown }).Office = {
      actions: { associate: (id: string) => associated.push(id) },
      onReady,
    };
    jest.isolateModules(() => {
      jest.requireActual("./commands");
    });
    const manifest = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
    const functionNames = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(associated.sort()).toEqual([...new Set(functionNames)].sort());
    expect(functionNames.length).toBeGreaterThan(0);
  });
});
