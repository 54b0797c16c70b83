import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validationMessages } from '../../../shared/validation/messages';
import { residentIdCodes, residentIdMismatchCodes, residentIdSchema } from '../../../shared/validation/residentId';
import { mobileCodes, mobileSchema } from '../../../shared/validation/mobile';
import { vinCodes, vinSchema } from '../../../shared/validation/vin';
import { plateCodes, plateSchema } from '../../../shared/validation/plate';
import { checkedCreditCodeSchema, creditCodeCodes } from '../../../shared/validation/creditCode';
import { toFieldIssues } from '../../../electron/core/rpc/fieldIssues';

const raisedCodes = [
  ...residentIdCodes,
  ...Object.values(residentIdMismatchCodes),
  ...mobileCodes,
  ...vinCodes,
  ...plateCodes,
  ...creditCodeCodes,
];

describe('validation messages', () => {
  it('every code a validator can raise has a Chinese and an English message', () => {
    const messages: Record<string, { zh: string; en: string } | undefined> = validationMessages;
    for (const code of raisedCodes) {
      expect(messages[code]?.zh.trim(), code).toBeTruthy();
      expect(messages[code]?.en.trim(), code).toBeTruthy();
    }
  });

  it('every code is UPPER_SNAKE and its Chinese message is written in Chinese', () => {
    for (const [code, message] of Object.entries(validationMessages)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(message.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en, code).not.toMatch(/[\u4e00-\u9fff]{3}/);
    }
  });

  it('main turns a failed form field into a field issue carrying the stable code', () => {
    const form = z.object({
      idNumber: residentIdSchema,
      mobile: mobileSchema,
      vehicle: z.object({ vin: vinSchema, plate: plateSchema }),
      creditCode: checkedCreditCodeSchema,
    });
    const result = form.safeParse({
      idNumber: '110105194912310021',
      mobile: '12345',
      vehicle: { vin: '1M8GDM9A1KP042788', plate: '京I12345' },
      creditCode: '91350100M000100Y42',
    });
    expect(result.success).toBe(false);
    expect(result.success ? [] : toFieldIssues(result.error)).toEqual([
      { path: 'idNumber', code: 'ID_CHECKSUM' },
      { path: 'mobile', code: 'MOBILE_FORMAT' },
      { path: 'vehicle.vin', code: 'VIN_CHECK_DIGIT' },
      { path: 'vehicle.plate', code: 'PLATE_FORMAT' },
      { path: 'creditCode', code: 'USCC_CHECKSUM' },
    ]);
  });
});
