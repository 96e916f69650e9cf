import * as z from 'zod/mini';
import { formatPath, type ParseResult } from './parse.js';
import { MESSAGES } from './validate.js';

// Its own module: the elements never run zod (they use the compiled validator), and an import
// of zod beside them would load it for nothing in a build without tree shaking.

/** Readable messages for zod's issue codes (the same words the compiled validator uses); checks
 * with their own `error` text keep it. */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
      if (issue.input === undefined) return MESSAGES.required;
      return issue.code === 'invalid_type'
        ? MESSAGES.type(issue.expected, issue.input)
        : MESSAGES.value(issue.values, issue.input);
    case 'invalid_union': {
      // a discriminated union whose key names no option: the allowed names, at the key's path
      if (issue.discriminator === undefined) return undefined;
      const tag = (issue.input as Record<string, unknown>)[issue.discriminator];
      const values = (issue.inst as { _zod: { propValues?: Record<string, Set<unknown>> } } | undefined)?._zod.propValues?.[issue.discriminator];
      return tag === undefined ? MESSAGES.required : MESSAGES.value([...(values ?? [])], tag);
    }
    case 'too_big':
      return issue.origin === 'array'
        ? MESSAGES.tooManyItems(Number(issue.maximum), (issue.input as unknown[]).length)
        : MESSAGES.tooLong(Number(issue.maximum), String(issue.input ?? '').length);
    case 'too_small':
      if (issue.origin === 'number' && issue.inclusive) return MESSAGES.tooSmall(Number(issue.minimum));
      return issue.origin === 'array' ? MESSAGES.tooFewItems(Number(issue.minimum)) : 'must not be empty';
    default:
      return undefined;
  }
};

/**
 * Runs a zod schema and turns its issues into readable problems. `parseRole` and
 * `parseRoleIndex` use the schemas' compiled form instead (same verdicts, no zod at run time);
 * this is for your own zod schemas built from rolekit's.
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  const result = z.safeParse(schema, input, { error: errorMap });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

