CREATE TABLE `backup_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`path` text NOT NULL,
	`bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`verified` integer NOT NULL,
	`secret` text NOT NULL,
	`by_user` integer,
	`snapshot_at` text NOT NULL,
	`audit_seq` integer,
	`audit_hash` text,
	`rotated_at` text,
	FOREIGN KEY (`by_user`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `backup_history_at` ON `backup_history` (`kind`,`at`);