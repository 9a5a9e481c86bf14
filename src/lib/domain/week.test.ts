import { describe, expect, it } from 'vitest';
import { buildEntry } from '$lib/test-data/builders';
import { localParts } from './dates';
import {
	choiceKey,
	rangeSpan,
	resolveChoice,
	shiftWeek,
	sinceLastSession,
	spanTitle,
	summariseWeek,
	weekCsv,
	weekMarkdown,
	weekSpan
} from './week';

const names = {
	trigger: (id: string) => ({ criticism: 'Criticism', memory: 'A memory' })[id] ?? id,
	part: (id: string) => ({ watcher: 'The Watcher' })[id] ?? id,
	coping: (id: string) => ({ breathing: 'Slow breathing' })[id] ?? id
};
const labels = {
	triggers: [
		{
			id: 'criticism',
			label: 'Criticism',
			group: 'relational' as const,
			builtIn: true,
			archived: false
		}
	],
	parts: [{ id: 'watcher', name: 'The Watcher', role: 'manager' as const, archived: false }],
	coping: [{ id: 'breathing', label: 'Slow breathing', builtIn: true, archived: false }]
};
const when = (zone: string) => (e: { occurredAt: string }) => {
	const l = localParts(e.occurredAt, zone);
	return `${l.day} ${String(l.hour).padStart(2, '0')}h`;
};

describe('a week', () => {
	it('is Monday to Sunday in the device’s zone: 02:30 UTC on a Monday is Sunday in New York', () => {
		const week = weekSpan('2026-W47')!;
		const entry = buildEntry({ occurredAt: '2026-11-16T02:30:00.000Z', timeZone: undefined });
		const inNewYork = summariseWeek([entry], week, 'America/New_York');
		const inLondon = summariseWeek([entry], week, 'Europe/London');
		expect(inNewYork.patterns.total).toBe(0);
		expect(summariseWeek([entry], weekSpan('2026-W46')!, 'America/New_York').patterns.total).toBe(
			1
		);
		expect(inLondon.patterns.total).toBe(1);
		expect(inLondon.patterns.periods[0]!.total).toBe(1);
	});

	it('crosses the year boundary in ISO week 53, and the next week is 2027’s first', () => {
		const week = weekSpan('2026-W53')!;
		expect(week).toEqual({ from: '2026-12-28', to: '2027-01-03', weekId: '2026-W53' });
		expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
		expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
		expect(weekSpan('2025-W53')).toBeNull();
		const entries = [
			buildEntry({ occurredAt: '2026-12-31T23:30:00.000Z', state: 'shutdown' }),
			buildEntry({ occurredAt: '2027-01-01T00:30:00.000Z', state: 'hypervigilant' }),
			buildEntry({ occurredAt: '2027-01-04T00:30:00.000Z' })
		];
		const summary = summariseWeek(entries, week, 'Europe/London');
		expect(summary.patterns.states).toEqual({ hypervigilant: 1, shutdown: 1, regulated: 0 });
		expect(summary.patterns.periods.map((d) => d.total)).toEqual([0, 0, 0, 1, 1, 0, 0]);
		expect(spanTitle(week)).toBe('Week of 28 December 2026 – 3 January 2027');
	});

	it('keeps seven days in a week when the clocks change', () => {
		// London leaves summer time on Sunday 25 October 2026.
		const week = weekSpan('2026-W43')!;
		expect(week).toMatchObject({ from: '2026-10-19', to: '2026-10-25' });
		const entries = [
			buildEntry({ occurredAt: '2026-10-18T23:30:00.000Z' }), // 00:30 BST Monday 19th
			buildEntry({ occurredAt: '2026-10-25T23:30:00.000Z' }) // 23:30 GMT Sunday 25th
		];
		const summary = summariseWeek(entries, week, 'Europe/London');
		expect(summary.patterns.periods).toHaveLength(7);
		expect(summary.patterns.periods.map((d) => d.total)).toEqual([1, 0, 0, 0, 0, 0, 1]);
	});

	it('offers "since my last session" from the day after the last session day', () => {
		expect(sinceLastSession(['2026-11-03', '2026-11-17', '2026-11-22'], '2026-11-22')).toEqual({
			from: '2026-11-18',
			to: '2026-11-22',
			weekId: null
		});
		expect(sinceLastSession([], '2026-11-22')).toBeNull();
		expect(choiceKey(rangeSpan('2026-11-22', '2026-11-18'))).toBe('2026-11-18..2026-11-22');
		expect(choiceKey(weekSpan('2026-W47')!)).toBe('2026-W47');
	});
});

