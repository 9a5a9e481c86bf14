/**
 * The words of DESIGN.md as data. Ids are stored; labels are what the person reads.
 * Every schema and every screen takes its lists from here.
 */

export const STATES = ['hypervigilant', 'shutdown', 'regulated'] as const;
export type StateId = (typeof STATES)[number];

export const TRIGGER_GROUPS = ['relational', 'body', 'situation', 'inside', 'other'] as const;
export type TriggerGroup = (typeof TRIGGER_GROUPS)[number];

export const PART_ROLES = ['manager', 'firefighter', 'exile', 'unsure'] as const;
export type PartRole = (typeof PART_ROLES)[number];

export const HELPED = ['yes', 'some', 'no'] as const;
export type Helped = (typeof HELPED)[number];

export const ACTIVATION_MIN = 0;
export const ACTIVATION_MAX = 10;

/** Generous bounds: a long note is welcome, a runaway paste of megabytes is not. */
export const TEXT_MAX = 1_000_000;
export const LABEL_MAX = 200;
export const ID_MAX = 200;

/** The parts of a weekly summary the person can leave out (issue 7). */
export const WEEK_SECTIONS = [
	'states',
	'triggers',
	'parts',
	'activation',
	'helped',
	'entries'
] as const;
export type WeekSection = (typeof WEEK_SECTIONS)[number];
