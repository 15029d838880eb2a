import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../../shared/align/align';
import { isNote } from '../../../../shared/align/features';

const key = (b: { zh: number[]; en: number[] }) => `${b.zh.join(',')}|${b.en.join(',')}`;

describe("translator's and editor's notes", () => {
  it('recognises notes marked at their start or end, in either language', () => {
    for (const zh of ['（译者注：美联储是美国的中央银行。）', '（編者註：TFLOPS 即每秒萬億次浮點運算。）', '（注：数据截至周二。）', '（美元兑新台币约为 1:32。——译者）', '责任编辑：张三', '（記者：何家樂）']) {
      expect(isNote(zh, 'zh'), zh).toBe(true);
    }
    for (const en of ["[Translator's note: ICUBE-Q was built in Islamabad.]", "(Editor's note: figures are provisional.)", '(Note: data to Tuesday.)', '[US$1 is about NT$32. — Trans.]', '(Subdivided flats are small units. -- Trans.)', 'Reporting by Ho Ka-lok; editing by Mark St. John Jr.', '(Additional reporting by Reuters.)', '(This interview has been edited for length and clarity.)']) {
      expect(isNote(en, 'en'), en).toBe(true);
    }
    for (const s of ['（周四刊出。）', '注意安全。', 'Note that rates rose.', '(Laughs)', 'He read the note: "Leave now."', "Reporting by the BBC has been criticised.", 'Reporting by Reuters was accurate.', '编辑部表示欢迎。']) {
      expect(isNote(s, /\p{Script=Han}/u.test(s) ? 'zh' : 'en'), s).toBe(false);
    }
  });

  it('leaves a note added to one text alone instead of pairing it with the sentence it explains', () => {
    // Before notes were recognised, the note took the Chinese sentence (both name ICUBE-Q) and the real translation
    // was left out.
    const zh = ['此次任务搭载了法国、意大利、瑞典和巴基斯坦的 4 台科学载荷。', '其中，巴基斯坦的立方星 ICUBE-Q 将绕月飞行并拍摄图像。', '月球背面始终背对地球。'];
    const en = [
      'The mission carries four scientific payloads from France, Italy, Sweden and Pakistan.',
      "Among them, Pakistan's cubesat ICUBE-Q will orbit the Moon and take pictures.",
      "[Translator's note: ICUBE-Q was built by the Institute of Space Technology in Islamabad.]",
      'The far side always faces away from the Earth.',
    ];
    expect(alignSentences(zh, en).map(key)).toEqual(['0|0', '1|1', '|2', '2|3']);
  });

  it('pairs a note that is itself translated', () => {
    const zh = ['周二共有 86 个航班取消。', '（编者注：数据截至周二晚间 8 时。）', '台电已调派 2000 多名人员待命。'];
    const en = ['Eighty-six flights were cancelled on Tuesday.', "(Editor's note: figures as of 8 p.m. Tuesday.)", 'Taipower has put more than 2,000 workers on standby.'];
    expect(alignSentences(zh, en).map(key)).toEqual(['0|0', '1|1', '2|2']);
  });
});
