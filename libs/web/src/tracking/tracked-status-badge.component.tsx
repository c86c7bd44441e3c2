import type { TrackedItemStatus } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';

const TONE: Record<TrackedItemStatus, string> = {
  PLANNED: 'badge--plain',
  IN_STUDY: 'badge--info',
  IN_WORKS: 'badge--info',
  DONE: 'badge--success',
  ABANDONED: 'badge--neutral',
};

/** Where a tracked item stands, in a word; the colour only repeats the word. */
export function TrackedStatusBadge({ status }: { status: TrackedItemStatus }) {
  const t = useT();
  return <span class={`badge ${TONE[status]}`}>{t('tracking.status', { status })}</span>;
}
