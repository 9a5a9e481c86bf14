/**
 * Where to reach a person (issue 9). Haven is not a crisis service; these are the free,
 * confidential lines of each region, kept in the app so they show with no network.
 * Reviewed November 2026; numbers change rarely, but check them when this table is touched.
 */

export const CRISIS_REGIONS = ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'INT'] as const;
export type CrisisRegionId = (typeof CRISIS_REGIONS)[number];

export interface CrisisLine {
	name: string;
	/** What it is, in a few words. */
	about: string;
	/** As people write it; `tel:` uses the digits. */
	call?: string;
	text?: { number: string; message?: string };
	hours: string;
}

export interface CrisisRegion {
	id: CrisisRegionId;
	label: string;
	/** The emergency number, or words for it. */
	emergency: string;
	lines: CrisisLine[];
	note?: string;
}

const ANY_TIME = 'Any time, day or night';

export const CRISIS_TABLE: Record<CrisisRegionId, CrisisRegion> = {
	US: {
		id: 'US',
		label: 'United States',
		emergency: '911',
		lines: [
			{
				name: '988 Suicide & Crisis Lifeline',
				about: 'Call or text to talk with a trained counselor.',
				call: '988',
				text: { number: '988' },
				hours: ANY_TIME
			}
		]
	},
	GB: {
		id: 'GB',
		label: 'United Kingdom',
		emergency: '999',
		lines: [
			{
				name: 'Samaritans',
				about: 'Free to call, for whatever you are going through.',
				call: '116 123',
				hours: ANY_TIME
			},
			{
				name: 'Shout',
				about: 'Text support, if talking is too much.',
				text: { number: '85258', message: 'SHOUT' },
				hours: ANY_TIME
			}
		]
	},
	IE: {
		id: 'IE',
		label: 'Ireland',
		emergency: '112 or 999',
		lines: [
			{
				name: 'Samaritans',
				about: 'Free to call, for whatever you are going through.',
				call: '116 123',
				hours: ANY_TIME
			},
			{
				name: 'Text About It',
				about: 'Text support, if talking is too much.',
				text: { number: '50808', message: 'HELLO' },
				hours: ANY_TIME
			}
		]
	},
	CA: {
		id: 'CA',
		label: 'Canada',
		emergency: '911',
		lines: [
			{
				name: '9-8-8 Suicide Crisis Helpline',
				about: 'Call or text, in English or French.',
				call: '988',
				text: { number: '988' },
				hours: ANY_TIME
			}
		]
	},
	AU: {
		id: 'AU',
		label: 'Australia',
		emergency: '000',
		lines: [
			{
				name: 'Lifeline',
				about: 'Crisis support by phone or text.',
				call: '13 11 14',
				text: { number: '0477 13 11 14' },
				hours: ANY_TIME
			}
		]
	},
	NZ: {
		id: 'NZ',
		label: 'New Zealand',
		emergency: '111',
		lines: [
			{
				name: '1737, Need to talk?',
				about: 'Call or text to talk with a trained counsellor.',
				call: '1737',
				text: { number: '1737' },
				hours: ANY_TIME
			}
		]
	},
	INT: {
		id: 'INT',
		label: 'Somewhere else',
		emergency: 'your local emergency number',
		lines: [],
		note: 'Find A Helpline (findahelpline.com) lists free, confidential lines in many countries. Haven cannot open it for you offline; a browser can when you have a connection.'
	}
};

/** Some locales name a region the table files under another id. */
const ALIASES: Record<string, CrisisRegionId> = { UK: 'GB' };

/**
 * The region to show first, from the device's languages (`navigator.languages`): the first
 * one that names a region in the table. A language alone ("en") says nothing about where
 * someone is, so it falls through to the international directory.
 */
export function regionFromLocales(locales: readonly string[]): CrisisRegionId {
	for (const tag of locales) {
		let region: string | undefined;
		try {
			region = new Intl.Locale(tag).region;
		} catch {
			continue;
		}
		const id = region && (ALIASES[region] ?? region);
		if (id && (CRISIS_REGIONS as readonly string[]).includes(id) && id !== 'INT') {
			return id as CrisisRegionId;
		}
	}
	return 'INT';
}

/** `tel:` wants digits (and a leading +); `sms:` the same, with the message where there is one. */
export const telHref = (number: string): `tel:${string}` => `tel:${number.replace(/[^\d+]/g, '')}`;
export const smsHref = (number: string, message?: string): `sms:${string}` =>
	`sms:${number.replace(/[^\d+]/g, '')}${message ? `?&body=${encodeURIComponent(message)}` : ''}`;
