import { useT } from '../http/page-context';

/**
 * Where a tracked item is, in words: its district's name, or the whole city when it has none (or names a
 * district the query did not return). The tracking pages' queries list the districts as `districts`.
 */
export function useTrackedItemDistrict(data: {
  districts?: { districts: { id: string; name: string }[] } | null;
}): (districtId: string | null | undefined) => string {
  const t = useT();
  const districts = data.districts?.districts ?? [];
  return (id) => (id && districts.find((d) => d.id === id)?.name) || t('tracking.list.wholeCity');
}
