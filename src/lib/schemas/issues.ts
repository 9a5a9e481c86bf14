import type { core } from 'zod/mini';

/**
 * zod/mini ships no English messages (that saves about 20 KB on the check-in page),
 * so the plain-language messages live here. A path reads like `entries[12].state`.
 */

export interface FieldProblem {
	path: string;
	message: string;
}

export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
	let out = prefix;
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let value = root;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function describe(issue: core.$ZodIssue, root: unknown): string {
	switch (issue.code) {
		case 'invalid_value':
			return `expected one of ${issue.values.map((v) => String(v)).join(', ')}`;
		case 'invalid_type':
			return valueAt(root, issue.path) === undefined
				? 'is missing'
				: `expected ${article(issue.expected)}`;
		case 'too_big':
			if (issue.origin === 'string')
				return `is too long (at most ${String(issue.maximum)} characters)`;
			if (issue.origin === 'array') return `has too many items (at most ${String(issue.maximum)})`;
			return `expected a number no more than ${String(issue.maximum)}`;
		case 'too_small':
			return issue.origin === 'string'
				? Number(issue.minimum) === 1
					? 'is empty'
					: `is too short (at least ${String(issue.minimum)} characters)`
				: `expected a number no less than ${String(issue.minimum)}`;
		case 'invalid_format':
			if (issue.format === 'datetime') {
				return 'expected a date and time like 2026-11-20T21:15:00.000Z';
			}
			return `is not a valid ${issue.format}`;
		case 'unrecognized_keys':
			return `has unknown fields: ${issue.keys.join(', ')}`;
		default:
			return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
	}
}

function article(expected: string): string {
	if (expected === 'int') return 'a whole number';
	if (expected === 'array') return 'a list';
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** `root` is the value that was parsed: it tells a missing field from a wrong one. */
export function toProblems(
	issues: readonly core.$ZodIssue[],
	root: unknown,
	prefix = ''
): FieldProblem[] {
	return issues.map((issue) => ({
		path: formatPath(issue.path, prefix) || '(the whole record)',
		message: describe(issue, root)
	}));
}

export function problemText(problem: FieldProblem): string {
	return `${problem.path}: ${problem.message}`;
}

/** Thrown when a record does not match its schema, at any boundary. */
export class ValidationError extends Error {
	readonly problems: FieldProblem[];
	constructor(problems: FieldProblem[]) {
		super(problems.map(problemText).join('; '));
		this.name = 'ValidationError';
		this.problems = problems;
	}
}
