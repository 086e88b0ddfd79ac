import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { noteSchema } from '../../../src/lib/note-schema.ts';
import { compareText } from '../../../src/lib/compare.ts';

const fields = 'title, author, updated (YYYY-MM-DD)';

/**
 * Checks the front-matter of every note in `dir` (`<company id>.mdx`) against the site's schema
 * before anything is built, so one typo stops the build with the file, the field and what to write
 * instead, rather than halfway through the site. Returns one message per bad note; none for a
 * missing folder. The notes' MDX body is code the site owner runs (docs/safety.md): it is checked
 * when it renders, and a note that fails there names itself (`src/node/render-note.ts`).
 */
export function checkNotes(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort(compareText);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    return [`Could not read the notes folder ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check its permissions.`];
  }
  return names.flatMap((name) => {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = matter(readFileSync(file, 'utf8'), {}).data;
    } catch (error) {
      return [`${file}: the front-matter is not valid YAML (${(error as Error).message.split('\n')[0]}); fix it between the two --- lines.`];
    }
    const result = noteSchema.safeParse(data);
    if (result.success) return [];
    // YAML reads an unquoted 2026-01-05 as a timestamp; the site wants the day as text.
    const issues = result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const value = (data as Record<string, unknown>)[key];
      if (!(value instanceof Date)) return `${issue.path.join('.') || 'front-matter'}: ${issue.message}`;
      const day = value.toISOString().slice(0, 10);
      return `${key}: ${day} is read as a timestamp, not a day; put it in quotes: ${key}: '${day}'`;
    });
    return [`${file} has invalid front-matter (${issues.join('; ')}); fix it (fields: ${fields}).`];
  });
}
