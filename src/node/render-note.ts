/**
 * Renders a company's hand-written notes so that a note that fails names itself (Node only).
 *
 * Notes are MDX, and MDX is code: a note may import modules and run expressions while the site is
 * built (docs/safety.md). That is fine for files the site owner writes, but a note that threw
 * stopped the build with a trace through Astro's internals, and one that called `process.exit()`
 * ended it with no message at all. Two guards, because Astro renders a component's content
 * before the component itself:
 *
 * - `guardNote` wraps the note's `Content` so that everything it runs carries the note's file in
 *   an `AsyncLocalStorage` context; `process.exit()` called in that context throws an error naming
 *   the note instead of ending the build (any other caller still exits).
 * - `renderNote` (in `NoteBody.astro`) awaits the rendered note and rethrows any error naming it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const renderingNote = new AsyncLocalStorage<string>();
let exitGuarded = false;

/**
 * Returns the component `content` (a note's `Content` from `render()`), run as the note in `file`.
 *
 * @example const Notes = guardNote((await render(notes)).Content, 'content/companies/alibaba.mdx');
 */
export function guardNote<Component extends (...args: never[]) => unknown>(content: Component, file: string): Component {
  guardExit();
  const guarded = (...args: Parameters<Component>) => renderingNote.run(file, () => content(...args));
  // Astro tells its own components by properties of the function (isAstroComponentFactory …).
  return Object.assign(guarded, content) as unknown as Component;
}

/**
 * Awaits `render` (the note rendered to HTML: `Astro.slots.render('default')`) and returns the
 * HTML; an error is rethrown naming `file` and what to do.
 */
export async function renderNote(file: string, render: () => Promise<string>): Promise<string> {
  try {
    return await render();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (reason.startsWith(`The note ${file} `)) throw error;
    throw new Error(`The note ${file} failed while the site was built: ${reason}. Notes are MDX that the build runs: fix the note (or move it out of content/companies) and build again.`, { cause: error });
  }
}

function guardExit(): void {
  if (exitGuarded) return;
  exitGuarded = true;
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    const file = renderingNote.getStore();
    if (file !== undefined) throw new Error(`The note ${file} called process.exit(${code ?? ''}) while the site was built, which would have ended the build without a word; remove that from the note and build again.`);
    return exit(code);
  }) as typeof process.exit;
}
