import type { StaffHomeQuery } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';
import { staffLinks } from '../routes/paths';
import { StaffLayout } from './staff-layout.component';

/** The back office's home: each section, and what waits in it. */
export function StaffHomePage({ data }: { data: StaffHomeQuery }) {
  const t = useT();
  return (
    <StaffLayout title={t('staff.home.title')} home>
      <p class="lead">{t('staff.home.intro')}</p>
      <ul class="card-list">
        <li class="card">
          <h2 class="card__title">
            <a href={staffLinks.consultations()}>{t('staff.home.consultations')}</a>
          </h2>
          <p>{t('staff.home.consultationsText')}</p>
        </li>
        <li class="card">
          <h2 class="card__title">
            <a href={staffLinks.moderation()}>{t('staff.home.moderation')}</a>
          </h2>
          <p>
            {t('staff.home.moderationCount', {
              count: data.moderationQueue.totalCount,
              hidden: data.hiddenContent.totalCount,
            })}
          </p>
        </li>
        <li class="card">
          <h2 class="card__title">
            <a href={staffLinks.budgets()}>{t('staff.home.budgets')}</a>
          </h2>
          <p>{t('staff.home.budgetsText')}</p>
        </li>
        <li class="card">
          <h2 class="card__title">
            <a href={staffLinks.trackedItems()}>{t('staff.home.tracking')}</a>
          </h2>
          <p>{t('staff.home.trackingText')}</p>
        </li>
        <li class="card">
          <h2 class="card__title">
            <a href={staffLinks.census()}>{t('staff.home.census')}</a>
          </h2>
          <p>{t('staff.home.censusText')}</p>
        </li>
        <li class="card">
          <h2 class="card__title">
            <a href={staffLinks.audit()}>{t('staff.home.audit')}</a>
          </h2>
          <p>{t('staff.home.auditText')}</p>
        </li>
        <li class="card">
          <h2 class="card__title">
            <a href={staffLinks.dashboard()}>{t('staff.home.dashboard')}</a>
          </h2>
          <p>{t('staff.home.dashboardText')}</p>
        </li>
      </ul>
    </StaffLayout>
  );
}
