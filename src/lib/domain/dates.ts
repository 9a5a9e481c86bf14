import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * The one module that owns date-fns. Every date is counted in an explicit IANA zone: the
 * entry's own where it has one, else the device's (DESIGN.md), so a trip abroad does not
 * move yesterday's entries.
 */

export { deviceTimeZone, systemClock, type Clock } from './clock';

/** `yyyy-MM-dd` of an instant, in a zone. */
export function localDay(instant: string | Date, zone: string): string {
	return format(new Date(instant), 'yyyy-MM-dd', { in: tz(zone) });
}

/** `HH:mm` of an instant, in a zone. */
export function localTime(instant: string | Date, zone: string): string {
	return format(new Date(instant), 'HH:mm', { in: tz(zone) });
}

/** A day as people say it: "Today", "Yesterday", or "Friday 20 November 2026". */
export function dayLabel(day: string, today: string): string {
	if (day === today) return 'Today';
	if (day === shiftDay(today, -1)) return 'Yesterday';
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return format(new Date(y, m - 1, d), 'EEEE d MMMM yyyy');
}

/** A calendar day moved by whole days, with no time zone involved. */
export function shiftDay(day: string, days: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const moved = new Date(Date.UTC(y, m - 1, d + days));
	return moved.toISOString().slice(0, 10);
}
