import type { z } from 'astro/zod';

/**
 * Validates `value` against `schema`, throwing one readable error that lists every issue as
 * `path: reason` under the given heading.
 *
 * @example parseOrThrow(articleSchema, data, 'Invalid front-matter for content/articles/x.mdx')
 */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, heading: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${heading}\n${lines.join('\n')}`, { cause: result.error });
}
