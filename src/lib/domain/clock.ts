/**
 * "Now" and "here", injectable, and the device-local form of a moment that a
 * `datetime-local` input shows. Kept apart from dates.ts so the check-in page does not
 * load date-fns just to learn the time zone.
 */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export function deviceTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-MM-ddTHH:mm` in the device's zone, as a datetime-local input shows it. */
export function toLocalInput(date: Date): string {
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The moment a datetime-local value names in the device's zone, or null if it names none. */
export function fromLocalInput(value: string): Date | null {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? null : date;
}
