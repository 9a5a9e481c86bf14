import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { deviceTimeZone, isoWeekOf, localDay } from '$lib/domain/dates';

// "This week" depends on today: decided in the browser, never at build time.
export const prerender = false;

export function load() {
	redirect(307, resolve('/week/[id]', { id: isoWeekOf(localDay(new Date(), deviceTimeZone())) }));
}
