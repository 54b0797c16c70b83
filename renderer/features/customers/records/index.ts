/** The customer card's record tabs; each takes `{ card, canWrite }` and talks to core only through the contract. */
export { VehiclesTab } from './VehiclesTab';
export { IntentionsTab } from './IntentionsTab';
export { ContactsTab } from './ContactsTab';
export { ServicesTab } from './ServicesTab';
export { FeedbackTab } from './FeedbackTab';
export { AttachmentsTab } from './AttachmentsTab';
export { ConsentsTab } from './ConsentsTab';
