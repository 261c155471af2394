/** Where a command reads its working directory and writes its output (process streams, or buffers in tests). */
export interface CliIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
