import type { Repositories } from '$lib/db';
import { connectionStatus } from './connection.svelte';

let repositories: Promise<Repositories> | null = null;

/**
 * The app's one way into storage, opened on first use. The storage layer (idb, zod and the
 * repositories) loads as its own chunk, after the check-in is already on screen and usable.
 */
export function repos(): Promise<Repositories> {
	repositories ??= import('$lib/db').then(
		({ createRepositories }) => createRepositories({ onEvent: connectionStatus.report }),
		(error: unknown) => {
			repositories = null;
			throw error;
		}
	);
	return repositories;
}
