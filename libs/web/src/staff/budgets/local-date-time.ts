/**
 * `<input type="datetime-local">` values ("2027-03-01T09:00") are wall-clock
 * times of the commune, whatever the server's or the browser's zone.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** How far `zone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant of a wall-clock time in `zone`, as ISO 8601; null when the text is not such a time. */
export function localToIso(value: string, zone: string): string | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  // 2027-02-30 would roll over to March: refused rather than guessed.
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Twice: the offset at the first guess may differ from the offset at the answer (a DST change in between).
  let instant = wall - offsetAt(wall, zone);
  instant = wall - offsetAt(instant, zone);
  return new Date(instant).toISOString();
}

/** The `datetime-local` value of an instant, in `zone`. */
export function isoToLocal(iso: string, zone: string): string {
  const instant = new Date(iso).getTime();
  return new Date(instant + offsetAt(instant, zone)).toISOString().slice(0, 16);
}
