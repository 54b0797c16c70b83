import type { Category, Grade } from './vocabularies';

/**
 * The intent grade a category allows (意向顾客分级): O means the order is placed, so a closed deal is O
 * (followed up until delivery); owners, VIPs, lost and churned customers have no intent grade. Core
 * stores what this says; the forms show it before saving, so nobody picks a grade that would not stick.
 */
export function gradeForCategory(category: Category, grade: Grade | null): Grade | null {
  switch (category) {
    case 'deal':
      return 'O';
    case 'owner':
    case 'vip':
    case 'lost':
    case 'churned':
      return null;
    default:
      return grade;
  }
}

/** Whether the person chooses the grade for this category, or the category settles it (成交 → O, 保有/VIP/战败/流失 → none). */
export function gradeIsChosen(category: Category): boolean {
  return gradeForCategory(category, 'H') === 'H' && gradeForCategory(category, null) === null;
}
