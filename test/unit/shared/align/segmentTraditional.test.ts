import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../../shared/align/segment';

describe('Chinese segmentation of traditional text', () => {
  it('keeps a corner-bracket quotation and its traditional attribution together', () => {
    const texts = (t: string) => segmentSentences(t, 'zh').map((s) => s.text);
    expect(texts('「我們不會放棄。」他說。下一句。')).toEqual(['「我們不會放棄。」他說。', '下一句。']);
    expect(texts('『這是歷史性的。』商務部長稱。')).toEqual(['『這是歷史性的。』商務部長稱。']);
    expect(texts('「好。」這是一個很長的句子，並不是任何人說的話，只是敘述而已。')).toHaveLength(2);
  });
});
