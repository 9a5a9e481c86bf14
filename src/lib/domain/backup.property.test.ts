import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import { entrySchema, HELPED, STATES } from '$lib/schemas';
import { checkBackup, createBackup } from './backup';

const known = {
	triggers: new Set(BUILT_IN_TRIGGERS.map((t) => t.id)),
	parts: new Set<string>(),
	coping: new Set(BUILT_IN_COPING.map((c) => c.id))
};

/** Text as people write it: emoji, right-to-left, line breaks, quotes, lone surrogates. */
const text = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.constantFrom(
		'שלום "עולם"\n',
		'مرحبا, \r\n"quoted"',
		'🌧🫶🏽 ok',
		'\uD800 lone',
		'a'.repeat(100_000)
	)
);

/** Instants around the 2026 daylight-saving changes in London and New York, and others. */
const instant = fc.oneof(
	fc.constantFrom(
		'2026-03-29T00:59:00.000Z',
		'2026-03-29T01:00:00.000Z',
		'2026-10-25T00:30:00.000Z',
		'2026-11-01T05:59:00.000Z',
		'2026-11-01T06:00:00.000Z'
	),
	fc
		.date({
			min: new Date('2021-01-01T00:00:00Z'),
			max: new Date('2026-12-31T00:00:00Z'),
			noInvalidDate: true
		})
		.map((d) => d.toISOString())
);

const entry = fc
	.record({
		id: fc.uuid(),
		occurredAt: instant,
		timeZone: fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Tokyo'),
		state: fc.constantFrom(...STATES),
		activation: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
		triggerIds: fc.uniqueArray(fc.constantFrom(...known.triggers), { maxLength: 4 }),
		coping: fc.uniqueArray(
			fc.record({
				id: fc.constantFrom(...known.coping),
				helped: fc.option(fc.constantFrom(...HELPED), { nil: undefined })
			}),
			{ selector: (c) => c.id, maxLength: 3 }
		),
		note: fc.option(text, { nil: undefined }),
		body: fc.option(text, { nil: undefined }),
		glimmers: fc.option(text, { nil: undefined }),
		bringToTherapy: fc.boolean(),
		selfPresent: fc.boolean()
	})
	.map((e) => entrySchema.parse(JSON.parse(JSON.stringify(e))));

describe('backup round trip (property)', () => {
	it('gives back every record field for field, whatever the person wrote', () => {
		fc.assert(
			fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 20 }), (entries) => {
				const backup = createBackup(
					{
						entries,
						triggers: BUILT_IN_TRIGGERS,
						parts: [],
						coping: BUILT_IN_COPING,
						settings: {},
						weeks: {}
					},
					new Date('2026-11-22T10:00:00.000Z')
				);
				const result = checkBackup(JSON.stringify(backup), known);
				expect(result).toEqual({ ok: true, backup });
			}),
			{ numRuns: 200 }
		);
	});
});
