CREATE TABLE `duplicate_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`by_user` integer NOT NULL,
	`scanned` integer NOT NULL,
	`pairs` integer NOT NULL,
	FOREIGN KEY (`by_user`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `duplicate_dismissals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_a` integer NOT NULL,
	`customer_b` integer NOT NULL,
	`at` text NOT NULL,
	`by_user` integer NOT NULL,
	`reason` text,
	FOREIGN KEY (`by_user`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `duplicate_dismissals_pair` ON `duplicate_dismissals` (`customer_a`,`customer_b`);--> statement-breakpoint
CREATE TABLE `lifecycle_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`archive_no` text NOT NULL,
	`rule` text,
	`category_before` text NOT NULL,
	`status_before` text NOT NULL,
	`file_created_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `lifecycle_requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lifecycle_items_request` ON `lifecycle_items` (`request_id`);--> statement-breakpoint
CREATE INDEX `lifecycle_items_customer` ON `lifecycle_items` (`customer_id`);--> statement-breakpoint
CREATE TABLE `lifecycle_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`reason` text NOT NULL,
	`requester_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`approval_id` integer,
	`executed_at` text,
	`executed_by` integer,
	`shredded_at` text,
	`shredded_by` integer,
	`witness_id` integer,
	`backups_holding` text,
	FOREIGN KEY (`requester_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lifecycle_requests_status` ON `lifecycle_requests` (`kind`,`status`);--> statement-breakpoint
CREATE TABLE `merges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survivor_id` integer NOT NULL,
	`merged_id` integer NOT NULL,
	`survivor_archive_no` text NOT NULL,
	`merged_archive_no` text NOT NULL,
	`status` text NOT NULL,
	`reason` text NOT NULL,
	`choices` text NOT NULL,
	`requested_by` integer NOT NULL,
	`requested_at` text NOT NULL,
	`approval_id` integer,
	`merged_at` text,
	`snapshot` text,
	`undo_until` text,
	`undone_at` text,
	`undone_by` integer,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merges_survivor` ON `merges` (`survivor_id`);--> statement-breakpoint
CREATE INDEX `merges_merged` ON `merges` (`merged_id`);--> statement-breakpoint
ALTER TABLE `customers` ADD `merged_into` integer;--> statement-breakpoint
ALTER TABLE `customers` ADD `restriction_reason` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `restricted_at` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `restricted_by` integer;--> statement-breakpoint
ALTER TABLE `customers` ADD `restriction_review_at` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `status_before_restriction` text;