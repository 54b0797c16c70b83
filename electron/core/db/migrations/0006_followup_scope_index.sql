DROP INDEX `customers_status_next_contact`;--> statement-breakpoint
CREATE INDEX `customers_status_next_contact` ON `customers` (`status`,`next_contact_at`,`secrecy`,`owner_id`);