import { mergeCatalogue, BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import {
	copingStrategySchema,
	draftSchema,
	partSchema,
	settingsSchema,
	triggerTypeSchema,
	type CopingStrategy,
	type TriggerType
} from '$lib/schemas';
import { plainCodec, type RecordCodec } from './codec';
import { CollectionRepository } from './collection';
import { Connection, type ConnectionOptions } from './connection';
import { DocumentRepository } from './documents';
import { EntryRepository } from './entries';

export { Connection } from './connection';
export type { ConnectionEvent, StorageFaults } from './connection';
export { StorageError } from './errors';
export { DB_NAME, DB_VERSION } from './schema';

/** Everything the app reads and writes, behind one object the state classes hold. */
export class Repositories {
	readonly connection: Connection;
	readonly entries: EntryRepository;
	readonly triggers: CollectionRepository<typeof triggerTypeSchema>;
	readonly parts: CollectionRepository<typeof partSchema>;
	readonly coping: CollectionRepository<typeof copingStrategySchema>;
	readonly drafts: DocumentRepository<typeof draftSchema>;
	/** Small documents in `meta`; the settings are the one named `settings`. */
	readonly meta: DocumentRepository<typeof settingsSchema>;

	constructor(connection: Connection, codec: RecordCodec = plainCodec) {
		this.connection = connection;
		this.entries = new EntryRepository(connection, codec);
		this.triggers = new CollectionRepository(connection, codec, 'triggers', triggerTypeSchema);
		this.parts = new CollectionRepository(connection, codec, 'parts', partSchema);
		this.coping = new CollectionRepository(connection, codec, 'coping', copingStrategySchema);
		this.drafts = new DocumentRepository(connection, codec, 'drafts', draftSchema);
		this.meta = new DocumentRepository(connection, codec, 'meta', settingsSchema);
	}

	/** Built-in trigger types with the person's renames and additions. */
	async triggerCatalogue(): Promise<TriggerType[]> {
		return mergeCatalogue(BUILT_IN_TRIGGERS, await this.triggers.list());
	}

	async copingCatalogue(): Promise<CopingStrategy[]> {
		return mergeCatalogue(BUILT_IN_COPING, await this.coping.list());
	}
}

export function createRepositories(options: ConnectionOptions = {}, codec?: RecordCodec) {
	return new Repositories(new Connection(options), codec);
}
