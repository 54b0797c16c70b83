import type { ReactNode } from 'react';
import { Button, Group, Table, Text } from '@mantine/core';

/** One tab's list: a labelled table whose body says so when there is nothing yet. */
export function RecordTable({ label, columns, empty, count, minWidth = 720, children }: { label: string; columns: readonly string[]; empty: string; count: number; minWidth?: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped withTableBorder verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} style={{ whiteSpace: 'nowrap' }}>
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {count === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text size="sm" c="dimmed" ta="center" py="sm">
                  {empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            children
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Above a tab's table: a line about what it holds and, for those who may write, the button that adds one. */
export function RecordTabHeader({ summary, addLabel, onAdd, canWrite }: { summary: ReactNode; addLabel: string; onAdd: () => void; canWrite: boolean }) {
  return (
    <Group justify="space-between" align="center" mb="sm" wrap="nowrap">
      <Text size="sm" c="dimmed">
        {summary}
      </Text>
      {canWrite && (
        <Button size="xs" onClick={onAdd}>
          {addLabel}
        </Button>
      )}
    </Group>
  );
}

/** A cell of customer-typed text: kept as text, line breaks kept, long words wrapped. */
export function TextCell({ value, none = '—' }: { value: string | null; none?: string }) {
  if (!value) {
    return (
      <Text size="sm" c="dimmed">
        {none}
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  );
}
