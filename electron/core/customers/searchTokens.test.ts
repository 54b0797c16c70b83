import { describe, expect, it } from 'vitest';
import { customerTokens, queryPlan, searchFields } from './searchTokens';

const tokensOf = (field: string, c: Parameters<typeof customerTokens>[0]) => customerTokens(c).filter((t) => t.field === field).map((t) => t.token);
const base = { archiveNo: 'KD2026000001', phones: [], plates: [], vins: [] };

describe('the customer token builder', () => {
  it('indexes every suffix of a name, so any part of it is a prefix', () => {
    expect(tokensOf(searchFields.name, { ...base, name: '王小明' })).toEqual(['王小明', '小明', '明']);
  });

  it('counts characters outside the Basic Multilingual Plane as one each (𠮷䶮, Extension B and A)', () => {
    expect(tokensOf(searchFields.name, { ...base, name: '𠮷䶮' })).toEqual(['𠮷䶮', '䶮']);
    expect(tokensOf(searchFields.name, { ...base, name: '𠮷𰀀' })).toEqual(['𠮷𰀀', '𰀀']);
  });

  it('adds full pinyin and initials from each syllable on, reading the first character as a surname', () => {
    expect(tokensOf(searchFields.pinyin, { ...base, name: '单田芳' })).toContain('shantianfang');
    expect(tokensOf(searchFields.initials, { ...base, name: '张三' })).toEqual(['zs', 's']);
  });

  it('phones from four digits on, plates without separators, VIN tails, the archive number', () => {
    const c = { ...base, name: 'x', phones: ['13800138000'], plates: ['京A·12345'], vins: ['1M8GDM9AXKP042788'] };
    expect(tokensOf(searchFields.phone, c)).toContain('8000');
    expect(tokensOf(searchFields.phone, c)).not.toContain('000');
    expect(tokensOf(searchFields.plate, c)).toContain('京a12345');
    expect(tokensOf(searchFields.vin, c)).toEqual(['1m8gdm9axkp042788', '2788', '42788', '042788', 'p042788', 'kp042788']);
    expect(tokensOf(searchFields.archiveNo, c)).toEqual(['kd2026000001']);
  });
});

describe('the search query plan', () => {
  it('a Chinese query looks in names and plates, including one character outside the BMP', () => {
    expect(queryPlan('王', true).map((p) => p.field)).toEqual([searchFields.name, searchFields.plate]);
    expect(queryPlan('𠮷', true)).toEqual([{ field: searchFields.name, prefix: '𠮷' }, { field: searchFields.plate, prefix: '𠮷' }]);
    expect(queryPlan('𰻞', true)[0]?.field).toBe(searchFields.name);
  });

  it('digits look in phones only for callers who may reveal them', () => {
    expect(queryPlan('8000', true).map((p) => p.field)).toContain(searchFields.phone);
    expect(queryPlan('8000', false).map((p) => p.field)).not.toContain(searchFields.phone);
  });

  it('letters look in pinyin, initials and names; an empty query looks nowhere', () => {
    expect(queryPlan('zs', true).map((p) => p.field).slice(0, 3)).toEqual([searchFields.pinyin, searchFields.initials, searchFields.name]);
    expect(queryPlan('  ', true)).toEqual([]);
  });
});
