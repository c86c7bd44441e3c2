import type { StaffConsultationsQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Pagination, StaffLayout } from '../staff-layout.component';
import { StaffTable } from '../staff-table.component';

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
        <StaffTable
          captionId="consultations-caption"
          caption={t('staffConsultations.caption')}
          columns={[
            { label: t('staffConsultations.column.title') },
            { label: t('staffConsultations.column.published') },
            { label: t('staffConsultations.column.phase') },
            { label: t('staffConsultations.column.proposals'), number: true },
          ]}
        >
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
        </StaffTable>
      )}
      <Pagination pageInfo={data.consultations.pageInfo} paged={paged} link={staffLinks.consultations} />
    </StaffLayout>
  );
}
