import { describe, expect, it } from 'vitest';
import { checkBeads, insertGap } from '../../../../shared/align/edit';
import { realign } from '../../../../shared/align/realign';
import type { Bead } from '../../../../shared/align/types';

const bead = (zh: number[], en: number[], confidence = 0.9): Bead => ({ zh, en, confidence });
const shapes = (beads: Bead[]) => beads.map((b) => `${b.zh.join(',')}|${b.en.join(',')}`);

describe('realign', () => {
  it('keeps confirmed beads exactly and re-aligns the stretches between them', () => {
    const zh = ['卡塔尔周三宣布了 110 名外国人离开加沙的消息。', '埃及接收了 45 名伤员。', '以色列说谈判将于 11 月 15 日恢复。', '美国欢迎这一进展。'];
    const en = [
      'Qatar announced on Wednesday that 110 foreigners had left Gaza.',
      'Egypt took in 45 wounded people.',
      'Israel said talks would resume on November 15.',
      'The United States welcomed the progress.',
    ];
    // A person decided that zh 1 was not translated and confirmed zh 2 = en 1 (wrong, but theirs to decide).
    let beads: Bead[] = [bead([0], [0]), bead([1, 2], [1]), bead([3], [2, 3])];
    beads = insertGap(beads, 1, 'zh', 'before');
    expect(shapes(beads)).toEqual(['0|0', '1|', '2|1', '3|2,3']);
    const out = realign(zh, en, beads);
    checkBeads(out, 4, 4);
    expect(shapes(out)).toEqual(['0|0', '1|', '2|1', '|2', '3|3']);
    expect(out.find((b) => b.zh.length === 1 && b.zh[0] === 1 && b.en.length === 0)?.status).toBe('confirmed');
    expect(out.find((b) => b.zh[0] === 3)?.en).toEqual([3]);
    expect(out.find((b) => b.zh[0] === 3)?.status).toBe('auto');
  });
});
