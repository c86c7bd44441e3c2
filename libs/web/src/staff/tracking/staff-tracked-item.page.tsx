import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffTrackedItemQuery } from '../../graphql/generated/graphql';
import { useT } from '../../http/page-context';
import { mapAssets, PointPickerMap } from '../../map/map.component';
import type { MapView } from '../../map/map-settings';
import { staffLinks, trackingLinks } from '../../routes/paths';
import { ProgressBar } from '../../tracking/progress-bar.component';
import { Deliberations, History } from '../../tracking/tracked-item.page';
import { TrackedStatusBadge } from '../../tracking/tracked-status-badge.component';
import { useTrackedItemDistrict } from '../../tracking/tracked-item-district';
import { TRACKED_STATUSES } from '../../tracking/tracking-view';
import { DateField, Radios, TextArea } from '../staff-fields.component';
import { StaffLayout } from '../staff-layout.component';
import type { ItemField } from './staff-tracking-forms';
import { StaffSection } from '../staff-section.component';

type Item = StaffTrackedItemQuery['trackedItem'];

export interface StaffTrackedItemPageProps {
  data: StaffTrackedItemQuery;
  /** The item's fields, or what was typed and why it was refused. */
  form: FormView<ItemField>;
  /** The commune's map to place the item with, or null when it has none the page can use. */
  map: MapView | null;
}

/** What residents read of the item now, and where to add news or a deliberation. */
function Summary({ item, district }: { item: Item; district: string }) {
  const t = useT();
  return (
    <StaffSection id="summary-title" title={t('staffTracking.summary')}>
      <dl class="staff-facts">
        <dt>{t('tracking.item.statusTerm')}</dt>
        <dd>
          <TrackedStatusBadge status={item.status} />
        </dd>
        <dt>{t('tracking.item.progressTerm')}</dt>
        <dd>
          <ProgressBar percent={item.progressPercent} />
        </dd>
        <dt>{t('tracking.item.sourceTerm')}</dt>
        <dd>{t('tracking.item.source', { source: item.sourceType, year: String(item.year) })}</dd>
        <dt>{t('tracking.item.districtTerm')}</dt>
        <dd>{district}</dd>
      </dl>
      <ul class="staff-links">
        <li>
          <a href={staffLinks.trackedItemNews(item.id)}>{t('staffTracking.news.title')}</a>
        </li>
        <li>
          <a href={staffLinks.trackedItemDeliberations(item.id)}>{t('staffTracking.deliberation.title')}</a>
        </li>
        <li>
          <a href={trackingLinks.trackedItem(item.id)}>{t('staffTracking.publicPage')}</a>
        </li>
      </ul>
    </StaffSection>
  );
}

/** Every field updateTrackedItem takes, grouped as staff think of them; an empty date, department or place clears it. */
function ItemForm({ item, form, map }: { item: Item; form: FormView<ItemField>; map: MapView | null }) {
  const t = useT();
  const point =
    item.latitude !== null && item.latitude !== undefined && item.longitude !== null && item.longitude !== undefined
      ? { latitude: item.latitude, longitude: item.longitude }
      : null;
  return (
    <StaffSection id="edit-title" title={t('staffTracking.edit')}>
      <p>{t('staffTracking.editHint')}</p>
      <form method="post" action={staffLinks.trackedItem(item.id)} novalidate>
        <CsrfField />
        <TextField form={form} name="title" label={t('staffTracking.field.title')} />
        <fieldset class="staff-fieldset staff-phase">
          <legend>{t('staffTracking.group.status')}</legend>
          <Radios
            form={form}
            name="status"
            label={t('staffTracking.field.status')}
            options={TRACKED_STATUSES.map((s) => ({ value: s, label: t('tracking.status', { status: s }) }))}
          />
          <TextArea
            form={form}
            name="abandonReason"
            label={t('staffTracking.field.abandonReason')}
            hint={t('staffTracking.field.abandonReason.hint')}
            optional
            rows={3}
          />
          <TextField
            form={form}
            name="progressPercent"
            label={t('staffTracking.field.progressPercent')}
            hint={t('staffTracking.field.progressPercent.hint')}
            inputmode="numeric"
            spellcheck={false}
          />
        </fieldset>
        <fieldset class="staff-fieldset staff-phase">
          <legend>{t('staffTracking.group.dates')}</legend>
          <p class="field__hint">{t('staffTracking.group.datesHint')}</p>
          <DateField form={form} name="plannedStartOn" label={t('staffTracking.field.plannedStartOn')} optional />
          <DateField form={form} name="plannedEndOn" label={t('staffTracking.field.plannedEndOn')} optional />
          <DateField form={form} name="actualStartOn" label={t('staffTracking.field.actualStartOn')} optional />
          <DateField form={form} name="actualEndOn" label={t('staffTracking.field.actualEndOn')} optional />
        </fieldset>
        <fieldset class="staff-fieldset staff-phase">
          <legend>{t('staffTracking.group.money')}</legend>
          <TextField form={form} name="committed" label={t('staffTracking.field.committed')} inputmode="decimal" />
          <TextField form={form} name="spent" label={t('staffTracking.field.spent')} inputmode="decimal" />
          <TextField form={form} name="department" label={t('staffTracking.field.department')} optional />
        </fieldset>
        <fieldset class="staff-fieldset staff-phase">
          <legend>{t('staffTracking.group.place')}</legend>
          <p class="field__hint">{t('staffTracking.group.placeHint')}</p>
          {map && (
            <PointPickerMap
              view={map}
              id="carte"
              point={point}
              noMapHref="#latitude"
              label={t('staffTracking.map.label')}
              help={t('staffTracking.map.help')}
            />
          )}
          <TextField
            form={form}
            name="latitude"
            label={t('staffTracking.field.latitude')}
            inputmode="decimal"
            spellcheck={false}
            optional
          />
          <TextField
            form={form}
            name="longitude"
            label={t('staffTracking.field.longitude')}
            inputmode="decimal"
            spellcheck={false}
            optional
          />
        </fieldset>
        <button type="submit" class="button">
          {t('staffTracking.submitEdit')}
        </button>
      </form>
    </StaffSection>
  );
}

/** One tracked item in the back office: where it stands, its fields to change, its news and deliberations. */
export function StaffTrackedItemPage({ data, form, map }: StaffTrackedItemPageProps) {
  const t = useT();
  const item = data.trackedItem;
  const district = useTrackedItemDistrict(data)(item.districtId);
  return (
    <StaffLayout
      title={item.title}
      trail={[{ label: t('staffTracking.title'), href: staffLinks.trackedItems() }]}
      form={form}
      {...mapAssets(!!map)}
    >
      <Summary item={item} district={district} />
      <ItemForm item={item} form={form} map={map} />
      <History item={item} />
      <Deliberations item={item} />
    </StaffLayout>
  );
}
