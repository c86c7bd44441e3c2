import { useT } from '../http/page-context';
import { trackingLinks } from '../routes/paths';
import { ProgressBar } from './progress-bar.component';

interface WinnerProgress {
  id: string;
  title: string;
  status: string;
  progressPercent: number;
}

/** On a budget's results: where each winning project stands, linking to its tracking page. */
export function WinnersProgress({ items }: { items: WinnerProgress[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <section class="budget-section" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('tracking.winners.title')}</h2>
      <ul class="card-list">
        {items.map((item) => (
          <li class="card" key={item.id}>
            <h3 class="card__title">
              <a href={trackingLinks.trackedItem(item.id)}>{item.title}</a>
            </h3>
            <p class="card__meta">{t('tracking.status', { status: item.status })}</p>
            <ProgressBar percent={item.progressPercent} />
          </li>
        ))}
      </ul>
    </section>
  );
}
