/** Storage failures in words the person can act on. Nothing here is ever silent. */

export type StorageProblem =
	'quota' | 'closed' | 'too-new' | 'blocked' | 'upgraded-elsewhere' | 'unavailable' | 'unknown';

export class StorageError extends Error {
	readonly problem: StorageProblem;
	constructor(problem: StorageProblem, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'StorageError';
		this.problem = problem;
	}
}

function errorName(error: unknown): string {
	return error instanceof Error || error instanceof DOMException ? error.name : '';
}

export function classify(error: unknown): StorageProblem {
	if (error instanceof StorageError) return error.problem;
	switch (errorName(error)) {
		case 'QuotaExceededError':
			return 'quota';
		case 'InvalidStateError':
			return 'closed';
		case 'VersionError':
			return 'too-new';
		default:
			return 'unknown';
	}
}
