import type { Entry } from '$lib/schemas';
import { STATES, type StateId } from '$lib/schemas/vocabulary';
import { localParts } from './dates';
import { entryZone } from './journal';
import { fold } from './text';

/** What the journal is narrowed to. It lives in the URL, so back and forward work. */
export interface JournalFilter {
	states: StateId[];
	triggerId: string | null;
	partId: string | null;
	therapy: boolean;
	finishLater: boolean;
	/** Inclusive local days, `yyyy-MM-dd`. */
	from: string | null;
	to: string | null;
	query: string;
	/** ISO weekday, 1 (Monday) to 7 (Sunday), in the entry's zone. */
	weekday: number | null;
	/** One of TIME_BLOCKS, in the entry's zone. */
	time: TimeBlockId | null;
	copingId: string | null;
	selfPresent: boolean;
}

/** The day in six blocks of four hours: the patterns' "when" grid and the journal share them. */
export const TIME_BLOCKS = [
	{ id: 'night', label: 'Night', hours: '00–04', from: 0 },
	{ id: 'early', label: 'Early morning', hours: '04–08', from: 4 },
	{ id: 'morning', label: 'Morning', hours: '08–12', from: 8 },
	{ id: 'afternoon', label: 'Afternoon', hours: '12–16', from: 12 },
	{ id: 'evening', label: 'Evening', hours: '16–20', from: 16 },
	{ id: 'late', label: 'Late evening', hours: '20–24', from: 20 }
] as const;
export type TimeBlockId = (typeof TIME_BLOCKS)[number]['id'];

/** The index in TIME_BLOCKS of an hour 0–23. */
export const timeBlockOf = (hour: number): number => Math.floor(hour / 4);

export const WEEKDAY_NAMES = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
] as const;

export function emptyFilter(): JournalFilter {
	return {
		states: [],
		triggerId: null,
		partId: null,
		therapy: false,
		finishLater: false,
		from: null,
		to: null,
		query: '',
		weekday: null,
		time: null,
		copingId: null,
		selfPresent: false
	};
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function weekday(value: string | null): number | null {
	const n = Number(value);
	return value && Number.isInteger(n) && n >= 1 && n <= 7 ? n : null;
}

export function filterFromParams(params: URLSearchParams): JournalFilter {
	const day = (value: string | null) => (value && DAY.test(value) ? value : null);
	return {
		states: params.getAll('state').filter((s): s is StateId => STATES.includes(s as StateId)),
		triggerId: params.get('trigger') || null,
		partId: params.get('part') || null,
		therapy: params.get('therapy') === '1',
		finishLater: params.get('later') === '1',
		from: day(params.get('from')),
		to: day(params.get('to')),
		query: params.get('q') ?? '',
		weekday: weekday(params.get('weekday')),
		time: TIME_BLOCKS.find((b) => b.id === params.get('time'))?.id ?? null,
		copingId: params.get('coping') || null,
		selfPresent: params.get('self') === '1'
	};
}

export function filterToParams(filter: JournalFilter): URLSearchParams {
	const params = new URLSearchParams();
	for (const state of filter.states) params.append('state', state);
	if (filter.triggerId) params.set('trigger', filter.triggerId);
	if (filter.partId) params.set('part', filter.partId);
	if (filter.therapy) params.set('therapy', '1');
	if (filter.finishLater) params.set('later', '1');
	if (filter.from) params.set('from', filter.from);
	if (filter.to) params.set('to', filter.to);
	if (filter.weekday) params.set('weekday', String(filter.weekday));
	if (filter.time) params.set('time', filter.time);
	if (filter.copingId) params.set('coping', filter.copingId);
	if (filter.selfPresent) params.set('self', '1');
	if (filter.query.trim() !== '') params.set('q', filter.query.trim());
	return params;
}

export function isFiltering(filter: JournalFilter): boolean {
	return filterToParams(filter).size > 0;
}

export function matchesFilter(entry: Entry, filter: JournalFilter, deviceZone: string): boolean {
	if (filter.states.length > 0 && !filter.states.includes(entry.state)) return false;
	if (filter.triggerId && !entry.triggerIds.includes(filter.triggerId)) return false;
	if (filter.partId && !entry.partIds.includes(filter.partId)) return false;
	if (filter.therapy && !entry.bringToTherapy) return false;
	if (filter.finishLater && !entry.finishLater) return false;
	if (filter.selfPresent && !entry.selfPresent) return false;
	if (filter.copingId && !entry.coping.some((use) => use.id === filter.copingId)) return false;
	if (filter.from || filter.to || filter.weekday || filter.time) {
		const local = localParts(entry.occurredAt, entryZone(entry, deviceZone));
		if (filter.from && local.day < filter.from) return false;
		if (filter.to && local.day > filter.to) return false;
		if (filter.weekday && local.weekday !== filter.weekday) return false;
		if (filter.time && TIME_BLOCKS[timeBlockOf(local.hour)]!.id !== filter.time) return false;
	}
	const query = fold(filter.query.trim());
	if (query !== '') {
		const text = fold([entry.note, entry.body, entry.glimmers].filter(Boolean).join('\n'));
		if (!text.includes(query)) return false;
	}
	return true;
}

export function applyFilter(
	entries: readonly Entry[],
	filter: JournalFilter,
	deviceZone: string
): Entry[] {
	return entries.filter((entry) => matchesFilter(entry, filter, deviceZone));
}
