/** A CliIo that records what a command printed, for in-process CLI tests. */
import type { CliIo } from "../../src/cli/io";

export interface CapturedIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function captureIo(
  env: Record<string, string | undefined> = { LANG: "en_US.UTF-8" },
  cwd = process.cwd(),
): CapturedIo {
  let out = "";
  let err = "";
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env,
    cwd,
    out: () => out,
    err: () => err,
  };
}
