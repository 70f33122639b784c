/**
 * Runs `web-ext lint` (Mozilla's addons-linter, offline) on a Firefox build and fails
 * on any error. Used by scripts/build.ts and runnable alone:
 * node --import tsx scripts/lint-firefox.ts [dist/firefox]
 */
import { fileURLToPath } from 'node:url';
import webExt, { type LintResult } from 'web-ext';

export async function lintFirefox(sourceDir: string): Promise<LintResult> {
  return webExt.cmd.lint({ sourceDir, output: 'none', boring: true }, { shouldExitProgram: false });
}

export function describeLint(result: LintResult): string {
  const lines = [`web-ext lint: ${result.summary.errors} error(s), ${result.summary.warnings} warning(s), ${result.summary.notices} notice(s)`];
  for (const m of [...result.errors, ...result.warnings]) lines.push(`  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await lintFirefox(process.argv[2] ?? 'dist/firefox');
  console.log(describeLint(result));
  if (result.summary.errors > 0) process.exitCode = 1;
}
