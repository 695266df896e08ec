import { Table, type TableProps } from 'antd';

type Props<T> = Omit<TableProps<T>, 'pagination'> & {
  /** What the table says when it has no rows. */
  emptyText?: string;
};

/**
 * The whole of a short list inside a card (a case's documents, its clocks): small, not paged,
 * scrolling sideways on a narrow screen rather than squeezing its columns.
 */
export function CardTable<T extends object>({ emptyText, ...table }: Props<T>) {
  return (
    <Table<T>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={emptyText === undefined ? undefined : { emptyText }}
      {...table}
    />
  );
}
