import type { CustomerCard } from '../../../../shared/customers/customerTypes';

/** What the card page gives every record tab; `canWrite` = the user holds customer.write and the file is open. */
export interface RecordTabProps {
  card: CustomerCard;
  canWrite: boolean;
}
