import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** A file's bytes, or why it gave none: an error code (`EACCES`, `ENAMETOOLONG` …), `not-regular` or `too-large`. */
export type RegularFile = { ok: true; bytes: Buffer } | { ok: false; code: string; size?: number };

/**
 * Reads a file only if it is a regular file, checked on the open file itself: a path that was a
 * file when its folder was listed and is a FIFO, a device or a link by the time it is read is
 * refused without blocking (a FIFO opened for reading would wait for a writer forever). A file
 * over `maxBytes` is refused unread. Never throws.
 */
export function readRegularFile(path: string | Buffer, maxBytes: number = Number.POSITIVE_INFINITY): RegularFile {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    // O_NOFOLLOW refuses a symbolic link with ELOOP.
    return { ok: false, code: code === 'ELOOP' ? 'not-regular' : code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, code: 'not-regular' };
    if (stat.size > maxBytes) return { ok: false, code: 'too-large', size: stat.size };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return { ok: false, code: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    closeSync(fd);
  }
}
