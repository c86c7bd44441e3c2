import { accountBreadcrumb } from '../accounts/account-breadcrumb';
import type { MyTrackingNotificationsQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { trackingLinks } from '../routes/paths';

/** My account: the news of the items I follow, written since I followed them, newest first. */
export function MyTrackedItemsPage({ data }: { data: MyTrackingNotificationsQuery }) {
  const { i18n } = usePage();
  const t = useT();
  const title = t('tracking.mine.title');
  const notifications = data.myTrackingNotifications;
  return (
    <Layout title={title} breadcrumb={accountBreadcrumb(t, title)}>
      <h1>{title}</h1>
      <p class="lead">{t('tracking.mine.intro')}</p>
      {notifications.length === 0 ? (
        <p>{t('tracking.mine.empty')}</p>
      ) : (
        <ul class="card-list">
          {notifications.map(({ itemTitle, update }) => (
            <li class="card" key={update.id}>
              <h2 class="card__title">
                <a href={trackingLinks.trackedItem(update.trackedItemId)}>{itemTitle}</a>
              </h2>
              <p class="card__meta">
                {t('tracking.item.historyMeta', {
                  date: i18n.date(update.occurredOn),
                  status: t('tracking.status', { status: update.status }),
                  percent: update.progressPercent,
                })}
              </p>
              <p>{update.body}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={trackingLinks.trackedItems()}>{t('tracking.mine.browse')}</a>
      </p>
    </Layout>
  );
}
