import type { Entry } from '$lib/schemas';
import { STATES, WEEK_SECTIONS, type StateId, type WeekSection } from '$lib/schemas/vocabulary';
import { HELPED_WORDS, STATE_INFO } from './builtins';
import { entriesToCsv, type CsvLabels, type PrivateField } from './csv';
import { isoWeekDays, isoWeekOf, localParts, rangeLabel, shiftDay } from './dates';
import { entryZone } from './journal';
import { computePatterns, type Patterns, type Spread } from './patterns';
import { plural, times } from './pattern-words';

/**
 * The summary a person takes to therapy (issue 7): one ISO week, Monday to Sunday in the
 * device's zone, or any range of days. Pure: entries and choices in, numbers and text out.
 */

export interface Span {
	from: string;
	to: string;
	/** The ISO week (`2026-W47`), or null for a range of days. */
	weekId: string | null;
}

export const SECTION_LABELS: Record<WeekSection, string> = {
	states: 'States',
	triggers: 'Triggers',
	parts: 'Parts',
	activation: 'How strong it was',
	helped: 'What helped',
	entries: 'Moments to bring'
};

export function weekSpan(weekId: string): Span | null {
	const days = isoWeekDays(weekId);
	return days && { ...days, weekId };
}

export function rangeSpan(from: string, to: string): Span {
	return from <= to ? { from, to, weekId: null } : { from: to, to: from, weekId: null };
}

/** The week before or after, by ISO week id. */
export function shiftWeek(weekId: string, weeks: number): string {
	const days = isoWeekDays(weekId)!;
	return isoWeekOf(shiftDay(days.from, weeks * 7));
}

/** Where the choices for a span are kept in the `weeks` document. */
export function choiceKey(span: Span): string {
	return span.weekId ?? `${span.from}..${span.to}`;
}

/** The summary's heading: "Week of 16 – 22 November 2026", or just the dates for a range. */
export function spanTitle(span: Span): string {
	const dates = rangeLabel(span.from, span.to);
	return span.weekId ? `Week of ${dates}` : dates;
}

/** The day after the last session day before today, for "since my last session". */
export function sinceLastSession(sessionDays: readonly string[], today: string): Span | null {
	const last = [...sessionDays]
		.filter((d) => d < today)
		.sort()
		.at(-1);
	return last ? rangeSpan(shiftDay(last, 1), today) : null;
}

export interface EntryChoice {
	include?: boolean;
	/** Whether what was written (note, body, glimmers) goes in. */
	text?: boolean;
}

export interface WeekChoice {
	sections: Record<WeekSection, boolean>;
	talkAbout: string;
	entries: Record<string, EntryChoice>;
}

/** The stored choices with their defaults filled in: every section in, notes out. */
export function resolveChoice(stored?: {
	sections?: Record<string, boolean>;
	talkAbout?: string;
	entries?: Record<string, EntryChoice>;
}): WeekChoice {
	const sections = Object.fromEntries(
		WEEK_SECTIONS.map((s) => [s, stored?.sections?.[s] ?? true])
	) as Record<WeekSection, boolean>;
	return { sections, talkAbout: stored?.talkAbout ?? '', entries: { ...stored?.entries } };
}

/** An entry flagged "bring to therapy" is in until the person takes it out; others the reverse. */
export const isIncluded = (entry: Entry, choice: WeekChoice): boolean =>
	choice.entries[entry.id]?.include ?? entry.bringToTherapy;

/** What was written goes in only when the person has said so, and only with its entry. */
export const textIncluded = (entry: Entry, choice: WeekChoice): boolean =>
	isIncluded(entry, choice) && (choice.entries[entry.id]?.text ?? false);

export interface WeekSummary {
	span: Span;
	patterns: Patterns;
	/** The span's entries, oldest first. */
	entries: Entry[];
	/** Activation over the whole span, per state. */
	activation: Record<StateId, Spread | null>;
}

export function summariseWeek(
	entries: readonly Entry[],
	span: Span,
	deviceZone: string
): WeekSummary {
	const patterns = computePatterns(entries, span, deviceZone, 'day');
	const inSpan = entries
		.filter((entry) => {
			const day = localParts(entry.occurredAt, entryZone(entry, deviceZone)).day;
			return day >= span.from && day <= span.to;
		})
		.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
	const activation = Object.fromEntries(
		STATES.map((state) => {
			const values = inSpan
				.filter((e) => e.state === state && e.activation !== undefined)
				.map((e) => e.activation!);
			if (values.length === 0) return [state, null];
			const sum = values.reduce((a, b) => a + b, 0);
			return [
				state,
				{
					count: values.length,
					mean: sum / values.length,
					min: Math.min(...values),
					max: Math.max(...values)
				}
			];
		})
	) as Record<StateId, Spread | null>;
	return { span, patterns, entries: inSpan, activation };
}

export interface SummaryNames {
	trigger: (id: string) => string;
	part: (id: string) => string;
	coping: (id: string) => string;
}

