import type { SelectProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { gradeForCategory, gradeIsChosen } from '../../../shared/customers/categoryGrade';
import { categories, grades, type Grade } from '../../../shared/customers/vocabularies';
import { mandatory } from '../../forms/mandatory';

interface Values {
  category: string | null;
  grade: string | null;
}

/**
 * 客户类别 and 意向等级 as the seeds tie them: 成交 sets O (order placed), 保有/VIP/战败/流失 have no
 * grade, and only the open categories let the person choose. Core applies the same shared rule on
 * save; the form shows it at once, so nobody picks a grade that would not stick. Returns the props of
 * the two selects.
 */
export function useCategoryGrade<V extends Values>(form: UseFormReturnType<V>): { category: SelectProps; grade: SelectProps } {
  const { t } = useTranslation();
  const values = form.getValues();
  const current = categories.find((known) => known === values.category) ?? null;
  const chosen = current === null || gradeIsChosen(current);
  const option = (group: string) => (value: string) => ({ value, label: t(`customers.vocab.${group}.${value}`) });
  const categoryInput = form.getInputProps('category');
  const setGrade = (grade: Grade | null) => (form.setFieldValue as (path: string, value: unknown) => void)('grade', grade);
  return {
    category: {
      label: t('customers.fields.category'),
      ...mandatory,
      allowDeselect: false,
      data: categories.map(option('category')),
      ...categoryInput,
      onChange: (value) => {
        categoryInput.onChange(value);
        const next = categories.find((known) => known === value);
        if (!next) return;
        // Leaving 成交 for an open category: its O was the category's, not a choice, so the person picks again.
        const leavingSettled = current !== null && !gradeIsChosen(current) && gradeIsChosen(next);
        setGrade(leavingSettled ? null : gradeForCategory(next, (values.grade as Grade | null) ?? null));
      },
    },
    grade: {
      label: t('customers.fields.grade'),
      clearable: chosen,
      disabled: !chosen,
      placeholder: chosen ? undefined : t('customers.form.gradeNone'),
      description: current === 'deal' ? t('customers.form.gradeIsO') : undefined,
      data: grades.map(option('grade')),
      ...form.getInputProps('grade'),
    },
  };
}
