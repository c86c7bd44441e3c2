import { CsrfField } from '../forms/csrf-field.component';
import type { TrackedItemQuery, TrackedItemRecordFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { budgetLinks, links, trackingLinks } from '../routes/paths';
import { ProgressBar } from './progress-bar.component';
import { useTrackedItemDistrict } from './tracked-item-district';
import { euros } from './tracking-view';

type Item = TrackedItemQuery['trackedItem'];

function Facts({ item, district }: { item: Item; district: string }) {
  const { i18n } = usePage();
  const t = useT();
  const day = (value: string | null | undefined) => (value ? i18n.date(value) : '…');
  const period = (start: string | null | undefined, end: string | null | undefined) =>
    start || end ? t('tracking.item.period', { start: day(start), end: day(end) }) : t('tracking.item.unknown');
  const rows: [string, string | preact.JSX.Element][] = [
    [t('tracking.item.statusTerm'), t('tracking.status', { status: item.status })],
    ...(item.abandonReason ? [[t('tracking.item.abandonTerm'), item.abandonReason] as [string, string]] : []),
    [t('tracking.item.progressTerm'), <ProgressBar percent={item.progressPercent} />],
    [t('tracking.item.plannedTerm'), period(item.plannedStartOn, item.plannedEndOn)],
    [t('tracking.item.actualTerm'), period(item.actualStartOn, item.actualEndOn)],
    [
      t('tracking.item.moneyTerm'),
      t('tracking.item.money', {
        committed: i18n.amount(euros(item.committedCents)),
        spent: i18n.amount(euros(item.spentCents)),
      }),
    ],
    [t('tracking.item.departmentTerm'), item.department ?? t('tracking.item.unknown')],
    [t('tracking.item.districtTerm'), district],
    [t('tracking.item.sourceTerm'), t('tracking.item.source', { source: item.sourceType, year: String(item.year) })],
  ];
  return (
    <section aria-labelledby="facts-title">
      <h2 id="facts-title">{t('tracking.item.factsTitle')}</h2>
      <dl class="budget-facts">
        {rows.map(([term, value]) => (
          <div class="budget-facts__row" key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {item.budgetId && (
        <p>
          <a href={budgetLinks.budgetResults(item.budgetId)}>{t('tracking.item.budgetLink')}</a>
        </p>
      )}
    </section>
  );
}

/** The council's deliberations linked to an item (also on its page in the back office). */
export function Deliberations({ item }: { item: TrackedItemRecordFragment }) {
  const { i18n } = usePage();
  const t = useT();
  return (
    <section aria-labelledby="deliberations-title">
      <h2 id="deliberations-title">{t('tracking.item.deliberationsTitle')}</h2>
      {item.deliberations.length === 0 ? (
        <p>{t('tracking.item.deliberationsEmpty')}</p>
      ) : (
        <ul class="tracking-deliberations">
          {item.deliberations.map((d) => (
            <li key={d.id}>
              <p>
                <strong>{t('tracking.item.deliberation', { number: d.delibId, date: i18n.date(d.delibDate) })}</strong>
                {' : '}
                {d.objet}
              </p>
              {d.votePour !== null && d.votePour !== undefined && (
                <p>
                  {t('tracking.item.votes', {
                    pour: d.votePour,
                    contre: d.voteContre ?? 0,
                    abstention: d.voteAbstention ?? 0,
                  })}
                </p>
              )}
              {d.url && (
                <p>
                  <a href={d.url} rel="noopener noreferrer">
                    {t('tracking.item.act', { number: d.delibId })}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** An item's news, newest first, with their photos (also on its page in the back office). */
export function History({ item }: { item: TrackedItemRecordFragment }) {
  const { i18n } = usePage();
  const t = useT();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('tracking.item.historyTitle')}</h2>
      {item.updates.length === 0 ? (
        <p>{t('tracking.item.historyEmpty')}</p>
      ) : (
        <ol class="tracking-history" reversed>
          {[...item.updates].reverse().map((u) => (
            <li key={u.id}>
              <p class="card__meta">
                {t('tracking.item.historyMeta', {
                  date: i18n.date(u.occurredOn),
                  status: t('tracking.status', { status: u.status }),
                  percent: u.progressPercent,
                })}
              </p>
              {u.body.split(/\n{2,}/).map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
              {u.photos.length > 0 && (
                <ul class="tracking-photos">
                  {u.photos.map((photo, i) => (
                    <li key={photo.id}>
                      <img
                        class="tracking-photos__image"
                        src={photo.url}
                        width={photo.width}
                        height={photo.height}
                        loading="lazy"
                        alt={
                          photo.alt ??
                          t('tracking.item.photoAlt', {
                            number: i + 1,
                            count: u.photos.length,
                            date: i18n.date(u.occurredOn),
                            title: item.title,
                          })
                        }
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Signed in: follow or stop following (a form, no JavaScript needed); signed out: sign in first, then back here. */
function Follow({ item, signedIn }: { item: Item; signedIn: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="follow-title">
      <h2 id="follow-title">{t('tracking.follow.title')}</h2>
      {!signedIn ? (
        <p>
          <a href={links.signIn(trackingLinks.trackedItem(item.id))}>{t('tracking.follow.signIn')}</a>
        </p>
      ) : (
        <form method="post" action={trackingLinks.trackedItemFollow(item.id)}>
          <CsrfField />
          <p>{t(item.followedByMe ? 'tracking.follow.following' : 'tracking.follow.intro')}</p>
          <input type="hidden" name="follow" value={item.followedByMe ? 'false' : 'true'} />
          <button class={item.followedByMe ? 'button button--secondary' : 'button'} type="submit">
            {t(item.followedByMe ? 'tracking.follow.unfollow' : 'tracking.follow.follow')}
          </button>
        </form>
      )}
    </section>
  );
}

/** One tracked project: where it stands, the council's deliberations, and its news, newest first. */
export function TrackedItemPage({ data }: { data: TrackedItemQuery }) {
  const t = useT();
  const item = data.trackedItem;
  const district = useTrackedItemDistrict(data)(item.districtId);
  return (
    <Layout
      title={item.title}
      breadcrumb={[
        { label: t('layout.nav.home'), href: links.home() },
        { label: t('tracking.list.title'), href: trackingLinks.trackedItems() },
        { label: item.title },
      ]}
    >
      <h1>{item.title}</h1>
      <Facts item={item} district={district} />
      <Follow item={item} signedIn={!!data.me} />
      <Deliberations item={item} />
      <History item={item} />
      <p>
        <a href={trackingLinks.trackedItems()}>{t('tracking.item.back')}</a>
      </p>
    </Layout>
  );
}
