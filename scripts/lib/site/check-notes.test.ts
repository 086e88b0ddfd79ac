import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkNotes } from './check-notes.ts';

function notes(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'dossier-notes-')), 'companies');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('checkNotes', () => {
  test('valid notes, a missing folder and other files pass', () => {
    expect(checkNotes(notes({ 'alibaba.mdx': "---\ntitle: Desk notes\nupdated: '2026-01-05'\n---\n\nText {1 + 1}\n", 'readme.txt': 'x' }))).toEqual([]);
    expect(checkNotes(join(tmpdir(), 'no-such-folder'))).toEqual([]);
  });

  test('each bad note is named with the field and what to write', () => {
    const dir = notes({
      'a.mdx': "---\nupdated: '2026-13-05'\n---\n",
      'b.mdx': '---\nuptdated: 2026-01-05\n---\n',
      'c.mdx': '---\ntitle: [unclosed\n---\n',
      'd.mdx': '---\nupdated: 2026-01-05\n---\n',
    });
    expect(checkNotes(dir)).toEqual([
      `${dir}/a.mdx has invalid front-matter (updated: "2026-13-05" is not a day of the calendar; write a real day as YYYY-MM-DD, e.g. 2025-02-28); fix it (fields: title, author, updated (YYYY-MM-DD)).`,
      expect.stringMatching(new RegExp(`^${dir}/b\\.mdx has invalid front-matter \\(front-matter: Unrecognized key: "uptdated"`)),
      expect.stringMatching(new RegExp(`^${dir}/c\\.mdx: the front-matter is not valid YAML`)),
      `${dir}/d.mdx has invalid front-matter (updated: 2026-01-05 is read as a timestamp, not a day; put it in quotes: updated: '2026-01-05'); fix it (fields: title, author, updated (YYYY-MM-DD)).`,
    ]);
  });
});
