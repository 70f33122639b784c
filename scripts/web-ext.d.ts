// web-ext ships no types; these cover the two commands scripts/ call.
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    message: string;
    description?: string;
    file?: string;
    line?: number;
  }
  export interface LintResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const webExt: {
    cmd: {
      build(
        params: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean },
        options?: { showReadyMessage?: boolean },
      ): Promise<{ extensionPath: string }>;
      lint(
        params: { sourceDir: string; artifactsDir?: string; output?: 'text' | 'json' | 'none'; boring?: boolean; pretty?: boolean; warningsAsErrors?: boolean },
        options?: { shouldExitProgram?: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
