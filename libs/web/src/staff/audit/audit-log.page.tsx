import type { StaffAuditLogQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Pagination, StaffLayout } from '../staff-layout.component';
import { StaffTable } from '../staff-table.component';
import { FilterText } from '../../forms/filter-fields.component';
import { StaffFilterForm } from '../staff-filter-form.component';

export interface AuditLogPageProps {
  data: StaffAuditLogQuery;
  action: string;
  paged: boolean;
}

/** The chain's verification: a button that recomputes it, then whether it is intact or where it breaks. */
function ChainStatus({ data, action }: { data: StaffAuditLogQuery; action: string }) {
  const t = useT();
  const { i18n } = usePage();
  const status = data.auditChainStatus;
  return (
    <section class="staff-section audit-chain" aria-labelledby="chain-title">
      <h2 id="chain-title">{t('audit.chain.title')}</h2>
      {status &&
        (status.intact ? (
          <p class="audit-chain__result audit-chain__result--ok">
            {t('audit.chain.intact', { count: status.checkedEntries, date: i18n.dateTime(status.checkedAt) })}
          </p>
        ) : (
          <div class="audit-chain__result audit-chain__result--broken">
            <p>
              <strong>
                {t('audit.chain.broken', {
                  sequence: status.brokenAtSequence ?? 0,
                  count: status.checkedEntries,
                  date: i18n.dateTime(status.checkedAt),
                })}
              </strong>
            </p>
            <p class="audit-chain__reason">{status.reason}</p>
            <p>{t('audit.chain.brokenHint')}</p>
          </div>
        ))}
      <form method="get" action={staffLinks.audit()}>
        {action && <input type="hidden" name="action" value={action} />}
        <input type="hidden" name="verifier" value="1" />
        <p class="field__hint">{t('audit.chain.hint')}</p>
        <button type="submit" class="button button--secondary">
          {status ? t('audit.chain.again') : t('audit.chain.verify')}
        </button>
      </form>
    </section>
  );
}

/** The audit log as staff see it (every entry, public or not), newest first, filtered by action. */
export function AuditLogPage({ data, action, paged }: AuditLogPageProps) {
  const t = useT();
  const { i18n } = usePage();
  const log = data.auditLog;
  return (
    <StaffLayout title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      <p class="audit-head">{t('audit.head', { sequence: data.auditHead.sequence, hash: data.auditHead.hash })}</p>
      <ChainStatus data={data} action={action} />
      <StaffFilterForm action={staffLinks.audit()} legend={t('audit.filter.legend')} submit={t('audit.filter.submit')}>
        <FilterText
          id="action"
          label={t('audit.filter.action')}
          hint={t('audit.filter.actionHint')}
          value={action}
          spellcheck={false}
          autocapitalize="none"
        />
      </StaffFilterForm>
      <p class="staff-count">{t('audit.count', { count: log.totalCount })}</p>
      {log.edges.length > 0 && (
        <StaffTable
          captionId="audit-caption"
          caption={t('audit.caption')}
          columns={[
            { label: t('audit.column.sequence') },
            { label: t('audit.column.occurredAt') },
            { label: t('audit.column.action') },
            { label: t('audit.column.actor') },
            { label: t('audit.column.subject') },
            { label: t('audit.column.visibility') },
          ]}
        >
          {log.edges.map(({ node }) => (
            <tr key={node.sequence}>
              <th scope="row" class="table__number">
                {node.sequence}
              </th>
              <td>{i18n.dateTime(node.occurredAt)}</td>
              <td>
                <code>{node.action}</code>
              </td>
              <td>{t('audit.actor', { kind: node.actorKind })}</td>
              <td>
                {node.subjectType}
                {node.subjectId && (
                  <>
                    {' '}
                    <code class="audit-id">{node.subjectId}</code>
                  </>
                )}
              </td>
              <td>{node.isPublic ? t('audit.public') : t('audit.staffOnly')}</td>
            </tr>
          ))}
        </StaffTable>
      )}
      <Pagination pageInfo={log.pageInfo} paged={paged} link={(after) => staffLinks.audit({ action, after })} />
    </StaffLayout>
  );
}
