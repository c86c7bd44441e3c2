/**
 * `task` run at most once while it succeeds: every call shares its promise,
 * so concurrent first callers wait for the one attempt. A failure is not
 * kept: the next call tries again (a directory that could not be made yet, a
 * marker an operator has since put right).
 */
export function onceUntilFailed(task: () => Promise<void>): () => Promise<void> {
  let attempt: Promise<void> | undefined;
  return () => {
    attempt ??= task().catch((error: unknown) => {
      attempt = undefined;
      throw error;
    });
    return attempt;
  };
}
