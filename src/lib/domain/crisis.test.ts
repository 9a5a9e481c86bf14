import { describe, expect, it } from 'vitest';
import { CRISIS_REGIONS, CRISIS_TABLE, regionFromLocales, smsHref, telHref } from './crisis';

describe('crisis lines', () => {
	it('are chosen from the device’s languages', () => {
		expect(regionFromLocales(['en-US', 'en'])).toBe('US');
		expect(regionFromLocales(['en-GB'])).toBe('GB');
		expect(regionFromLocales(['en-AU'])).toBe('AU');
		expect(regionFromLocales(['ga-IE'])).toBe('IE');
		expect(regionFromLocales(['fr-CA'])).toBe('CA');
		expect(regionFromLocales(['mi-NZ'])).toBe('NZ');
		expect(regionFromLocales(['de', 'fr-FR'])).toBe('INT');
		expect(regionFromLocales(['en'])).toBe('INT');
		expect(regionFromLocales(['not a locale', 'en-GB'])).toBe('GB');
		expect(regionFromLocales([])).toBe('INT');
	});

	it('cover the regions the issue names, each with a way to call or text', () => {
		expect(CRISIS_TABLE.US.lines[0]!.call).toBe('988');
		expect(CRISIS_TABLE.CA.lines[0]!.call).toBe('988');
		expect(CRISIS_TABLE.GB.lines[0]).toMatchObject({ name: 'Samaritans', call: '116 123' });
		expect(CRISIS_TABLE.IE.lines[0]).toMatchObject({ name: 'Samaritans', call: '116 123' });
		expect(CRISIS_TABLE.AU.lines[0]).toMatchObject({ name: 'Lifeline', call: '13 11 14' });
		expect(CRISIS_TABLE.NZ.lines[0]!.call).toBe('1737');
		expect(CRISIS_TABLE.INT.note).toContain('findahelpline.com');
		for (const id of CRISIS_REGIONS.filter((r) => r !== 'INT')) {
			const region = CRISIS_TABLE[id];
			expect(region.emergency).toMatch(/\d/);
			for (const line of region.lines) expect(line.call ?? line.text?.number).toBeTruthy();
		}
	});

	it('make links a phone can dial and text', () => {
		expect(telHref('116 123')).toBe('tel:116123');
		expect(telHref('+44 7700 900123')).toBe('tel:+447700900123');
		expect(smsHref('85258', 'SHOUT')).toBe('sms:85258?&body=SHOUT');
		expect(smsHref('0477 13 11 14')).toBe('sms:0477131114');
	});
});
