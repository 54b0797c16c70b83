import type { PaymentMethod } from '../customers/vocabularies';

/** 一车一档: each vehicle has its own record; its owners over time are kept. */
export interface Vehicle {
  id: number;
  vin: string;
  plate: string | null;
  brand: string | null;
  series: string | null;
  model: string | null;
  config: string | null;
  colour: string | null;
  engineNo: string | null;
  displacement: string | null;
  purchaseDate: string | null;
  registrationDate: string | null;
  contractNo: string | null;
  priceCents: number | null;
  paymentMethod: PaymentMethod | null;
  deliveryDate: string | null;
  insurer: string | null;
  customerId: number;
}

export interface VehicleOwnership {
  customerId: number;
  /** Null for an earlier owner whose file the caller may not see: named by archive number only. */
  customerName: string | null;
  archiveNo: string;
  fromAt: string;
  toAt: string | null;
  reason: string;
}
