// The part of web-ext's Node API that scripts/lint-firefox.ts calls (web-ext ships no types).
declare module 'web-ext' {
  /** One finding of addons-linter, Mozilla's linter (the one addons.mozilla.org runs). */
  export interface LintMessage {
    readonly code: string;
    readonly message: string;
    readonly description?: string;
    readonly file?: string;
    readonly line?: number;
    readonly column?: number;
  }

  export interface LintResult {
    readonly errors: readonly LintMessage[];
    readonly warnings: readonly LintMessage[];
    readonly notices: readonly LintMessage[];
  }

  export interface LintParams {
    sourceDir: string;
    artifactsDir?: string;
    boring?: boolean;
    output?: 'text' | 'json';
    selfHosted?: boolean;
    warningsAsErrors?: boolean;
  }

  export const cmd: {
    lint(params: LintParams, options: { shouldExitProgram: false }): Promise<LintResult>;
  };
}
