/**
 * "Now" and "here", injectable. Kept apart from dates.ts so the check-in page does not
 * load date-fns just to learn the time zone.
 */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export function deviceTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
