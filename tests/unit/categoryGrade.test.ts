import { describe, expect, it } from 'vitest';
import { gradeForCategory, gradeIsChosen } from '../../shared/customers/categoryGrade';
import { categories, type Grade } from '../../shared/customers/vocabularies';

describe('a category decides which intent grade a file may have', () => {
  it.each(categories)('%s', (category) => {
    const kept = (['O', 'H', 'A', 'B', 'C', null] as Array<Grade | null>).map((g) => gradeForCategory(category, g));
    if (category === 'deal') expect(new Set(kept)).toEqual(new Set(['O']));
    else if (['owner', 'vip', 'lost', 'churned'].includes(category)) expect(new Set(kept)).toEqual(new Set([null]));
    else expect(kept).toEqual(['O', 'H', 'A', 'B', 'C', null]);
  });

  it('the form lets a person pick the grade only where the category leaves it open', () => {
    expect(categories.filter(gradeIsChosen)).toEqual(['potential', 'intent', 'key']);
  });
});
