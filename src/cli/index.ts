/**
 * The process entry of the `tidsplan` command (bin/tidsplan.js runs this). Anything unexpected
 * is reported as one line and exit code 2, never a stack trace.
 */
import { EXIT_OK, EXIT_UNUSABLE, processIo } from "./io";
import { main } from "./main";

function reportUnexpected(error: unknown): void {
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tidsplan: ${text.split("\n")[0] ?? ""}\n`);
  process.exitCode = EXIT_UNUSABLE;
}

// A reader that stops early (`tidsplan validate plan.txt | head`) closes the pipe. That is not a
// problem of the plan or of Tidsplan: stop quietly, as other command-line tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
  reportUnexpected(error);
});

main(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
}, reportUnexpected);
