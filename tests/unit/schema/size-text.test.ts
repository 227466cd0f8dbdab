import { describe, expect, it } from 'vitest';
import { sizeText } from '../../../utils/schema/size-text';

describe('sizeText', () => {
  it('gives the exact bytes and MiB to two places', () => {
    expect(sizeText(20 * 1024 * 1024)).toBe('20,971,520 bytes (20 MiB)');
    expect(sizeText(21_000_880)).toBe('21,000,880 bytes (20.03 MiB)');
    expect(sizeText(0)).toBe('0 bytes (0 MiB)');
  });

  it('never shows a size over a limit as the limit itself', () => {
    const limit = 20 * 1024 * 1024;
    for (const over of [limit + 1, limit + 5_000, 21_000_880])
      expect(sizeText(over)).not.toBe(sizeText(limit));
  });
});
