import type { Entry } from '$lib/schemas';
import { STATES, type StateId } from '$lib/schemas/vocabulary';
import { localDay } from './dates';
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
}

export function emptyFilter(): JournalFilter {
	return {
		states: [],
		triggerId: null,
		partId: null,
		therapy: false,
		finishLater: false,
		from: null,
		to: null,
		query: ''
	};
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

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
		query: params.get('q') ?? ''
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
	if (filter.from || filter.to) {
		const day = localDay(entry.occurredAt, entryZone(entry, deviceZone));
		if (filter.from && day < filter.from) return false;
		if (filter.to && day > filter.to) return false;
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
