import { CsrfField } from '../../forms/csrf-field.component';
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

/** One photo: the file (JPEG, PNG or WebP; HEIC refused with how to convert it) and what it shows, for those who cannot see it. */
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
  const error = form.errors.find((e) => e.field === name);
  const hintId = `${name}-hint`;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset class="staff-fieldset staff-phase">
      <legend>{t('staffTracking.news.photoLegend', { number: slot })}</legend>
      <div class={error ? 'field field--error' : 'field'}>
        <label class="field__label" for={name}>
          {t('staffTracking.field.photo', { number: slot })}
          <span class="field__optional"> {t('forms.optional')}</span>
        </label>
        <p class="field__hint" id={hintId}>
          {kept ? t('reports.field.photo.kept') : t('staffTracking.field.photo.hint')}
        </p>
        {error && (
          <p class="field__error" id={errorId}>
            <span class="visually-hidden">{t('forms.fieldError.prefix')} </span>
            {error.text}
          </p>
        )}
        <input
          class="field__input field__input--file"
          type="file"
          id={name}
          name={name}
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
          aria-invalid={error ? 'true' : undefined}
        />
      </div>
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
        hint={t('staffTracking.field.photoAlt.hint')}
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
        {PHOTO_SLOTS.map((slot) => (
          <PhotoSlotFields key={slot} slot={slot} form={form} kept={kept[slot]} />
        ))}
        <button type="submit" class="button">
          {t('staffTracking.news.submit')}
        </button>
      </form>
    </ItemFormLayout>
  );
}
