import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PERFORMANCE_DOC = join(__dirname, '..', '..', 'docs', 'PERFORMANCE.md');

/** Replaces one `## heading` section of docs/PERFORMANCE.md (or appends it), leaving the others alone. */
export function writePerformanceSection(heading: string, body: string): void {
  const current = existsSync(PERFORMANCE_DOC) ? readFileSync(PERFORMANCE_DOC, 'utf8') : '# Performance\n';
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const pattern = new RegExp(`## ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*?(?=\\n## |$)`);
  const next = pattern.test(current)
    ? current.replace(pattern, section.trimEnd())
    : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(`${PERFORMANCE_DOC}.tmp`, next.endsWith('\n') ? next : `${next}\n`);
  renameSync(`${PERFORMANCE_DOC}.tmp`, PERFORMANCE_DOC);
}
