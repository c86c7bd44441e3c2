import { CsrfField } from '../../forms/csrf-field.component';
import { emptyForm, type FormView } from '../../forms/form';
import type { StaffModerationQueueQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import type { MessageKey } from '../../i18n/catalogue';
import { staffLinks } from '../../routes/paths';
import { TextArea } from '../staff-fields.component';
import { Pagination, StaffLayout } from '../staff-layout.component';
import { reasonField, type ReasonField } from './moderation-form';
import { StaffFilterForm } from '../staff-filter-form.component';

type Item = StaffModerationQueueQuery['moderationQueue']['edges'][number]['node'];

export type HiddenFilter = 'true' | 'false' | undefined;

export interface ModerationQueuePageProps {
  data: StaffModerationQueueQuery;
  hidden: HiddenFilter;
  /** Past the first page (a cursor was given). */
  paged: boolean;
  /** The refused decision: its reason field shows the error and what was typed. */
  form?: FormView<ReasonField>;
}

const NO_REFUSAL = emptyForm<ReasonField>();

/** One decision on one item: a button of the item's form, naming the content for screen readers. */
function Action({
  action,
  label,
  excerpt,
  danger,
}: {
  action: string;
  label: MessageKey;
  excerpt: string;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <button type="submit" formaction={action} class={danger ? 'button button--danger' : 'button button--secondary'}>
      {t(label)}
      <span class="visually-hidden"> – {excerpt}</span>
    </button>
  );
}

/** The decisions already taken on the item, newest first, with staff's reasons. */
function History({ item }: { item: Item }) {
  const t = useT();
  const { i18n } = usePage();
  if (item.history.length === 0) return null;
  return (
    <>
      <h3>{t('moderation.history')}</h3>
      <ol class="moderation-history">
        {item.history.map((decision, index) => (
          <li key={index}>
            {t('moderation.decision', {
              date: i18n.dateTime(decision.decidedAt),
              action: decision.action,
            })}
            {decision.reason ? (
              <blockquote>{decision.reason}</blockquote>
            ) : (
              decision.action !== 'AUTO_HIDE' && <> {t('moderation.decision.noReason')}</>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function ModerationItem({ item, form }: { item: Item; form: FormView<ReasonField> }) {
  const t = useT();
  const { i18n } = usePage();
  const excerpt = item.excerpt ?? t('moderation.noExcerpt');
  const status: MessageKey = item.pendingReview
    ? 'moderation.status.pendingReview'
    : item.hidden
      ? 'moderation.status.hidden'
      : 'moderation.status.visible';
  const headingId = `item-${item.id}`;
  return (
    <li class="card moderation-item">
      <article aria-labelledby={headingId}>
        <h2 class="card__title" id={headingId}>
          <span class="moderation-item__type">{t('moderation.type', { type: item.targetType })}</span> {excerpt}
        </h2>
        <p class="moderation-item__status">
          <strong>{t(status)}</strong>
          {item.reviewedAt && <> · {t('moderation.reviewedAt', { date: i18n.dateTime(item.reviewedAt) })}</>}
        </p>
        <p>
          {t('moderation.reportCount', { count: item.reportCount })}
          {item.reportsFromNewAccounts > 0 && (
            <> ({t('moderation.newAccounts', { count: item.reportsFromNewAccounts })})</>
          )}
        </p>
        {item.reasons.length > 0 && (
          <>
            <h3>{t('moderation.reasons')}</h3>
            <ul>
              {item.reasons.map((r) => (
                <li key={r.reason}>
                  {t('moderation.reasonCount', {
                    reason: t('moderation.reason', { reason: r.reason }),
                    count: r.count,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        {item.reports.length > 0 && (
          <details>
            <summary>{t('moderation.reports')}</summary>
            <ul>
              {item.reports.map((r, index) => (
                <li key={index}>
                  {t('moderation.report', {
                    date: i18n.dateTime(r.reportedAt),
                    reason: t('moderation.reason', { reason: r.reason }),
                  })}
                  {r.fromNewAccount && <> {t('moderation.reportNewAccount')}</>}
                  {r.details && <blockquote>{r.details}</blockquote>}
                </li>
              ))}
            </ul>
          </details>
        )}
        <History item={item} />
        <h3>{t('moderation.actions')}</h3>
        {/* One form per item, its reason shared by the decisions: each button posts it to its own address. */}
        <form
          method="post"
          action={item.hidden ? staffLinks.moderationRestore(item.id) : staffLinks.moderationHide(item.id)}
          class="moderation-decision"
        >
          <CsrfField />
          <TextArea
            form={form}
            name={reasonField(item.id)}
            label={t('moderation.field.reason')}
            hint={t('moderation.field.reason.hint')}
            rows={2}
          />
          <div class="button-group">
            {item.hidden ? (
              <Action action={staffLinks.moderationRestore(item.id)} label="moderation.restore" excerpt={excerpt} />
            ) : (
              <Action action={staffLinks.moderationHide(item.id)} label="moderation.hide" excerpt={excerpt} />
            )}
            {item.reportCount > 0 && (
              <Action action={staffLinks.moderationDismiss(item.id)} label="moderation.dismiss" excerpt={excerpt} />
            )}
            <Action action={staffLinks.moderationBlock(item.id)} label="moderation.block" excerpt={excerpt} danger />
          </div>
        </form>
      </article>
    </li>
  );
}

/** The moderation queue: reported or hidden content, most reported first, with a decision form per item. */
export function ModerationQueuePage({ data, hidden, paged, form }: ModerationQueuePageProps) {
  const t = useT();
  const queue = data.moderationQueue;
  const filters: { value: string; label: MessageKey }[] = [
    { value: '', label: 'moderation.filter.all' },
    { value: 'true', label: 'moderation.filter.hidden' },
    { value: 'false', label: 'moderation.filter.visible' },
  ];
  return (
    <StaffLayout title={t('moderation.title')} form={form}>
      <p>{t('moderation.intro')}</p>
      <StaffFilterForm
        action={staffLinks.moderation()}
        legend={t('moderation.filter.legend')}
        submit={t('moderation.filter.submit')}
      >
        {filters.map((filter) => (
          <div class="radio" key={filter.value}>
            <input
              type="radio"
              id={`masque-${filter.value || 'tous'}`}
              name="masque"
              value={filter.value}
              checked={(hidden ?? '') === filter.value}
            />
            <label for={`masque-${filter.value || 'tous'}`}>{t(filter.label)}</label>
          </div>
        ))}
      </StaffFilterForm>
      <p class="staff-count">{t('moderation.count', { count: queue.totalCount })}</p>
      {queue.edges.length > 0 && (
        <ol class="moderation-queue">
          {queue.edges.map(({ node }) => (
            <ModerationItem key={node.id} item={node} form={form ?? NO_REFUSAL} />
          ))}
        </ol>
      )}
      <Pagination pageInfo={queue.pageInfo} paged={paged} link={(after) => staffLinks.moderation({ hidden, after })} />
    </StaffLayout>
  );
}
