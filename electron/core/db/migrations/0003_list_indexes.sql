DROP INDEX `customers_updated`;--> statement-breakpoint
CREATE INDEX `customers_status_updated` ON `customers` (`status`,`updated_at`,`secrecy`,`owner_id`);--> statement-breakpoint
CREATE INDEX `customers_status_next_contact` ON `customers` (`status`,`next_contact_at`);--> statement-breakpoint
CREATE INDEX `customers_status_scope` ON `customers` (`status`,`secrecy`,`owner_id`);--> statement-breakpoint
CREATE INDEX `customers_id_cover` ON `customers` (`id`,`status`,`secrecy`,`owner_id`,`updated_at`,`category`,`grade`);