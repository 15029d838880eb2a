/** What each motivation is called in the UI: the words a checker uses, not the W3C terms. */
import type { Motivation } from '../../shared/model/annotation';

/** The label of each motivation. */
export const MOTIVATION_LABEL: Record<Motivation, string> = {
  commenting: 'Comment',
  tagging: 'Tag',
  highlighting: 'Highlight',
  questioning: 'Question',
  linking: 'Link',
  assessing: 'Claim',
};
