/**
 * The warning `glossa check` and the translation exports print when an article's Chinese changed after it was
 * aligned (a revised import or an edit): their pairs are the aligned sentences, no longer the article's text, and a
 * check that passes or a TMX that is written then says nothing about the current article. The desktop app shows the
 * same state (`stale`) in the translation view; on the command line it goes to stderr, so stdout stays the result.
 */
import type { GlossaServices } from '../../../services/services';
import type { CliContext } from '../command';

/** Writes the warning when the alignment of article `id` is stale; `what` names the output ("these findings"). */
export function warnIfAlignmentStale(id: number, what: string, io: CliContext['io'], services: GlossaServices): void {
  const workspace = services.translation.workspace.workspace(id);
  if (!workspace.stale || workspace.english === null) return;
  io.stderr.write(
    `glossa: warning: the Chinese of article #${id} changed after it was aligned; ${what} use the Chinese as it was then. ` +
      `Align it again to check the current text: glossa align ${id} --en FILE\n`,
  );
}
