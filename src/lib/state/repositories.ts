import { createRepositories, type Repositories } from '$lib/db';
import { connectionStatus } from './connection.svelte';

let repositories: Repositories | null = null;

/** The app's one way into storage, opened on first use. */
export function repos(): Repositories {
	repositories ??= createRepositories({ onEvent: connectionStatus.report });
	return repositories;
}
