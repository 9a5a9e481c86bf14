import { BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import { systemClock } from '$lib/domain/clock';
import { newId } from '$lib/domain/ids';
import { checkName, type NameCheck } from '$lib/domain/parts';
import { rankByUse, topUsed, usageScores } from '$lib/domain/ranking';
import type { CopingStrategy, Part, PartRole, TriggerGroup, TriggerType } from '$lib/schemas';
import { repos } from './repositories';

/** How many recent entries decide what "recently and often used" means. */
const USAGE_WINDOW = 300;

export type AddResult<T> =
	{ ok: true; item: T } | { ok: false; check?: NameCheck; message: string };

const SAVE_FAILED = 'Couldn’t save that just now. Nothing was lost. Try again.';

function slug(label: string): string {
	const base = label
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `custom-${base || 'item'}-${newId().slice(0, 8)}`;
}

/**
 * The person's vocabulary: trigger types, coping strategies and parts, with what was used
 * recently and often first. Built-ins are there at once; stored ones follow.
 */
class Catalogue {
	#triggers = $state.raw<readonly TriggerType[]>(BUILT_IN_TRIGGERS);
	#coping = $state.raw<readonly CopingStrategy[]>(BUILT_IN_COPING);
	#parts = $state.raw<readonly Part[]>([]);
	#triggerScores = $state.raw<ReadonlyMap<string, number>>(new Map());
	#partScores = $state.raw<ReadonlyMap<string, number>>(new Map());
	#copingScores = $state.raw<ReadonlyMap<string, number>>(new Map());
	#loaded: Promise<void> | null = null;

	get triggers() {
		return this.#triggers;
	}
	get coping() {
		return this.#coping;
	}
	get parts() {
		return this.#parts;
	}
	get activeTriggers() {
		return this.#triggers.filter((t) => !t.archived);
	}
	get activeCoping() {
		return rankByUse(
			this.#coping.filter((c) => !c.archived),
			this.#copingScores
		);
	}
	/** Parts for the pickers: archived ones leave, most used first. */
	get activeParts() {
		return rankByUse(
			this.#parts.filter((p) => !p.archived),
			this.#partScores
		);
	}
	/** Up to six triggers used recently and often, for the row above the full catalogue. */
	get oftenUsedTriggers() {
		return topUsed(this.activeTriggers, this.#triggerScores, 6);
	}

	triggerLabel(id: string): string {
		return this.#triggers.find((t) => t.id === id)?.label ?? 'A trigger no longer listed';
	}
	copingLabel(id: string): string {
		return this.#coping.find((c) => c.id === id)?.label ?? 'Something no longer listed';
	}
	part(id: string): Part | undefined {
		return this.#parts.find((p) => p.id === id);
	}

	load(): Promise<void> {
		this.#loaded ??= this.refresh().catch(() => {
			// Built-ins still work; the storage problem is shown by the connection status.
			this.#loaded = null;
		});
		return this.#loaded;
	}

	async refresh(): Promise<void> {
		const r = await repos();
		const [triggers, coping, parts] = await Promise.all([
			r.triggerCatalogue(),
			r.copingCatalogue(),
			r.parts.list()
		]);
		this.#triggers = triggers;
		this.#coping = coping;
		this.#parts = [...parts].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
	}

	/**
	 * Learns what was used recently and often, from the newest entries. Only the check-in
	 * needs it, so only the check-in asks, after it is on screen.
	 */
	async loadUsage(): Promise<void> {
		try {
			const recent = await (await repos()).entries.page(0, USAGE_WINDOW);
			const now = systemClock();
			const uses = (pick: (e: (typeof recent.entries)[number]) => readonly string[]) =>
				recent.entries.map((e) => ({ occurredAt: e.occurredAt, ids: pick(e) }));
			this.#triggerScores = usageScores(
				uses((e) => e.triggerIds),
				now
			);
			this.#partScores = usageScores(
				uses((e) => e.partIds),
				now
			);
			this.#copingScores = usageScores(
				uses((e) => e.coping.map((c) => c.id)),
				now
			);
		} catch {
			// Without it the catalogue keeps its own order; nothing else depends on it.
		}
	}

	async addTrigger(
		label: string,
		group: TriggerGroup,
		allowDuplicate = false
	): Promise<AddResult<TriggerType>> {
		const check = checkName(
			label,
			this.#triggers.map((t) => t.label),
			allowDuplicate
		);
		if (!check.ok) return { ok: false, check, message: check.message };
		const item: TriggerType = {
			id: slug(check.name),
			label: check.name,
			group,
			builtIn: false,
			archived: false
		};
		return this.#save(async () => (await repos()).triggers.put(item), item);
	}

	async addCoping(label: string, allowDuplicate = false): Promise<AddResult<CopingStrategy>> {
		const check = checkName(
			label,
			this.#coping.map((c) => c.label),
			allowDuplicate
		);
		if (!check.ok) return { ok: false, check, message: check.message };
		const item: CopingStrategy = {
			id: slug(check.name),
			label: check.name,
			builtIn: false,
			archived: false
		};
		return this.#save(async () => (await repos()).coping.put(item), item);
	}

	async addPart(
		fields: { name: string; role: PartRole; description?: string; color?: string },
		allowDuplicate = false
	): Promise<AddResult<Part>> {
		const check = checkName(
			fields.name,
			this.#parts.map((p) => p.name),
			allowDuplicate
		);
		if (!check.ok) return { ok: false, check, message: check.message };
		const item: Part = {
			id: newId(),
			name: check.name,
			role: fields.role,
			description: fields.description?.trim() || undefined,
			color: fields.color,
			archived: false,
			createdAt: systemClock().toISOString()
		};
		return this.#save(async () => (await repos()).parts.put(item), item);
	}

	/** Renames, re-describes or archives; the id never changes. */
	async updateTrigger(item: TriggerType): Promise<AddResult<TriggerType>> {
		return this.#save(async () => (await repos()).triggers.put(item), item);
	}
	async updateCoping(item: CopingStrategy): Promise<AddResult<CopingStrategy>> {
		return this.#save(async () => (await repos()).coping.put(item), item);
	}
	async updatePart(item: Part): Promise<AddResult<Part>> {
		return this.#save(async () => (await repos()).parts.put(item), item);
	}

	async #save<T>(write: () => Promise<unknown>, item: T): Promise<AddResult<T>> {
		try {
			await write();
			await this.refresh();
			return { ok: true, item };
		} catch {
			return { ok: false, message: SAVE_FAILED };
		}
	}
}

export const catalogue = new Catalogue();
