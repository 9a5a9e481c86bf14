import type { EntryInput, StateId } from '$lib/schemas';

/** What the check-in form holds; everything but the state is optional. */
export interface CheckInForm {
	state: StateId | null;
	triggerIds: string[];
	activation: number | null;
	note: string;
}

export function emptyForm(): CheckInForm {
	return { state: null, triggerIds: [], activation: null, note: '' };
}

/** Turns a filled form into an entry to validate and store. */
export function entryFromForm(
	form: CheckInForm,
	context: { id: string; now: Date; timeZone: string }
): EntryInput {
	if (!form.state) throw new Error('A check-in needs a state');
	const now = context.now.toISOString();
	return {
		id: context.id,
		occurredAt: now,
		timeZone: context.timeZone,
		recordedAt: now,
		updatedAt: now,
		state: form.state,
		activation: form.activation ?? undefined,
		triggerIds: [...form.triggerIds],
		note: form.note.trim() === '' ? undefined : form.note
	};
}