/** "Tried 3 times: helped twice, helped some once." */
export function helpedLine(tried: number, helped: Record<'yes' | 'some' | 'no', number>): string {
	const parts = (['yes', 'some', 'no'] as const)
		.filter((k) => helped[k] > 0)
		.map((k) => `${HELPED_WORDS[k]} ${times(helped[k])}`);
	return `tried ${times(tried)}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

export function activationLine(spread: Spread): string {
	const range = spread.min === spread.max ? `${spread.min}` : `${spread.min}–${spread.max}`;
	return `${range} of 10 (average ${spread.mean.toFixed(1)}, noted ${times(spread.count)})`;
}

/** Text the person wrote, kept inside a Markdown quote so it cannot reshape the document. */
function quoted(text: string): string {
	return text
		.trim()
		.split(/\r?\n/)
		.map((line) => `> ${line}`.trimEnd())
		.join('\n');
}

export interface EntryLine {
	entry: Entry;
	/** "Tuesday 17 November, 20:00". */
	when: string;
}

/**
 * The summary as Markdown, holding exactly what the person chose: the same sections as the
 * page and the printout, with "States" listing each state and its count.
 */
export function weekMarkdown(
	summary: WeekSummary,
	choice: WeekChoice,
	names: SummaryNames,
	when: (entry: Entry) => string
): string {
	const { patterns: p, span } = summary;
	const out: string[] = [`# ${spanTitle(span)}`, '', `${plural(p.total, 'check-in')}.`];
	if (choice.talkAbout.trim()) {
		out.push('', '## What I want to talk about', '', quoted(choice.talkAbout));
	}
	if (choice.sections.states) {
		out.push('', '## States', '');
		for (const state of STATES) out.push(`- ${STATE_INFO[state].label}: ${p.states[state]}`);
	}
	if (choice.sections.triggers && p.triggers.length) {
		out.push('', '## Triggers', '');
		for (const t of p.triggers) out.push(`- ${names.trigger(t.id)}: ${t.count}`);
	}
	if (choice.sections.parts && (p.parts.length || p.selfPresent)) {
		out.push('', '## Parts', '');
		for (const part of p.parts) out.push(`- ${names.part(part.id)}: ${part.count}`);
		out.push(`- Self was present: ${p.selfPresent} of ${p.total}`);
	}
	const strengths = STATES.filter((s) => summary.activation[s]);
	if (choice.sections.activation && strengths.length) {
		out.push('', '## How strong it was', '');
		for (const s of strengths) {
			out.push(`- ${STATE_INFO[s].label}: ${activationLine(summary.activation[s]!)}`);
		}
	}
	if (choice.sections.helped && p.coping.length) {
		out.push('', '## What helped', '');
		for (const c of p.coping) out.push(`- ${names.coping(c.id)}: ${helpedLine(c.tried, c.helped)}`);
	}
	const chosen = summary.entries.filter((e) => isIncluded(e, choice));
	if (choice.sections.entries && chosen.length) {
		out.push('', '## Moments to bring');
		for (const entry of chosen) {
			out.push('', `### ${when(entry)} · ${STATE_INFO[entry.state].label}`, '');
			const facts = entryFacts(entry, names);
			if (facts.length) out.push(facts.join('  \n'));
			if (textIncluded(entry, choice)) {
				for (const [label, value] of writtenText(entry))
					out.push('', `${label}:`, '', quoted(value));
			}
		}
	}
	return `${out.join('\n')}\n`;
}

/** The plain facts of an entry, one line each: triggers, parts, Self, activation. */
export function entryFacts(entry: Entry, names: SummaryNames): string[] {
	const facts: string[] = [];
	if (entry.triggerIds.length)
		facts.push(`Triggers: ${entry.triggerIds.map(names.trigger).join(', ')}`);
	if (entry.partIds.length) facts.push(`Parts: ${entry.partIds.map(names.part).join(', ')}`);
	if (entry.selfPresent) facts.push('Self was present');
	if (entry.activation !== undefined) facts.push(`How strong: ${entry.activation} of 10`);
	if (entry.coping.length) {
		const tried = entry.coping.map((c) =>
			c.helped ? `${names.coping(c.id)} (${HELPED_WORDS[c.helped]})` : names.coping(c.id)
		);
		facts.push(`Tried: ${tried.join(', ')}`);
	}
	return facts;
}

/** What the person wrote on an entry, labelled: only shown when chosen. */
export function writtenText(entry: Entry): [string, string][] {
	const written: [string, string][] = [];
	if (entry.note?.trim()) written.push(['Note', entry.note]);
	if (entry.body?.trim()) written.push(['Body', entry.body]);
	if (entry.glimmers?.trim()) written.push(['Glimmers', entry.glimmers]);
	return written;
}

const ALL_TEXT: ReadonlySet<PrivateField> = new Set(['note', 'body', 'glimmers']);
const NO_TEXT: ReadonlySet<PrivateField> = new Set();

/** The chosen entries as CSV; what the person kept out leaves its cells empty (DESIGN.md). */
export function weekCsv(
	summary: WeekSummary,
	choice: WeekChoice,
	labels: CsvLabels,
	deviceZone: string
): string {
	const chosen = summary.entries.filter((e) => isIncluded(e, choice));
	return entriesToCsv(chosen, labels, {
		deviceZone,
		omit: (entry) => (textIncluded(entry, choice) ? NO_TEXT : ALL_TEXT)
	});
}
