/// <reference lib="webworker" />
/**
 * Checks a backup file off the main thread, so a file of many megabytes never freezes the
 * page. Receives { text, known }; posts { progress } while it works, then { result }.
 */
import { checkBackup, type BackupCheck } from './backup';

export interface CheckRequest {
	text: string;
	known: { triggers: string[]; parts: string[]; coping: string[] };
}

export type CheckMessage =
	{ type: 'progress'; checked: number; total: number } | { type: 'result'; result: BackupCheck };

const worker = self as unknown as DedicatedWorkerGlobalScope;

worker.onmessage = (event: MessageEvent<CheckRequest>) => {
	const { text, known } = event.data;
	const result = checkBackup(
		text,
		{
			triggers: new Set(known.triggers),
			parts: new Set(known.parts),
			coping: new Set(known.coping)
		},
		(checked, total) =>
			worker.postMessage({ type: 'progress', checked, total } satisfies CheckMessage)
	);
	worker.postMessage({ type: 'result', result } satisfies CheckMessage);
};
