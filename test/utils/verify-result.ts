import { CLI, ProcessResult, runTs } from './run-process';

/**
 * `npm run cli -- verify-result FILE --rule equal-shares-add1 --utility cost …`: the recount of a ballots file that
 * the README and a budget's results page give residents for Equal Shares with ADD1, the default rule.
 */
export function verifyResult(file: string, ...args: string[]): Promise<ProcessResult> {
  return runTs(CLI, ['verify-result', file, '--rule', 'equal-shares-add1', '--utility', 'cost', ...args]);
}
