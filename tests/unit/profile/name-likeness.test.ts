import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { nameCandidates } from '../../../utils/profile/name-candidates';
import { isNameLike } from '../../../utils/profile/name-likeness';

describe('what reads as a name', () => {
  it('takes a Chinese or Korean name in its own script, but not a longer run of characters', () => {
    expect(isNameLike('刘刚军')).toBe(true);
    expect(isNameLike('김민준')).toBe(true);
    expect(isNameLike('上海交通大学博士')).toBe(false);
    expect(isNameLike('刘 刚军')).toBe(false);
  });

  it('offers the name in a Chinese page title to the ranker, marked as such', () => {
    const doc = htmlToCvDocument(
      '<html><head><title>刘刚军 | MILab</title></head><body><h2>学术经历</h2><ul><li>2019–至今 深圳湾实验室副研究员</li></ul></body></html>',
      null,
    );
    const candidate = nameCandidates(doc, []).find((c) => c.name === '刘刚军');
    expect(candidate?.features).toEqual(expect.arrayContaining(['src:title', 'name:cjk']));
  });
});
