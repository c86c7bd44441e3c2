import { CsrfField } from '../../forms/csrf-field.component';
import { useDescription } from '../../forms/field-description.component';
import { Field } from '../../forms/field.component';
import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffTrackedItemQuery } from '../../graphql/generated/graphql';
import { useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { DateField, TextArea } from '../staff-fields.component';
import { ItemFormLayout } from './item-form-layout.component';
import type { KeptPhotos } from './news-photos';
import { PHOTO_SLOTS, type NewsField, type PhotoSlot } from './staff-tracking-forms';

export interface TrackedItemNewsPageProps {
  item: Pick<StaffTrackedItemQuery['trackedItem'], 'id' | 'title'>;
  form: FormView<NewsField>;
  /** Photos already received from a refused attempt, by slot. */
  kept: KeptPhotos;
}

/** The ids of the photos' hints, shown once above the slots and named by each field they explain. */
const PHOTO_HINT = 'photos-hint';
const PHOTO_ALT_HINT = 'photoAlts-hint';

/**
 * The photos: what every file takes (JPEG, PNG or WebP; HEIC refused with how to convert it) and what their texts
 * are for, said once above the slots rather than in each, and tied to each field by aria-describedby.
 */
function PhotoFields({ form, kept }: { form: FormView<NewsField>; kept: KeptPhotos }) {
  const t = useT();
  return (
    <section aria-labelledby="photos-title">
      <h2 id="photos-title">{t('staffTracking.news.photos')}</h2>
      <p class="field__hint" id={PHOTO_HINT}>
        {t('staffTracking.field.photo.hint')}
      </p>
      <p class="field__hint" id={PHOTO_ALT_HINT}>
        {t('staffTracking.field.photoAlt.hint')}
      </p>
      {PHOTO_SLOTS.map((slot) => (
        <PhotoSlotFields key={slot} slot={slot} form={form} kept={kept[slot]} />
      ))}
    </section>
  );
}

/** One photo: the file, the one already received if any, and what it shows, for those who cannot see it. */
function PhotoSlotFields({
  slot,
  form,
  kept,
}: {
  slot: PhotoSlot;
  form: FormView<NewsField>;
  kept?: { id: string; url: string };
}) {
  const t = useT();
  const name = `photo${slot}` as const;
  const hint = kept ? t('reports.field.photo.kept') : undefined;
  const { error, describedBy } = useDescription({ form, name, hint, sharedHint: PHOTO_HINT });
  return (
    <fieldset class="staff-fieldset staff-phase">
      <legend>{t('staffTracking.news.photoLegend', { number: slot })}</legend>
      <Field name={name} label={t('staffTracking.field.photo', { number: slot })} hint={hint} error={error} optional>
        <input
          class="field__input field__input--file"
          type="file"
          id={name}
          name={name}
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
        />
      </Field>
      {kept && (
        <>
          <input type="hidden" name={`photoId${slot}`} value={kept.id} />
          <img
            class="report-photo report-photo--thumb"
            src={kept.url}
            alt={t('staffTracking.news.keptAlt', { number: slot })}
          />
          <div class="checkbox">
            <input type="checkbox" class="checkbox__input" id={`removePhoto${slot}`} name={`removePhoto${slot}`} />
            <label for={`removePhoto${slot}`}>{t('staffTracking.news.removePhoto', { number: slot })}</label>
          </div>
        </>
      )}
      <TextField
        form={form}
        name={`photoAlt${slot}`}
        label={t('staffTracking.field.photoAlt', { number: slot })}
        sharedHint={PHOTO_ALT_HINT}
        optional
      />
    </fieldset>
  );
}

/** Public news on an item, with photos: its followers are told of it, and it is kept in the item's history. */
export function TrackedItemNewsPage({ item, form, kept }: TrackedItemNewsPageProps) {
  const t = useT();
  return (
    <ItemFormLayout
      item={item}
      title={t('staffTracking.news.title')}
      intro={t('staffTracking.news.intro', { title: item.title })}
      form={form}
    >
      <form method="post" action={staffLinks.trackedItemNews(item.id)} enctype="multipart/form-data" novalidate>
        {/* First, so that the token is read before any file. */}
        <CsrfField />
        <TextArea
          form={form}
          name="body"
          label={t('staffTracking.field.body')}
          hint={t('staffTracking.field.body.hint')}
          rows={6}
        />
        <DateField form={form} name="occurredOn" label={t('staffTracking.field.occurredOn')} />
        <PhotoFields form={form} kept={kept} />
        <button type="submit" class="button">
          {t('staffTracking.news.submit')}
        </button>
      </form>
    </ItemFormLayout>
  );
}
