CREATE TABLE `archive_counters` (
	`period` text PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`data` blob NOT NULL,
	`created_at` text NOT NULL,
	`by_user` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_customer` ON `attachments` (`customer_id`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`kind` text NOT NULL,
	`given_at` text NOT NULL,
	`channel` text NOT NULL,
	`withdrawn_at` text,
	`note` text,
	`by_user` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_customer` ON `consents` (`customer_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`at` text NOT NULL,
	`method` text NOT NULL,
	`content` text NOT NULL,
	`feedback` text,
	`next_step` text,
	`next_at` text,
	`by_user` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_customer` ON `contacts` (`customer_id`,`at`);--> statement-breakpoint
CREATE TABLE `customer_phones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_phones_customer` ON `customer_phones` (`customer_id`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`archive_no` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`gender` text,
	`birth_date` text,
	`id_type` text,
	`id_number` text,
	`wechat` text,
	`email` text,
	`address` text,
	`region` text,
	`occupation` text,
	`credit_code` text,
	`legal_rep` text,
	`contact_person` text,
	`source_channel` text NOT NULL,
	`category` text NOT NULL,
	`grade` text,
	`owner_id` integer,
	`secrecy` text DEFAULT 'normal' NOT NULL,
	`loc_room` text,
	`loc_cabinet` text,
	`loc_shelf` text,
	`loc_box` text,
	`loc_folder` text,
	`retention_until` text,
	`status` text DEFAULT 'active' NOT NULL,
	`last_contact_at` text,
	`next_contact_at` text,
	`delivered_at` text,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_archive_no` ON `customers` (`archive_no`);--> statement-breakpoint
CREATE INDEX `customers_owner` ON `customers` (`owner_id`,`status`);--> statement-breakpoint
CREATE INDEX `customers_category` ON `customers` (`category`,`grade`);--> statement-breakpoint
CREATE INDEX `customers_updated` ON `customers` (`updated_at`);--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`kind` text NOT NULL,
	`received_at` text NOT NULL,
	`content` text NOT NULL,
	`handling` text,
	`result` text,
	`closed_at` text,
	`satisfaction` integer,
	`by_user` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feedback_customer` ON `feedback` (`customer_id`,`received_at`);--> statement-breakpoint
CREATE TABLE `grade_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`at` text NOT NULL,
	`category` text NOT NULL,
	`grade` text,
	`reason` text NOT NULL,
	`by_user` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grade_history_customer` ON `grade_history` (`customer_id`,`at`);--> statement-breakpoint
CREATE TABLE `intentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`model` text NOT NULL,
	`budget_min` integer,
	`budget_max` integer,
	`expected_date` text,
	`focus` text,
	`trade_in` text,
	`created_at` text NOT NULL,
	`by_user` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intentions_customer` ON `intentions` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `location_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`at` text NOT NULL,
	`location` text NOT NULL,
	`by_user` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `location_history_customer` ON `location_history` (`customer_id`,`at`);--> statement-breakpoint
CREATE TABLE `search_tokens` (
	`token` text NOT NULL,
	`field` text NOT NULL,
	`customer_id` integer NOT NULL,
	PRIMARY KEY(`token`, `field`, `customer_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `search_tokens_customer` ON `search_tokens` (`customer_id`);--> statement-breakpoint
CREATE TABLE `service_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`vehicle_id` integer,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`mileage` integer,
	`items` text NOT NULL,
	`cost_cents` integer,
	`technician` text,
	`by_user` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_records_customer` ON `service_records` (`customer_id`,`date`);--> statement-breakpoint
CREATE TABLE `vehicle_owners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`vehicle_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`from_at` text NOT NULL,
	`to_at` text,
	`reason` text NOT NULL,
	`by_user` integer NOT NULL,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vehicle_owners_vehicle` ON `vehicle_owners` (`vehicle_id`,`from_at`);--> statement-breakpoint
CREATE INDEX `vehicle_owners_customer` ON `vehicle_owners` (`customer_id`);--> statement-breakpoint
CREATE TABLE `vehicles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`vin` text NOT NULL,
	`plate` text,
	`brand` text,
	`series` text,
	`model` text,
	`config` text,
	`colour` text,
	`engine_no` text,
	`displacement` text,
	`purchase_date` text,
	`registration_date` text,
	`contract_no` text,
	`price_cents` integer,
	`payment_method` text,
	`delivery_date` text,
	`insurer` text,
	`customer_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vehicles_vin` ON `vehicles` (`vin`);--> statement-breakpoint
CREATE INDEX `vehicles_customer` ON `vehicles` (`customer_id`);--> statement-breakpoint
CREATE INDEX `vehicles_plate` ON `vehicles` (`plate`);