import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../../../shared/validation/fullWidth';

describe('full-width input', () => {
  it('full-width digits, letters, plus, minus, parentheses and the ideographic space become ASCII', () => {
    expect(toHalfWidth('＋８６（１３８）－ａＢｃ\u3000Ｘ')).toBe('+86(138)-aBc X');
  });

  it('other characters, such as Chinese and circled digits, are left alone', () => {
    expect(toHalfWidth('京A·①２')).toBe('京A·①2');
  });
});
