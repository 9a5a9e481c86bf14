import type * as z from 'zod/mini';
import { toProblems, ValidationError, type FieldProblem } from './issues';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export function safeParse<S extends z.ZodMiniType>(
	schema: S,
	value: unknown,
	prefix = ''
): ParseResult<z.output<S>> {
	const result = schema.safeParse(value);
	if (result.success) return { ok: true, value: result.data };
	return { ok: false, problems: toProblems(result.error.issues, value, prefix) };
}

export function parseOrThrow<S extends z.ZodMiniType>(
	schema: S,
	value: unknown,
	prefix = ''
): z.output<S> {
	const result = safeParse(schema, value, prefix);
	if (!result.ok) throw new ValidationError(result.problems);
	return result.value;
}
