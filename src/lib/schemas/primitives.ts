import * as z from 'zod/mini';
import { ID_MAX, LABEL_MAX, TEXT_MAX } from './vocabulary';

export const id = z.string().check(z.minLength(1), z.maxLength(ID_MAX));

export const isoDateTime = z.iso.datetime({ offset: true });

export const label = z.string().check(z.trim(), z.minLength(1), z.maxLength(LABEL_MAX));

export const text = z.string().check(z.maxLength(TEXT_MAX));

export const flag = z._default(z.boolean(), false);

export function list<T extends z.core.SomeType>(item: T) {
	return z._default(z.array(item), () => []);
}

/** Building a formatter costs about 0.1 ms: a journal of 20,000 entries asks a few zones. */
const zoneCache = new Map<string, boolean>();

function isTimeZone(value: string): boolean {
	let known = zoneCache.get(value);
	if (known === undefined) {
		try {
			new Intl.DateTimeFormat('en', { timeZone: value });
			known = true;
		} catch {
			known = false;
		}
		if (zoneCache.size < 1000) zoneCache.set(value, known);
	}
	return known;
}

export const timeZone = z
	.string()
	.check(z.refine(isTimeZone, { message: 'expected a time zone like Europe/London' }));

export const hexColor = z
	.string()
	.check(z.regex(/^#[0-9a-fA-F]{6}$/, { message: 'expected a colour like #4f6d7a' }));
