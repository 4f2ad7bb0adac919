/**
 * What a CLI command may touch of the outside world. Commands receive it as a parameter so
 * tests can run them in process and read what they printed.
 */
export interface CliIo {
  /** Write to standard output (the text is written as given; add "\n" yourself). */
  stdout(text: string): void;
  /** Write to standard error. */
  stderr(text: string): void;
  /** Environment variables (LANG/LC_ALL decide Swedish or English messages). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working directory that relative paths resolve against. */
  readonly cwd: string;
}

/** Exit codes shared by every command: 0 fine, 1 the plan has errors, 2 unusable input or usage. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** The real process IO. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
};
