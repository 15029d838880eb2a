/**
 * One article's ProseMirror view and everything it needs: the schema, history, keymaps, link gestures and the entity
 * highlight. React mounts it into a div and talks to it through this small interface; ProseMirror owns the text.
 */
import { EditorState, type Command } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import { editorKeymaps } from './keymap';
import { getHighlight, highlightPlugin, setHighlight, type EntityRef } from './highlightPlugin';
import { linkInteractionPlugin, type WikiLinkHover } from './linkInteraction';
import { anchorsIndexed, annotationPlugins, indexAnchors, type AnnotationItem } from '../annotations/annotationPlugin';
import { wikiLinkMarkView } from './wikiLinkView';
import { imageNodeView, type LoadImage } from './imageView';
import { wikiLinkSeqPlugin } from './wikiLinkSeq';
import { typingPlugin } from './typingPlugin';

/** What the article editor reports to, and asks of, the UI around it. */
export interface ArticleEditorOptions {
  mount: HTMLElement;
  /** The document to show (see `documentBuilder`). */
  doc: PMNode;
  editable: boolean;
  label: string;
  /** Annotations to draw from the start (already loaded when the editor is made), rather than on their arrival. */
  annotations?: readonly AnnotationItem[];
  onDocChange(doc: PMNode): void;
  onSelectionChange(state: EditorState): void;
  onHover(info: WikiLinkHover | null): void;
  openWikiLink(lang: string, target: string): void;
  openExternal(href: string): void;
  openLinkForm(): void;
  /** Fetches an image the reader asked to see (an image placeholder's "Load image"), as a data: URL. */
  loadImage: LoadImage;
}

/** The article editor's handle. */
export interface ArticleEditor {
  readonly view: EditorView;
  setEditable(editable: boolean): void;
  isEditable(): boolean;
  /** Highlights an entity's occurrences (null clears) and scrolls to the first; returns how many there are. */
  highlight(entity: EntityRef | null): number;
  /** Scrolls the n-th highlighted occurrence into view. */
  revealOccurrence(index: number): void;
  doc(): PMNode;
  run(command: Command): boolean;
  focus(): void;
  destroy(): void;
}

/** Creates the editor inside `options.mount`. */
export function createArticleEditor(options: ArticleEditorOptions): ArticleEditor {
  let editable = options.editable;
  performance.mark('glossa:editor-start');
  const state = EditorState.create({
    doc: options.doc,
    plugins: [
      history(),
      ...editorKeymaps({ openLinkForm: options.openLinkForm }),
      typingPlugin(),
      wikiLinkSeqPlugin(),
      highlightPlugin(),
      ...annotationPlugins(options.annotations),
      linkInteractionPlugin({
        openWikiLink: options.openWikiLink,
        openExternal: options.openExternal,
        hover: options.onHover,
        isEditing: () => editable,
      }),
    ],
  });
  // Built detached and attached once: inserting tens of thousands of nodes into a tree outside the document skips the
  // per-node work the browser does for nodes in a live document.
  const dom = document.createElement('div');
  const view: EditorView = new EditorView({ mount: dom }, {
    state,
    editable: () => editable,
    markViews: { wikiLink: wikiLinkMarkView },
    nodeViews: { image: imageNodeView(options.loadImage) },
    attributes: () => ({
      class: editable ? 'glossa-doc is-editing' : 'glossa-doc',
      'aria-label': options.label,
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-readonly': editable ? 'false' : 'true',
      'data-testid': 'article-doc',
      spellcheck: 'false',
    }),
    dispatchTransaction(tr) {
      const next = view.state.apply(tr);
      view.updateState(next);
      if (tr.docChanged) options.onDocChange(next.doc);
      if (tr.docChanged || tr.selectionSet) options.onSelectionChange(next);
    },
  });

  options.mount.appendChild(dom);
  // Named phases of opening an article, for the open benchmark and the browser's performance panel.
  performance.measure('glossa:editor', 'glossa:editor-start');

  const revealOccurrence = (index: number): void => {
    const el = view.dom.querySelector(`[data-occurrence="${index}"]`);
    if (el instanceof HTMLElement) el.scrollIntoView({ block: 'center', behavior: 'auto' });
  };

  return {
    view,
    setEditable(next) {
      editable = next;
      // Re-applying the state makes the view re-read `editable` and `attributes`.
      view.setProps({ editable: () => editable });
      if (!next) options.onHover(null);
      // Typing maps the annotations' places through every edit: indexed now rather than on the first keystroke.
      else if (!anchorsIndexed(view.state)) view.dispatch(indexAnchors(view.state.tr));
    },
    isEditable: () => editable,
    highlight(entity) {
      view.dispatch(setHighlight(view.state.tr, entity));
      const { count } = getHighlight(view.state);
      if (entity && count > 0) revealOccurrence(0);
      return count;
    },
    revealOccurrence,
    doc: () => view.state.doc,
    run: (command) => command(view.state, view.dispatch, view),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
