import type { PabulibFile, PabulibProject, PabulibVote } from './pabulib.types';

/**
 * Writes a Pabulib .pb file (LF line endings). Fields are quoted only when
 * they contain `;`, a quote or a line break, as Python's csv module does, so
 * files written by pabutools and by us look alike.
 */
export function writePabulib(file: PabulibFile): string {
  const lines: string[] = ['META', row(['key', 'value'])];
  for (const [key, value] of Object.entries(file.meta)) lines.push(row([key, value]));
  lines.push('PROJECTS', row(file.projectColumns));
  for (const p of file.projects) lines.push(row(file.projectColumns.map((c) => projectField(p, c))));
  lines.push('VOTES', row(file.voteColumns));
  for (const v of file.votes) lines.push(row(file.voteColumns.map((c) => voteField(v, c))));
  return lines.join('\n') + '\n';
}

function projectField(p: PabulibProject, column: string): string {
  if (column === 'project_id') return p.id;
  if (column === 'cost') return p.cost;
  return p.extra[column] ?? '';
}

function voteField(v: PabulibVote, column: string): string {
  if (column === 'voter_id') return v.voterId;
  if (column === 'vote') return v.projects.join(',');
  if (column === 'points' && v.points) return v.points.join(',');
  return v.extra[column] ?? '';
}

function row(fields: readonly string[]): string {
  return fields.map(quote).join(';');
}

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
