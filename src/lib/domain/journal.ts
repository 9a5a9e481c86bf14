import type { Entry } from '$lib/schemas';
import { localDay, localTime } from './dates';

export interface DayGroup {
	day: string;
	entries: Entry[];
}

export function entryZone(entry: Entry, deviceZone: string): string {
	return entry.timeZone ?? deviceZone;
}

/** Newest first: by the moment it happened, then by when it was written down. */
export function compareNewestFirst(a: Entry, b: Entry): number {
	const byOccurred = Date.parse(b.occurredAt) - Date.parse(a.occurredAt);
	if (byOccurred !== 0) return byOccurred;
	return b.updatedAt.localeCompare(a.updatedAt);
}

/** Entries grouped by the day they happened in their own zone, newest day first. */
export function groupByDay(entries: readonly Entry[], deviceZone: string): DayGroup[] {
	const sorted = [...entries].sort(compareNewestFirst);
	const groups: DayGroup[] = [];
	const byDay = new Map<string, DayGroup>();
	for (const entry of sorted) {
		const day = localDay(entry.occurredAt, entryZone(entry, deviceZone));
		let group = byDay.get(day);
		if (!group) {
			group = { day, entries: [] };
			byDay.set(day, group);
			groups.push(group);
		}
		group.entries.push(entry);
	}
	// A day in one zone can sort after a later instant in another: order the days themselves.
	return groups.sort((a, b) => b.day.localeCompare(a.day));
}

export function entryTime(entry: Entry, deviceZone: string): string {
	return localTime(entry.occurredAt, entryZone(entry, deviceZone));
}
