import { BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import { systemClock } from '$lib/domain/clock';
import { newId } from '$lib/domain/ids';
import { checkName } from '$lib/domain/parts';
import { rankByUse, topUsed, usageScores } from '$lib/domain/ranking';
import type { CopingStrategy, Part, PartRole, TriggerGroup, TriggerType } from '$lib/schemas';
import { lockStatus } from './lock-status.svelte';
import { repos } from './repositories';

/** How many recent entries decide what "recently and often used" means. */
const USAGE_WINDOW = 300;

/** Why a change was not made. A duplicate name can be confirmed and tried again. */
export interface Refusal {
	message: string;
	duplicate: boolean;
}

export type SaveResult<T> = { ok: true; item: T } | ({ ok: false } & Refusal);

export interface PartFields {
	name: string;
	role: PartRole;
	description?: string;
	color?: string;
}

/** A name checked against the others in its list (never empty; duplicates once confirmed). */
function named(
	label: string,
	others: readonly string[],
	allowDuplicate: boolean
): { ok: true; name: string } | ({ ok: false } & Refusal) {
	const check = checkName(label, others, allowDuplicate);
	if (check.ok) return check;
	return { ok: false, message: check.message, duplicate: check.problem === 'duplicate' };
}

const labelsExcept = <T extends { id: string }>(
	items: readonly T[],
	id: string,
	pick: (item: T) => string
) => items.filter((item) => item.id !== id).map(pick);

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
			const r = await repos();
			// Locked, no entry can be read: skip the read rather than fail every row.
			if (lockStatus.locked) return;
			const recent = await r.entries.page(0, USAGE_WINDOW);
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
	): Promise<SaveResult<TriggerType>> {
		const checked = named(
			label,
			labelsExcept(this.#triggers, '', (t) => t.label),
			allowDuplicate
		);
		if (!checked.ok) return checked;
		const item: TriggerType = {
			id: slug(checked.name),
			label: checked.name,
			group,
			builtIn: false,
			archived: false
		};
		return this.updateTrigger(item);
	}

	async addCoping(label: string, allowDuplicate = false): Promise<SaveResult<CopingStrategy>> {
		const checked = named(
			label,
			labelsExcept(this.#coping, '', (c) => c.label),
			allowDuplicate
		);
		if (!checked.ok) return checked;
		const item: CopingStrategy = {
			id: slug(checked.name),
			label: checked.name,
			builtIn: false,
			archived: false
		};
		return this.updateCoping(item);
	}

	async addPart(fields: PartFields, allowDuplicate = false): Promise<SaveResult<Part>> {
		const checked = named(
			fields.name,
			labelsExcept(this.#parts, '', (p) => p.name),
			allowDuplicate
		);
		if (!checked.ok) return checked;
		return this.updatePart({
			id: newId(),
			name: checked.name,
			role: fields.role,
			description: fields.description?.trim() || undefined,
			color: fields.color,
			archived: false,
			createdAt: systemClock().toISOString()
		});
	}

	/** Renames keep the id, so old entries follow the new name. */
	async renameTrigger(
		item: TriggerType,
		label: string,
		allowDuplicate = false
	): Promise<SaveResult<TriggerType>> {
		const others = labelsExcept(this.#triggers, item.id, (t) => t.label);
		const checked = named(label, others, allowDuplicate);
		return checked.ok ? this.updateTrigger({ ...item, label: checked.name }) : checked;
	}

	async renameCoping(
		item: CopingStrategy,
		label: string,
		allowDuplicate = false
	): Promise<SaveResult<CopingStrategy>> {
		const others = labelsExcept(this.#coping, item.id, (c) => c.label);
		const checked = named(label, others, allowDuplicate);
		return checked.ok ? this.updateCoping({ ...item, label: checked.name }) : checked;
	}

	async editPart(
		part: Part,
		fields: PartFields,
		allowDuplicate = false
	): Promise<SaveResult<Part>> {
		const checked = named(
			fields.name,
			labelsExcept(this.#parts, part.id, (p) => p.name),
			allowDuplicate
		);
		if (!checked.ok) return checked;
		return this.updatePart({
			...part,
			name: checked.name,
			role: fields.role,
			description: fields.description?.trim() || undefined,
			color: fields.color
		});
	}

	/** Writes an item as it is (archiving, bringing back); the id never changes. */
	async updateTrigger(item: TriggerType): Promise<SaveResult<TriggerType>> {
		return this.#save(async () => (await repos()).triggers.put(item), item);
	}
	async updateCoping(item: CopingStrategy): Promise<SaveResult<CopingStrategy>> {
		return this.#save(async () => (await repos()).coping.put(item), item);
	}
	async updatePart(item: Part): Promise<SaveResult<Part>> {
		return this.#save(async () => (await repos()).parts.put(item), item);
	}

	async #save<T>(write: () => Promise<unknown>, item: T): Promise<SaveResult<T>> {
		try {
			await write();
			await this.refresh();
			return { ok: true, item };
		} catch {
			return { ok: false, message: SAVE_FAILED, duplicate: false };
		}
	}
}

export const catalogue = new Catalogue();
