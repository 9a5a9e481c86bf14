import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md, "Words on screen": nothing blames, scores, diagnoses or pressures. This reads
 * every screen's markup and every sentence in the code and fails on words that wound, except
 * where a reviewed exception below says why the word is right there.
 */

const WOUNDING: [RegExp, string][] = [
	[/\bfail(s|ed|ure|ing)?\b/i, 'failure blames'],
	[/\bstreaks?\b/i, 'streaks gamify'],
	[/\b(bad|good) days?\b/i, 'days are not graded'],
	[/\bwrong\b/i, 'nothing the person does is wrong'],
	[/\bshould(n['’]t)?\b/i, 'no pressure'],
	[/\bmissed\b/i, 'a gap is welcomed back'],
	[/\byou haven['’]t (logged|checked)/i, 'no reminders of absence'],
	[/\b(score|badge|level up|achievement)s?\b/i, 'no gamification'],
	[/\b(crazy|lazy|overreact\w*|dramatic|weak)\b/i, 'no judgement'],
	[/\b(disorder|symptom|pathology|dysfunction\w*)\b/i, 'no diagnosis'],
	[/\binvalid\b/i, 'say what happened instead']
];

/** Reviewed: where a listed word is the right one, and why. */
const EXCEPTIONS: { file: string; text: string; why: string }[] = [
	{
		file: 'schemas/issues.ts',
		text: 'Invalid input',
		why: 'zod’s own fallback message, matched in order to replace it with plainer words'
	}
];

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === 'test-data' ? [] : files(full);
		return /\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
	});
}

/** What a person reads: markup text and attributes of .svelte files, sentences in strings. */
function visibleText(file: string): string[] {
	let source = readFileSync(file, 'utf8');
	const texts: string[] = [];
	if (file.endsWith('.svelte')) {
		const markup = source
			.replace(/<script[\s\S]*?<\/script>/g, '')
			.replace(/<style[\s\S]*?<\/style>/g, '')
			.replace(/<!--[\s\S]*?-->/g, '');
		texts.push(
			...markup
				.replace(/\{[^{}]*\}/g, ' ')
				.replace(/<[^>]*>/g, '\n')
				.split('\n')
				.map((t) => t.trim())
				.filter((t) => /[a-z]{3}/i.test(t))
		);
		source = (/<script[\s\S]*?<\/script>/.exec(source)?.[0] ?? '') + markup;
	}
	// Sentences in string literals: words with spaces, not code identifiers or status kinds.
	for (const match of source.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) {
		const text = match[2] ?? '';
		if (
			/^[A-Z“‘]?[\w’'“”‘,.!?:;()\-–—%${} ]+$/u.test(text) &&
			/\s/.test(text) &&
			/[A-Za-z]{2}\s[A-Za-z]/.test(text)
		) {
			texts.push(text);
		}
	}
	return texts;
}

describe('words on screen', () => {
	it('are found by this check (it reads markup and sentences, not code)', () => {
		const errorPage = visibleText(join(process.cwd(), 'src/routes/+error.svelte'));
		expect(errorPage).toContain('Your journal is safe and nothing was lost.');
		const form = visibleText(join(process.cwd(), 'src/lib/components/checkin/EntryForm.svelte'));
		expect(form).toContain('Saved. It’s in your journal.');
		const journal = visibleText(join(process.cwd(), 'src/lib/state/journal.svelte.ts'));
		expect(journal).toContain(
			'Couldn’t delete that entry. It is still in your journal. Try again.'
		);
		// A status kind in code is not text on screen.
		expect(journal).not.toContain('failed');
	});

	it('never blame, grade, gamify or pressure', () => {
		const root = join(process.cwd(), 'src');
		const found: string[] = [];
		for (const file of files(root)) {
			const name = relative(root, file);
			for (const text of visibleText(file)) {
				for (const [pattern, why] of WOUNDING) {
					if (!pattern.test(text)) continue;
					const allowed = EXCEPTIONS.some((e) => name.endsWith(e.file) && text.includes(e.text));
					if (!allowed) found.push(`${name}: “${text}” (${why})`);
				}
			}
		}
		expect(found).toEqual([]);
	});
});
