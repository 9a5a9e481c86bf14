import type { Entry } from '$lib/schemas';
import type { Helped, StateId } from '$lib/schemas/vocabulary';
import {
	daysBetween,
	localParts,
	monthLabel,
	shiftDay,
	shortDayLabel,
	weekLabel,
	type LocalParts
} from './dates';
import { TIME_BLOCKS, timeBlockOf } from './filters';
import { entryZone } from './journal';
import { bucketFor, type Bucket, type DayRange } from './ranges';

/**
 * The patterns of a range of days, computed in one pass over the entries (issue 6). Pure:
 * the same entries give the same numbers, and every day is counted in the entry's own zone.
 */

export type StateCounts = Record<StateId, number>;

export interface Period {
	/** The bucket's first day, or `yyyy-MM` for a month. */
	key: string;
	label: string;
	/** Inclusive days, clipped to the range. */
	from: string;
	to: string;
}

export interface StatePeriod extends Period {
	counts: StateCounts;
	total: number;
	/** Regulated entries as a share of the period's entries, 0–1; null with no entries. */
	regulatedShare: number | null;
}

export interface Spread {
	count: number;
	mean: number;
	min: number;
	max: number;
}

export interface ActivationPeriod extends Period {
	byState: Record<StateId, Spread | null>;
}

export interface Tally {
	id: string;
	count: number;
	states: StateCounts;
}

export interface CopingTally {
	id: string;
	tried: number;
	helped: Record<Helped, number>;
	/** Tried, with no answer to "did it help?". */
	unanswered: number;
}

export interface MedianTally {
	id: string;
	/** Minutes. */
	median: number;
	count: number;
}

export interface BackPeriod extends Period {
	/** Minutes, null where nothing was measured. */
	median: number | null;
	count: number;
}

export interface Glimmer {
	entryId: string;
	day: string;
	text: string;
}

export interface BackInTheWindow {
	/** Hypervigilant or shut-down entries followed by a regulated one within the limit. */
	measured: number;
	/** The rest: no regulated entry came within the limit (or at all). */
	notKnown: number;
	median: number | null;
	periods: BackPeriod[];
	byTrigger: MedianTally[];
	byPart: MedianTally[];
}

/** Regulated entries as a share of each half of the range, when both halves have enough. */
export interface Trend {
	first: number;
	second: number;
}

export interface Patterns {
	range: DayRange;
	bucket: Bucket;
	total: number;
	states: StateCounts;
	periods: StatePeriod[];
	triggers: Tally[];
	parts: Tally[];
	selfPresent: number;
	/** Entries with no part named. */
	noPart: number;
	/** Trigger × part: `cells[i][j]` counts entries with `triggers[i]` and `parts[j]`. */
	grid: { triggerIds: string[]; partIds: string[]; cells: number[][] };
	/** Weekday (Monday first) × TIME_BLOCKS. */
	when: number[][];
	activation: ActivationPeriod[];
	coping: CopingTally[];
	back: BackInTheWindow;
	glimmers: Glimmer[];
	trend: Trend | null;
}

/** Each half of the range needs this many entries before a change is spoken of. */
export const TREND_MIN_ENTRIES = 3;

/** Longer gaps than this are "not known": life happened in between, not a measurement. */
export const BACK_LIMIT_MINUTES = 48 * 60;
/** The trigger × part grid keeps the most frequent rows and columns readable. */
export const GRID_MAX = 8;

export const emptyCounts = (): StateCounts => ({ hypervigilant: 0, shutdown: 0, regulated: 0 });

export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The periods of a range: each day, each ISO week (Monday first) or each month. */
export function periodsOf(range: DayRange, bucket: Bucket): Period[] {
	const periods: Period[] = [];
	let day = range.from;
	while (day <= range.to) {
		const start = periodStart(day, bucket);
		const next = nextPeriodStart(start, bucket);
		const last = shiftDay(next, -1);
		periods.push({
			key: bucket === 'month' ? start.slice(0, 7) : start,
			label:
				bucket === 'day'
					? shortDayLabel(start)
					: bucket === 'week'
						? weekLabel(start)
						: monthLabel(start.slice(0, 7)),
			from: day,
			to: last < range.to ? last : range.to
		});
		day = next;
	}
	return periods;
}