describe('the summary to take to therapy', () => {
	const week = weekSpan('2026-W47')!;
	const flagged = buildEntry({
		occurredAt: '2026-11-17T20:00:00.000Z',
		state: 'shutdown',
		triggerIds: ['criticism'],
		partIds: ['watcher'],
		activation: 7,
		bringToTherapy: true,
		note: 'SECRET-NOTE he went silent at dinner',
		body: 'SECRET-BODY heavy arms',
		glimmers: 'SECRET-GLIMMER the dog'
	});
	const other = buildEntry({
		occurredAt: '2026-11-18T08:00:00.000Z',
		state: 'regulated',
		coping: [{ id: 'breathing', helped: 'yes' }],
		activation: 2,
		note: 'OTHER-NOTE a calm morning'
	});
	const summary = summariseWeek([other, flagged], week, 'Europe/London');
	const markdown = (choice = resolveChoice()) =>
		weekMarkdown(summary, choice, names, when('Europe/London'));

	it('holds every section, the states each with a count, and the flagged entry without its note', () => {
		const md = markdown();
		expect(md).toContain('# Week of 16 – 22 November 2026');
		expect(md).toContain('## States\n\n- Hypervigilant: 0\n- Shut down: 1\n- Regulated: 1');
		expect(md).toContain('## Triggers\n\n- Criticism: 1');
		expect(md).toContain('- The Watcher: 1\n- Self was present: 0 of 2');
		expect(md).toContain('- Shut down: 7 of 10 (average 7.0, noted once)');
		expect(md).toContain('- Slow breathing: tried once: helped once');
		expect(md).toContain('### 2026-11-17 20h · Shut down');
		expect(md).toContain('Triggers: Criticism  \nParts: The Watcher');
		expect(md).not.toMatch(/SECRET|OTHER-NOTE/);
		expect(md).not.toContain('2026-11-18 08h');
	});

	it('adds what was written only when chosen, as quotes, and leaves out sections taken out', () => {
		const choice = resolveChoice({
			sections: { triggers: false },
			talkAbout: 'The silence at dinner\n# not a heading',
			entries: { [flagged.id]: { text: true }, [other.id]: { include: true } }
		});
		const md = markdown(choice);
		expect(md).toContain(
			'## What I want to talk about\n\n> The silence at dinner\n> # not a heading'
		);
		expect(md).toContain('Note:\n\n> SECRET-NOTE he went silent at dinner');
		expect(md).toContain('> SECRET-BODY heavy arms');
		expect(md).not.toContain('## Triggers');
		expect(md).toContain('### 2026-11-18 08h · Regulated');
		expect(md).not.toContain('OTHER-NOTE');
	});

	it('never lets a note in with its entry left out', () => {
		const choice = resolveChoice({ entries: { [flagged.id]: { include: false, text: true } } });
		expect(markdown(choice)).not.toContain('SECRET');
		expect(markdown(choice)).not.toContain('## Moments to bring');
	});

	it('writes the chosen entries as CSV, with the text kept out left empty', () => {
		const csv = weekCsv(summary, resolveChoice(), labels, 'Europe/London');
		const rows = csv.trim().split('\r\n');
		expect(rows).toHaveLength(2);
		expect(rows[1]).toContain(flagged.id);
		expect(rows[1]).toMatch(/,true,,$/);
		expect(csv).not.toContain('SECRET');
		const withText = weekCsv(
			summary,
			resolveChoice({ entries: { [flagged.id]: { text: true } } }),
			labels,
			'Europe/London'
		);
		expect(withText).toContain('SECRET-NOTE');
		expect(withText).toContain('SECRET-GLIMMER');
	});
});
