import type { CopingUse, Entry, EntryInput, Helped, StateId } from '$lib/schemas';
import { fromLocalInput, toLocalInput } from './clock';

/** What the check-in form holds; everything but the state is optional. */
export interface CheckInForm {
	state: StateId | null;
	triggerIds: string[];
	partIds: string[];
	selfPresent: boolean;
	activation: number | null;
	body: string;
	coping: CopingUse[];
	glimmers: string;
	note: string;
	bringToTherapy: boolean;
	/** When it happened, as a datetime-local value in the device's zone; '' means now. */
	when: string;
}

export function emptyForm(): CheckInForm {
	return {
		state: null,
		triggerIds: [],
		partIds: [],
		selfPresent: false,
		activation: null,
		body: '',
		coping: [],
		glimmers: '',
		note: '',
		bringToTherapy: false,
		when: ''
	};
}

/** True when anything beyond the state has been filled in. */
export function hasDetails(form: CheckInForm): boolean {
	return (
		form.triggerIds.length > 0 ||
		form.partIds.length > 0 ||
		form.selfPresent ||
		form.activation !== null ||
		form.body.trim() !== '' ||
		form.coping.length > 0 ||
		form.glimmers.trim() !== '' ||
		form.note.trim() !== '' ||
		form.bringToTherapy ||
		form.when !== ''
	);
}

/** True when nothing at all has been chosen or typed: there is no draft to keep. */
export function isBlank(form: CheckInForm): boolean {
	return form.state === null && !hasDetails(form);
}

/** Why the chosen time cannot be saved, in plain words; null when it can. */
export function whenProblem(when: string, now: Date): string | null {
	if (when === '') return null;
	const date = fromLocalInput(when);
	if (!date) return 'Choose a date and a time, or clear it to mean now.';
	if (date.getTime() > now.getTime() + 60_000) {
		return 'That time is still to come. Choose a moment that has already happened.';
	}
	return null;
}

function optionalText(value: string): string | undefined {
	return value.trim() === '' ? undefined : value;
}

/**
 * Turns a filled form into an entry to validate and store. Editing passes the entry being
 * edited: its id, its first recording and, when the time was not changed, its moment and zone
 * stay as they were.
 */
export function entryFromForm(
	form: CheckInForm,
	context: { id: string; now: Date; timeZone: string; finishLater?: boolean; editing?: Entry }
): EntryInput {
	if (!form.state) throw new Error('A check-in needs a state');
	const now = context.now.toISOString();
	const editing = context.editing;
	const timeUnchanged = editing !== undefined && form.when === formFromEntry(editing).when;
	const occurredAt = timeUnchanged
		? editing.occurredAt
		: (fromLocalInput(form.when)?.toISOString() ?? now);
	return {
		id: editing?.id ?? context.id,
		occurredAt,
		timeZone: timeUnchanged ? editing.timeZone : context.timeZone,
		recordedAt: editing?.recordedAt ?? now,
		updatedAt: now,
		state: form.state,
		activation: form.activation ?? undefined,
		triggerIds: [...form.triggerIds],
		partIds: [...form.partIds],
		selfPresent: form.selfPresent,
		body: optionalText(form.body),
		coping: form.coping.map((use) => ({ ...use })),
		glimmers: optionalText(form.glimmers),
		note: optionalText(form.note),
		bringToTherapy: form.bringToTherapy,
		finishLater: context.finishLater ?? false,
		noteFolded: editing?.noteFolded ?? false
	};
}

/** The form that edits an existing entry. */
export function formFromEntry(entry: Entry): CheckInForm {
	return {
		state: entry.state,
		triggerIds: [...entry.triggerIds],
		partIds: [...entry.partIds],
		selfPresent: entry.selfPresent,
		activation: entry.activation ?? null,
		body: entry.body ?? '',
		coping: entry.coping.map((use) => ({ ...use })),
		glimmers: entry.glimmers ?? '',
		note: entry.note ?? '',
		bringToTherapy: entry.bringToTherapy,
		when: toLocalInput(new Date(entry.occurredAt))
	};
}

export function toggle(list: readonly string[], id: string): string[] {
	return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export function toggleCoping(list: readonly CopingUse[], id: string): CopingUse[] {
	return list.some((use) => use.id === id)
		? list.filter((use) => use.id !== id)
		: [...list, { id }];
}

export function setHelped(list: readonly CopingUse[], id: string, helped: Helped | null) {
	return list.map((use) => (use.id === id ? (helped === null ? { id } : { id, helped }) : use));
}

/** A few sensations to tap into the body field. */
export const BODY_SENSATIONS = [
	'Tight chest',
	'Racing heart',
	'Shallow breath',
	'Knot in the stomach',
	'Clenched jaw',
	'Heavy limbs',
	'Numb',
	'Shaky',
	'Hot face',
	'Lump in the throat'
] as const;

/** Adds a sensation to the body text, once, separated by commas. */
export function addSensation(body: string, sensation: string): string {
	const parts = body
		.split(',')
		.map((p) => p.trim())
		.filter((p) => p !== '');
	if (parts.some((p) => p.toLowerCase() === sensation.toLowerCase())) return body;
	return [...parts, sensation.toLowerCase()].join(', ');
}
