ALTER TABLE `search_tokens` ADD `status` text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE `search_tokens` ADD `secrecy` text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE `search_tokens` ADD `owner_id` integer;--> statement-breakpoint
UPDATE `search_tokens` SET
  `status` = (SELECT `status` FROM `customers` c WHERE c.`id` = `search_tokens`.`customer_id`),
  `secrecy` = (SELECT `secrecy` FROM `customers` c WHERE c.`id` = `search_tokens`.`customer_id`),
  `owner_id` = (SELECT `owner_id` FROM `customers` c WHERE c.`id` = `search_tokens`.`customer_id`);
