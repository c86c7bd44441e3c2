import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { useT } from '../http/page-context';
import { mapAssets, PointPickerMap } from '../map/map.component';
import type { MapView } from '../map/map-settings';
import { reportLinks } from '../routes/paths';
import type { GeocodeOutcome } from './geocoder.service';
import { describedBy, fieldError, HintAndError } from '../forms/field-description.component';
import { Field } from '../forms/field.component';
import { Choice, ChoiceGroup } from './report-fields.component';
import { CoordinateField } from './coordinate-field.component';
import { parseCoordinate, PlaceField, placeValue, ReportCategory, ReportDraft } from './report-form';

/** The address search of the page: what was asked, and what the geocoder answered. */
export interface AddressSearch {
  query: string;
  outcome: GeocodeOutcome | null;
}

export interface NewReportPlacePageProps {
  categories: ReportCategory[];
  draft: ReportDraft;
  search: AddressSearch;
  /** The radio button chosen (its value), when the form comes back. */
  chosenPlace: string;
  form: FormView<PlaceField>;
  /** The map to place the point on (with JavaScript); null: the fields alone. */
  map: MapView | null;
}

/**
 * Step 1: where, and what kind of problem. Two forms: the address search
 * (GET, so a search is a link and needs no token) and the step's form
 * (POST, multipart for the photo), whose first choices are the addresses found.
 */
export function NewReportPlacePage({ categories, draft, search, chosenPlace, form, map }: NewReportPlacePageProps) {
  const t = useT();
  const title = t('reports.new.title');
  const searchError = fieldError(form, 'adresse');
  const addresses = search.outcome?.ok ? search.outcome.addresses : [];
  const groups = [...new Set(categories.map((c) => c.group))];
  return (
    <FormPage title={title} form={form} {...mapAssets(!!map)}>
      <p class="report-step">{t('reports.new.step', { step: 1 })}</p>
      <p class="intro">{t('reports.new.intro')}</p>
      <h2>{t('reports.place.legend')}</h2>
      <p class="field__hint">{t('reports.place.hint')}</p>
      {map && <PointPickerMap view={map} id="carte" point={draftPoint(draft)} noMapHref="#adresse" />}
      <form class="form report-search" method="get" action={reportLinks.newReport()} role="search">
        <div class={searchError ? 'field field--error' : 'field'}>
          <label class="field__label" for="adresse">
            {t('reports.search.label')}
          </label>
          <HintAndError name="adresse" hint={t('reports.search.hint')} error={searchError} />
          <div class="report-search__row">
            <input
              class="field__input"
              type="search"
              id="adresse"
              name="adresse"
              value={search.query}
              autocomplete="street-address"
              maxlength={200}
              aria-describedby={describedBy('adresse', true, !!searchError)}
              aria-invalid={searchError ? 'true' : undefined}
            />
            <button class="button button--secondary" type="submit">
              {t('reports.search.button')}
            </button>
          </div>
        </div>
        <SearchOutcome search={search} />
      </form>

      <form class="form" method="post" action={reportLinks.newReport()} enctype="multipart/form-data" novalidate>
        <CsrfField />
        <input type="hidden" name="step" value="place" />
        {/* The search comes along, so that a refused step shows the same addresses again (from the cache). */}
        <input type="hidden" name="adresse" value={search.query} />
        <input type="hidden" name="photoId" value={draft.photoId} />
        <input type="hidden" name="photoUrl" value={draft.photoUrl} />
        {addresses.length > 0 && (
          <ChoiceGroup
            name="place"
            legend={t('reports.search.results', { query: search.query })}
            error={fieldError(form, 'place')}
          >
            {addresses.map((address, index) => (
              <Choice
                key={index}
                id={index === 0 ? 'place' : `place-${index}`}
                type="radio"
                name="place"
                value={placeValue(address)}
                checked={chosenPlace === placeValue(address)}
                label={address.label}
              />
            ))}
          </ChoiceGroup>
        )}
        <fieldset class="fieldset report-coordinates" aria-describedby="coordinates-hint">
          <legend class="field__label">{t('reports.coordinates.legend')}</legend>
          <p class="field__hint" id="coordinates-hint">
            {t('reports.coordinates.hint')}
          </p>
          <CoordinateField
            name="latitude"
            value={draft.latitude}
            label={t('reports.field.latitude')}
            error={fieldError(form, 'latitude')}
          />
          <CoordinateField
            name="longitude"
            value={draft.longitude}
            label={t('reports.field.longitude')}
            error={fieldError(form, 'longitude')}
          />
        </fieldset>
        <Field
          name="photo"
          label={t('reports.field.photo')}
          hint={draft.photoId ? t('reports.field.photo.kept') : t('reports.field.photo.hint')}
          error={fieldError(form, 'photo')}
          optional
        >
          {/* No `capture` attribute: phones then offer the camera and the photo library, whose photos hold a position. */}
          <input
            class="field__input field__input--file"
            type="file"
            id="photo"
            name="photo"
            accept="image/*"
            aria-describedby={describedBy('photo', true, !!fieldError(form, 'photo'))}
            aria-invalid={fieldError(form, 'photo') ? 'true' : undefined}
          />
        </Field>
        {draft.photoUrl && (
          <img class="report-photo report-photo--thumb" src={draft.photoUrl} alt={t('reports.details.photoAlt')} />
        )}
        <Field name="categoryCode" label={t('reports.field.category')} error={fieldError(form, 'categoryCode')}>
          <select
            class="field__input"
            id="categoryCode"
            name="categoryCode"
            aria-describedby={describedBy('categoryCode', false, !!fieldError(form, 'categoryCode'))}
            aria-invalid={fieldError(form, 'categoryCode') ? 'true' : undefined}
          >
            <option value="">{t('reports.field.category.choose')}</option>
            {groups.map((group) => (
              <optgroup key={group} label={group}>
                {categories
                  .filter((c) => c.group === group)
                  .map((c) => (
                    <option key={c.code} value={c.code} selected={c.code === draft.categoryCode}>
                      {c.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <button class="button" type="submit">
          {t('reports.continue')}
        </button>
      </form>
    </FormPage>
  );
}

function SearchOutcome({ search }: { search: AddressSearch }) {
  const t = useT();
  if (!search.outcome) return null;
  if (!search.outcome.ok)
    return (
      <p class="report-search__status" role="status">
        {t('reports.search.unavailable')}
      </p>
    );
  if (search.outcome.addresses.length === 0)
    return (
      <p class="report-search__status" role="status">
        {t('reports.search.none', { query: search.query })}
      </p>
    );
  return null;
}

/** The point of the draft, when its coordinates are numbers (to show on the map). */
function draftPoint(draft: ReportDraft): { latitude: number; longitude: number } | null {
  const latitude = parseCoordinate(draft.latitude);
  const longitude = parseCoordinate(draft.longitude);
  if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}
