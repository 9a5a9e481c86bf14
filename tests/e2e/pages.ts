import { expect, type Locator, type Page } from '@playwright/test';

export type StateName = 'Hypervigilant' | 'Shut down' | 'Regulated';

/** The check-in screen, as a person uses it. */
export class CheckInPage {
	readonly page: Page;
	readonly saveButton: Locator;
	readonly saved: Locator;

	constructor(page: Page) {
		this.page = page;
		this.saveButton = page.getByRole('button', { name: 'Save check-in' });
		this.saved = page.getByRole('status').filter({ hasText: 'Saved. It’s in your journal.' });
	}

	async goto() {
		await this.page.goto('/');
		await expect(this.stateButton('Regulated')).toBeVisible();
	}

	stateButton(name: StateName): Locator {
		return this.page.getByRole('button', { name: new RegExp(`^${name}`) });
	}

	async chooseState(name: StateName) {
		await this.stateButton(name).click();
		await expect(this.stateButton(name)).toHaveAttribute('aria-pressed', 'true');
	}

	async openMore() {
		await this.page.getByText('Add more').click();
	}

	async save() {
		await this.saveButton.click();
		await expect(this.saved).toBeVisible();
	}

	noteField(): Locator {
		return this.page.getByRole('textbox', { name: 'Anything you want to note' });
	}
}

/** The journal screen. */
export class JournalPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async goto() {
		await this.page.goto('/journal');
		await expect(this.page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
		await expect(this.page.getByText('Opening your journal…')).toBeHidden();
	}

	entries(): Locator {
		return this.page.getByRole('article');
	}

	day(label: string): Locator {
		return this.page.getByRole('region', { name: label });
	}
}
