import type { Settings } from './settings';

/** What an absent setting means. Kept apart from the schema so pages need not load zod. */
export const DEFAULT_SETTINGS: Required<Settings> = {
	theme: 'system',
	foldNotes: false,
	sessionDays: [],
	crisisRegion: 'auto',
	safePeople: []
};
