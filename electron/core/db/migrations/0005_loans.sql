CREATE TABLE `loan_items` (
	`request_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	PRIMARY KEY(`request_id`, `customer_id`),
	FOREIGN KEY (`request_id`) REFERENCES `loan_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `loan_items_customer` ON `loan_items` (`customer_id`);--> statement-breakpoint
CREATE TABLE `loan_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`requester_id` integer NOT NULL,
	`department` text NOT NULL,
	`kind` text NOT NULL,
	`purpose` text NOT NULL,
	`reason` text NOT NULL,
	`level` text NOT NULL,
	`start_at` text NOT NULL,
	`end_at` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`decided_at` text,
	`decided_by` integer,
	`decision_note` text,
	`checked_out_at` text,
	`checked_out_by` integer,
	`returned_at` text,
	`returned_to` integer,
	`condition_note` text,
	FOREIGN KEY (`requester_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `loan_requests_status` ON `loan_requests` (`status`,`end_at`);--> statement-breakpoint
CREATE INDEX `loan_requests_requester` ON `loan_requests` (`requester_id`,`status`);