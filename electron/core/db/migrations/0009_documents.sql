CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`serial` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`state` text NOT NULL,
	`customer_id` integer,
	`archive_no` text,
	`subject` text,
	`params` text NOT NULL,
	`printed_by` integer NOT NULL,
	`printed_at` text NOT NULL,
	`finished_at` text,
	`pages` integer,
	`sha256` text,
	`content_hash` text,
	`secrecy` text,
	`unmasked` integer,
	`reprint_of` text,
	FOREIGN KEY (`printed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_serial` ON `documents` (`serial`);--> statement-breakpoint
CREATE INDEX `documents_customer` ON `documents` (`customer_id`);--> statement-breakpoint
CREATE INDEX `documents_printed_at` ON `documents` (`printed_at`);