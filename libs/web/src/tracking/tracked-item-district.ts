import type { DistrictsFragment } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';

/**
 * Where a tracked item is, in words: its district's name, or the whole city when it has none (or names a
 * district the query did not return). The tracking pages' queries spread `...Districts`.
 */
export function useTrackedItemDistrict(data: DistrictsFragment): (districtId: string | null | undefined) => string {
  const t = useT();
  const districts = data.municipality.districts;
  return (id) => (id && districts.find((d) => d.id === id)?.name) || t('tracking.list.wholeCity');
}
