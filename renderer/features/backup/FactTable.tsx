import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

/** Facts read down a column, each named on its left: a backup's file, size, time, anchor. */
export function FactTable({ label, facts, labelWidth = 136 }: { label: string; facts: ReadonlyArray<readonly [name: string, value: ReactNode] | null | false>; labelWidth?: number }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder verticalSpacing={6} aria-label={label} fz="sm">
      <Table.Tbody>
        {facts
          .filter((fact): fact is readonly [string, ReactNode] => Boolean(fact))
          .map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Th w={labelWidth} fw={500}>
                {name}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
