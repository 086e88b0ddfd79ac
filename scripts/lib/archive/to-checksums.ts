import { createHash } from 'node:crypto';

/** A file going into the archive: its path inside the archive folder and its bytes. */
export type ArchiveFile = { path: string; content: Uint8Array };

/**
 * Returns a SHA-256 manifest of `files` in the format `sha256sum -c` reads, one line per file
 * in the order given. Names holding a backslash or a newline are escaped the way GNU sha256sum
 * writes them (the line then starts with a backslash).
 *
 * @example toChecksums([{ path: 'index.html', content: new Uint8Array() }])
 * // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  index.html\n'
 */
export function toChecksums(files: readonly ArchiveFile[]): string {
  return files
    .map((file) => {
      const hash = createHash('sha256').update(file.content).digest('hex');
      const escaped = /[\\\n\r]/.test(file.path);
      const name = escaped ? file.path.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r') : file.path;
      return `${escaped ? '\\' : ''}${hash}  ${name}\n`;
    })
    .join('');
}