function periodStart(day: string, bucket: Bucket): string {
	if (bucket === 'day') return day;
	if (bucket === 'month') return `${day.slice(0, 7)}-01`;
	const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
	return shiftDay(day, -weekday);
}

function nextPeriodStart(start: string, bucket: Bucket): string {
	if (bucket === 'day') return shiftDay(start, 1);
	if (bucket === 'week') return shiftDay(start, 7);
	const [y, m] = start.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function keyOf(local: LocalParts, bucket: Bucket): string {
	if (bucket === 'day') return local.day;
	if (bucket === 'month') return local.day.slice(0, 7);
	return shiftDay(local.day, -(local.weekday - 1));
}

interface Located {
	entry: Entry;
	at: number;
	local: LocalParts;
	inRange: boolean;
}

class SpreadBuilder {
	count = 0;
	sum = 0;
	min = Infinity;
	max = -Infinity;
	add(value: number) {
		this.count += 1;
		this.sum += value;
		this.min = Math.min(this.min, value);
		this.max = Math.max(this.max, value);
	}
	build(): Spread | null {
		if (this.count === 0) return null;
		return { count: this.count, mean: this.sum / this.count, min: this.min, max: this.max };
	}
}

function tallyInto(map: Map<string, Tally>, id: string, state: StateId) {
	let tally = map.get(id);
	if (!tally) {
		tally = { id, count: 0, states: emptyCounts() };
		map.set(id, tally);
	}
	tally.count += 1;
	tally.states[state] += 1;
}

const byCountThenId = (a: { id: string; count: number }, b: { id: string; count: number }) =>
	b.count - a.count || a.id.localeCompare(b.id);

function mediansOf(map: Map<string, number[]>): MedianTally[] {
	return [...map]
		.map(([id, values]) => ({ id, median: median(values)!, count: values.length }))
		.sort(byCountThenId);
}

/**
 * Everything the patterns page shows for a range. `entries` may reach past the range: the
 * ones after it (up to two days) let "back in the window" see the regulated entry that
 * followed the range's last hard moment; they are not counted anywhere else.
 */
export function computePatterns(
	entries: readonly Entry[],
	range: DayRange,
	deviceZone: string,
	bucket: Bucket = bucketFor(range)
): Patterns {
	const periods = periodsOf(range, bucket);
	const periodIndex = new Map(periods.map((p, i) => [p.key, i]));
	const statePeriods: StatePeriod[] = periods.map((p) => ({
		...p,
		counts: emptyCounts(),
		total: 0,
		regulatedShare: null
	}));
	const activation = periods.map(() => ({
		hypervigilant: new SpreadBuilder(),
		shutdown: new SpreadBuilder(),
		regulated: new SpreadBuilder()
	}));
	const states = emptyCounts();
	const triggers = new Map<string, Tally>();
	const parts = new Map<string, Tally>();
	const pairs = new Map<string, number>();
	const when = Array.from({ length: 7 }, () => TIME_BLOCKS.map(() => 0));
	const coping = new Map<string, CopingTally>();
	const glimmers: Glimmer[] = [];
	let selfPresent = 0;
	let noPart = 0;
	let total = 0;
	const middle = shiftDay(range.from, Math.floor((daysBetween(range.from, range.to) + 1) / 2));
	const halves = [
		{ total: 0, regulated: 0 },
		{ total: 0, regulated: 0 }
	];

	const located: Located[] = [];
	for (const entry of entries) {
		const local = localParts(entry.occurredAt, entryZone(entry, deviceZone));
		const inRange = local.day >= range.from && local.day <= range.to;
		const at = Date.parse(entry.occurredAt);
		if (local.day >= range.from) located.push({ entry, at, local, inRange });
		if (!inRange) continue;

		total += 1;
		const { state } = entry;
		states[state] += 1;
		const half = halves[local.day < middle ? 0 : 1]!;
		half.total += 1;
		if (state === 'regulated') half.regulated += 1;
		const index = periodIndex.get(keyOf(local, bucket));
		if (index !== undefined) {
			statePeriods[index]!.counts[state] += 1;
			statePeriods[index]!.total += 1;
			if (entry.activation !== undefined) activation[index]![state].add(entry.activation);
		}
		for (const id of entry.triggerIds) tallyInto(triggers, id, state);
		for (const id of entry.partIds) tallyInto(parts, id, state);
		if (entry.partIds.length === 0) noPart += 1;
		for (const t of entry.triggerIds) {
			for (const p of entry.partIds) pairs.set(`${t}\n${p}`, (pairs.get(`${t}\n${p}`) ?? 0) + 1);
		}
		if (entry.selfPresent) selfPresent += 1;
		when[local.weekday - 1]![timeBlockOf(local.hour)]! += 1;
		for (const use of entry.coping) {
			let tally = coping.get(use.id);
			if (!tally) {
				tally = { id: use.id, tried: 0, helped: { yes: 0, some: 0, no: 0 }, unanswered: 0 };
				coping.set(use.id, tally);
			}
			tally.tried += 1;
			if (use.helped) tally.helped[use.helped] += 1;
			else tally.unanswered += 1;
		}
		const glimmer = entry.glimmers?.trim();
		if (glimmer) glimmers.push({ entryId: entry.id, day: local.day, text: glimmer });
	}

	for (const period of statePeriods) {
		period.regulatedShare = period.total ? period.counts.regulated / period.total : null;
	}

	const triggerList = [...triggers.values()].sort(byCountThenId);
	const partList = [...parts.values()].sort(byCountThenId);
	const gridTriggers = triggerList.slice(0, GRID_MAX).map((t) => t.id);
	const gridParts = partList.slice(0, GRID_MAX).map((p) => p.id);

	return {
		range,
		bucket,
		total,
		states,
		periods: statePeriods,
		triggers: triggerList,
		parts: partList,
		selfPresent,
		noPart,
		grid: {
			triggerIds: gridTriggers,
			partIds: gridParts,
			cells: gridTriggers.map((t) => gridParts.map((p) => pairs.get(`${t}\n${p}`) ?? 0))
		},
		when,
		activation: periods.map((p, i) => ({
			...p,
			byState: {
				hypervigilant: activation[i]!.hypervigilant.build(),
				shutdown: activation[i]!.shutdown.build(),
				regulated: activation[i]!.regulated.build()
			}
		})),
		coping: [...coping.values()].sort((a, b) => b.tried - a.tried || a.id.localeCompare(b.id)),
		back: backInTheWindow(located, periods, periodIndex, bucket),
		glimmers: glimmers.sort((a, b) => a.day.localeCompare(b.day)),
		trend: halves.every((h) => h.total >= TREND_MIN_ENTRIES)
			? {
					first: halves[0]!.regulated / halves[0]!.total,
					second: halves[1]!.regulated / halves[1]!.total
				}
			: null
	};
}

/**
 * For each hypervigilant or shut-down entry in the range, the minutes until the next
 * regulated entry, when one came within BACK_LIMIT_MINUTES.
 */
function backInTheWindow(
	located: Located[],
	periods: Period[],
	periodIndex: Map<string, number>,
	bucket: Bucket
): BackInTheWindow {
	located.sort((a, b) => a.at - b.at);
	const all: number[] = [];
	const perPeriod = periods.map((): number[] => []);
	const byTrigger = new Map<string, number[]>();
	const byPart = new Map<string, number[]>();
	const push = (map: Map<string, number[]>, id: string, value: number) => {
		const list = map.get(id);
		if (list) list.push(value);
		else map.set(id, [value]);
	};
	let notKnown = 0;
	let nextRegulated = Infinity;
	for (let i = located.length - 1; i >= 0; i -= 1) {
		const { entry, at, local, inRange } = located[i]!;
		if (entry.state === 'regulated') {
			nextRegulated = at;
			continue;
		}
		if (!inRange) continue;
		const minutes = (nextRegulated - at) / 60_000;
		if (!(minutes <= BACK_LIMIT_MINUTES)) {
			notKnown += 1;
			continue;
		}
		all.push(minutes);
		const index = periodIndex.get(keyOf(local, bucket));
		if (index !== undefined) perPeriod[index]!.push(minutes);
		for (const id of entry.triggerIds) push(byTrigger, id, minutes);
		for (const id of entry.partIds) push(byPart, id, minutes);
	}
	return {
		measured: all.length,
		notKnown,
		median: median(all),
		periods: periods.map((p, i) => ({
			...p,
			median: median(perPeriod[i]!),
			count: perPeriod[i]!.length
		})),
		byTrigger: mediansOf(byTrigger),
		byPart: mediansOf(byPart)
	};
}
