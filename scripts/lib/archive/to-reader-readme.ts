/** What the reader's README describes. */
export type ReaderReadmeFacts = { date: string; folder: string; pageCount: number; articleCount: number; fileCount: number };

/**
 * Returns the short README.txt that opens the archive, for a reader who has nothing but the zip.
 * Plain text with CRLF-free lines, so it reads the same in any editor.
 */
export function toReaderReadme(facts: ReaderReadmeFacts): string {
  const articles = facts.articleCount === 1 ? '1 article' : `${facts.articleCount} articles`;
  return `Dossier archive of ${facts.date}
${'='.repeat(`Dossier archive of ${facts.date}`.length)}

How to read it
  Unzip the archive, open the folder ${facts.folder} and double-click index.html.
  It opens in your web browser. No internet connection and no server are needed.

Search
  Search works offline too: use the search box at the top of any page.

What is inside
  ${articles} on ${facts.pageCount} pages (index.html lists them, newest first),
  the search index (folder pagefind/), and these two files:
  README.txt  this text
  SHA256SUMS  a SHA-256 checksum of every other file (${facts.fileCount} files)

Check that nothing was changed or damaged
  In a terminal, inside the folder ${facts.folder}:
    sha256sum -c SHA256SUMS        (Linux; macOS: shasum -a 256 -c SHA256SUMS)
  Every line should end in OK.
`;
}
