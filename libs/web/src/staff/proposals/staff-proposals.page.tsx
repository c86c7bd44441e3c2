import type { StaffProposalsQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Pagination, StaffLayout } from '../staff-layout.component';
import { StaffTable } from '../staff-table.component';
import { FilterSelect } from '../../forms/filter-fields.component';
import {
  ANSWER_SLUGS,
  filterSlugs,
  type StaffProposalFilters,
  STATUS_SLUGS,
  THRESHOLD_SLUGS,
} from './staff-proposal-forms';
import { StaffFilterForm } from '../staff-filter-form.component';

/** Where a proposal's answer stands, as staff read it: none, saved (unpublished), or published. */
export function answerState(answer: { published: boolean } | null | undefined): 'NONE' | 'SAVED' | 'PUBLISHED' {
  if (!answer) return 'NONE';
  return answer.published ? 'PUBLISHED' : 'SAVED';
}

/** A consultation's proposals, most supported first, filtered by status, answer and threshold. */
export function StaffProposalsPage({
  data,
  filters,
  paged,
}: {
  data: StaffProposalsQuery;
  filters: StaffProposalFilters;
  paged: boolean;
}) {
  const t = useT();
  const { i18n } = usePage();
  const consultation = data.consultation;
  const slugs = filterSlugs(filters);
  const proposals = data.proposals.edges.map((e) => e.node);
  return (
    <StaffLayout
      title={t('staffProposals.title', { consultation: consultation.title })}
      trail={[
        { label: t('staffConsultations.title'), href: staffLinks.consultations() },
        { label: consultation.title, href: staffLinks.consultation(consultation.id) },
      ]}
    >
      <StaffFilterForm
        action={staffLinks.proposals(consultation.id)}
        legend={t('staffProposals.filter.legend')}
        submit={t('staffProposals.filter.submit')}
      >
        <FilterSelect
          id="filtre-statut"
          name="statut"
          all={t('staffProposals.filter.all')}
          label={t('staffProposals.filter.status')}
          value={slugs.status}
          options={Object.entries(STATUS_SLUGS).map(([value, status]) => ({
            value,
            label: t('staffProposals.status', { status }),
          }))}
        />
        <FilterSelect
          id="filtre-reponse"
          name="reponse"
          all={t('staffProposals.filter.all')}
          label={t('staffProposals.filter.answer')}
          value={slugs.answer}
          options={Object.entries(ANSWER_SLUGS).map(([value, state]) => ({
            value,
            label: t('staffProposals.answerState', { state }),
          }))}
        />
        <FilterSelect
          id="filtre-seuil"
          name="seuil"
          all={t('staffProposals.filter.all')}
          label={t('staffProposals.filter.threshold', { threshold: consultation.supportThreshold })}
          value={slugs.threshold}
          options={Object.entries(THRESHOLD_SLUGS).map(([value, reached]) => ({
            value,
            label: t('staffProposals.thresholdState', { reached: String(reached) }),
          }))}
        />
      </StaffFilterForm>
      <p class="staff-count">{t('staffProposals.count', { count: data.proposals.totalCount })}</p>
      {proposals.length > 0 && (
        <StaffTable
          captionId="proposals-caption"
          caption={t('staffProposals.caption')}
          columns={[
            { label: t('staffProposals.column.title') },
            { label: t('staffProposals.column.status') },
            { label: t('staffProposals.column.supports'), number: true },
            { label: t('staffProposals.column.answer') },
          ]}
        >
          {proposals.map((proposal) => (
            <tr key={proposal.id}>
              <th scope="row">
                <a href={staffLinks.proposal(proposal.id)}>{proposal.title}</a>
              </th>
              <td>{t('staffProposals.status', { status: proposal.status })}</td>
              <td class="table__number">
                {i18n.number(proposal.supportCount)}
                {proposal.thresholdReached && <> {t('staffProposals.reached')}</>}
              </td>
              <td>
                {t('staffProposals.answerState', { state: answerState(proposal.answer) })}
                {proposal.answer && <> ({t('staffProposals.status', { status: proposal.answer.status })})</>}
              </td>
            </tr>
          ))}
        </StaffTable>
      )}
      <Pagination
        pageInfo={data.proposals.pageInfo}
        paged={paged}
        link={(after) => staffLinks.proposals(consultation.id, slugs, after)}
      />
    </StaffLayout>
  );
}
