import { daysBetween, isoWeekDays, isoWeekOf, shiftDay, shiftMonths } from './dates';

/** The ranges the patterns page offers (DESIGN.md, Screens). */
export const RANGE_PRESETS = ['week', '4w', '3m', '12m', 'all', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_LABELS: Record<RangePreset, string> = {
	week: 'This week',
	'4w': '4 weeks',
	'3m': '3 months',
	'12m': '12 months',
	all: 'All',
	custom: 'Choose dates'
};

/** How a range is spoken of in a sentence: "over these 3 months". */
export const RANGE_PHRASES: Record<RangePreset, string> = {
	week: 'this week',
	'4w': 'over these 4 weeks',
	'3m': 'over these 3 months',
	'12m': 'over these 12 months',
	all: 'over this time',
	custom: 'over these dates'
};

export const DEFAULT_PRESET: RangePreset = '4w';

export interface PatternRange {
	preset: RangePreset;
	/** Only for `custom`: inclusive local days, `yyyy-MM-dd`. */
	from: string | null;
	to: string | null;
}

/** Inclusive local days. */
export interface DayRange {
	from: string;
	to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string | null): value is string => value !== null && DAY.test(value);

/** The range lives in the URL (`?range=3m`, or `?range=custom&from=…&to=…`). */
export function rangeFromParams(params: URLSearchParams): PatternRange {
	const preset = params.get('range');
	if (preset === 'custom') {
		const from = params.get('from');
		const to = params.get('to');
		if (isDay(from) && isDay(to)) {
			return from <= to ? { preset, from, to } : { preset, from: to, to: from };
		}
		return { preset: DEFAULT_PRESET, from: null, to: null };
	}
	const known = RANGE_PRESETS.find((p) => p === preset);
	return { preset: known ?? DEFAULT_PRESET, from: null, to: null };
}

export function rangeToParams(range: PatternRange): URLSearchParams {
	const params = new URLSearchParams({ range: range.preset });
	if (range.preset === 'custom' && range.from && range.to) {
		params.set('from', range.from);
		params.set('to', range.to);
	}
	return params;
}

/**
 * The days a range covers, ending today. `oldest` is the day of the first entry, for "All";
 * an empty journal makes "All" just today.
 */
export function resolveRange(range: PatternRange, today: string, oldest: string | null): DayRange {
	switch (range.preset) {
		case 'week':
			return { from: isoWeekDays(isoWeekOf(today))!.from, to: today };
		case '4w':
			return { from: shiftDay(today, -27), to: today };
		case '3m':
			return { from: shiftDay(shiftMonths(today, -3), 1), to: today };
		case '12m':
			return { from: shiftDay(shiftMonths(today, -12), 1), to: today };
		case 'all':
			return { from: oldest && oldest < today ? oldest : today, to: today };
		case 'custom':
			return { from: range.from ?? today, to: range.to ?? today };
	}
}

export type Bucket = 'day' | 'week' | 'month';

/** Days for a month or less, weeks up to about half a year, months beyond. */
export function bucketFor(range: DayRange): Bucket {
	const days = daysBetween(range.from, range.to) + 1;
	if (days <= 31) return 'day';
	if (days <= 190) return 'week';
	return 'month';
}
