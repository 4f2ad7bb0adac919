/**
 * The browser bundles must not ship date-holidays (moment-timezone, astronomia: ~200 KB gzipped):
 * webpack.config.js aliases src/domain/holidayLibrarySE.ts to holidayNoLibrarySE.ts. Resolved here
 * with webpack's own resolver and the config's resolve options, as holidays.ts imports it.
 */
import path from "node:path";
import { CachedInputFileSystem, ResolverFactory } from "enhanced-resolve";
import fs from "node:fs";

const root = path.resolve(__dirname, "..", "..");

interface ResolveOptions {
  readonly extensions: string[];
  readonly alias?: Record<string, string>;
}

async function webpackResolve(): Promise<ResolveOptions> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS without types
  const config = require(path.join(root, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<{ resolve: ResolveOptions }>;
  return (await config({}, { mode: "production" })).resolve;
}

function resolveFrom(options: ResolveOptions, directory: string, request: string): Promise<string> {
  const resolver = ResolverFactory.createResolver({
    fileSystem: new CachedInputFileSystem(fs, 1000),
    extensions: options.extensions,
    alias: options.alias ?? {},
  });
  return new Promise((resolve, reject) => {
    resolver.resolve({}, directory, request, {}, (error, result) => {
      if (error || typeof result !== "string") reject(error ?? new Error(`cannot resolve ${request}`));
      else resolve(result);
    });
  });
}

describe("the browser bundles' holiday fallback", () => {
  it("resolves holidays.ts's import of the library to the module that knows no holidays", async () => {
    const options = await webpackResolve();
    const resolved = await resolveFrom(options, path.join(root, "src", "domain"), "./holidayLibrarySE");
    expect(path.relative(root, resolved)).toBe(path.join("src", "domain", "holidayNoLibrarySE.ts"));
  });

  it("leaves other domain modules alone", async () => {
    const options = await webpackResolve();
    const resolved = await resolveFrom(options, path.join(root, "src", "domain"), "./holidayTableSE");
    expect(path.relative(root, resolved)).toBe(path.join("src", "domain", "holidayTableSE.ts"));
  });
});
