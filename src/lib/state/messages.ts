import { StorageError } from '$lib/db/errors';
import { ValidationError } from '$lib/schemas/issues';

/** Why a save failed, in words that say nothing was lost and what to do next. */
export function saveFailedMessage(error: unknown, usedBytes?: number | null): string {
	const keep = 'What you wrote is still here.';
	if (error instanceof StorageError) {
		switch (error.problem) {
			case 'quota': {
				const used =
					usedBytes != null ? ` (Haven uses ${(usedBytes / (1024 * 1024)).toFixed(1)} MB)` : '';
				return `Couldn’t save: this device is out of space${used}. ${keep} Free some space, then try again.`;
			}
			case 'upgraded-elsewhere':
			case 'too-new':
				return `Couldn’t save: Haven was updated in another tab. ${keep} Copy anything long, then reload.`;
			default:
				return `Couldn’t save: ${error.message} ${keep} Try again in a moment.`;
		}
	}
	if (error instanceof ValidationError) {
		return `Couldn’t save: ${error.message}. ${keep}`;
	}
	return `Couldn’t save. ${keep} Try again in a moment.`;
}
