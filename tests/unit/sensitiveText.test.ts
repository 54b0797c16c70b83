import { describe, expect, it } from 'vitest';
import { maskSensitiveText } from '../../electron/core/audit/sensitiveText';

describe('audit summaries are masked before they are written', () => {
  it.each([
    ['电话 13900174321', '电话 139****4321'],
    ['+86 139-0017-4321', '139****4321'],
    ['身份证 11010519491231002X', '身份证 110105********X'],
    ['旧证 110105491231002', '旧证 110105********2'],
    ['座机 01065123456', '座机 01****56'],
  ])('%s → %s', (input, masked) => {
    expect(maskSensitiveText(input)).toBe(masked);
  });

  it.each(['KD2026000001：修改 地址、电话', '车架号后六位 042788', '成交价 189800 元', '2026-11-23T09:00:00.000Z', 'normal.checkout.maxMinutes 4320→1440'])(
    'leaves %s readable',
    (text) => {
      expect(maskSensitiveText(text)).toBe(text);
    },
  );
});
