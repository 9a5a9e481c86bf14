import type { JournalFilter } from '$lib/domain/filters';
import type { Patterns } from '$lib/domain/patterns';

/** What each section of the patterns page is given: the numbers, names, and the way in. */
export interface Lens {
	p: Patterns;
	name: {
		trigger: (id: string) => string;
		part: (id: string) => string;
		coping: (id: string) => string;
	};
	/** The journal's query for these entries of the range (`state=shutdown&from=…`). */
	query: (extra: Partial<JournalFilter>) => string;
	open: (extra: Partial<JournalFilter>) => void;
}
