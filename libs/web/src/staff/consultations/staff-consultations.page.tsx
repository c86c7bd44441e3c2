import type { StaffConsultationsQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Pagination, StaffLayout } from '../staff-layout.component';

/** Every consultation, unpublished ones included, each linking to its management page and its proposals. */
export function StaffConsultationsPage({ data, paged }: { data: StaffConsultationsQuery; paged: boolean }) {
  const t = useT();
  const { i18n } = usePage();
  const consultations = data.consultations.edges.map((e) => e.node);
  return (
    <StaffLayout title={t('staffConsultations.title')}>
      <p>
        <a class="button" href={staffLinks.consultationNew()}>
          {t('staffConsultations.create')}
        </a>
      </p>
      {consultations.length === 0 ? (
        <p>{t('staffConsultations.none')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="consultations-caption" tabindex={0}>
          <table class="table">
            <caption class="table__caption" id="consultations-caption">
              {t('staffConsultations.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('staffConsultations.column.title')}</th>
                <th scope="col">{t('staffConsultations.column.published')}</th>
                <th scope="col">{t('staffConsultations.column.phase')}</th>
                <th scope="col" class="table__number">
                  {t('staffConsultations.column.proposals')}
                </th>
              </tr>
            </thead>
            <tbody>
              {consultations.map((consultation) => (
                <tr key={consultation.id}>
                  <th scope="row">
                    <a href={staffLinks.consultation(consultation.id)}>{consultation.title}</a>
                  </th>
                  <td>{t('staffConsultations.published', { published: String(consultation.published) })}</td>
                  <td>{t('staffConsultations.phase', { phase: consultation.currentPhase ?? 'NONE' })}</td>
                  <td class="table__number">
                    <a href={staffLinks.proposals(consultation.id)}>
                      {i18n.number(consultation.figures.proposals)}
                      <span class="visually-hidden">
                        {' '}
                        {t('staffConsultations.proposalsOf', { title: consultation.title })}
                      </span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        next={
          data.consultations.pageInfo.hasNextPage
            ? staffLinks.consultations(data.consultations.pageInfo.endCursor ?? undefined)
            : null
        }
        first={paged ? staffLinks.consultations() : null}
      />
    </StaffLayout>
  );
}
