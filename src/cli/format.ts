import type { Finding, Report } from '../engine/types.js';

/** 1-based line and column of a UTF-16 offset, as editors show them. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function formatFinding(text: string, f: Finding): string[] {
  const { line, column } = position(text, f.range[0]);
  const lines = [`  ${line}:${column}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}`];
  for (const s of f.suggestions ?? []) lines.push(`           ${s.edits?.length ? 'fix' : '-> '}  ${s.message}`);
  return lines;
}

export function formatReport(text: string, report: Report, source = '<draft>'): string {
  const out = [source];
  if (report.findings.length === 0) out.push('  no findings');
  for (const f of report.findings) out.push(...formatFinding(text, f));
  const costs = report.breakdown.map((b) => `${b.ruleId} -${b.points}`).join(', ');
  out.push('', `score ${report.score}/100 (${report.band})${costs ? `  [${costs}]` : ''}`);
  return out.join('\n');
}
